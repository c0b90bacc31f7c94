package org.datarequest.tracker.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.datarequest.tracker.request.RequestedField;
import org.junit.jupiter.api.Test;

/** The sentence a state's page opens with says what, since when and who, in words a reader can quote. */
class StateSummaryTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2017, 6, 30);

    @Test
    void oneAnswerForEveryFieldIsSaidOnceWithItsDateSpeakerAndSource() {
        List<RequestedField> fields = fields(3);
        List<CellState> cells = List.of(cell(Status.REFUSED, JUNE_30, "A report"),
                cell(Status.REFUSED, JUNE_30, "A report"), cell(Status.REFUSED, LocalDate.of(2017, 6, 29), "A report"));
        assertEquals("Ohio refuses all 3 fields since 30 June 2017 — Jane Doe (Secretary of State), A report.",
                StateSummary.of("Ohio", fields, cells, "Jane Doe (Secretary of State)").sentence());
    }

    @Test
    void aMixedAnswerNamesAFewFieldsCountsTheRestAndPutsWhatIsKeptBackFirst() {
        List<RequestedField> fields = fields(4);
        List<CellState> cells = List.of(cell(Status.WILL_PROVIDE, JUNE_30, "Letter"),
                cell(Status.WILL_PROVIDE, JUNE_30, "Letter"), cell(Status.WILL_PROVIDE, JUNE_30, "Letter"),
                cell(Status.WITHHELD_BY_LAW, JUNE_30, "Letter"));
        assertEquals("Utah withholds Field 4 by law and will provide 3 fields, since 30 June 2017 — Letter.",
                StateSummary.of("Utah", fields, cells, null).sentence());
    }

    @Test
    void silenceHasNoDateAndNoSource() {
        List<CellState> cells = List.of(cell(Status.NO_RESPONSE, null, null), cell(Status.NO_RESPONSE, null, null));
        assertEquals("Texas has not answered yet on any of its 2 fields.",
                StateSummary.of("Texas", fields(2), cells, null).sentence());
    }

    private static List<RequestedField> fields(int count) {
        List<RequestedField> fields = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            RequestedField field = new RequestedField();
            field.id = (long) i;
            field.key = "f" + i;
            field.label = "Field " + i;
            fields.add(field);
        }
        return fields;
    }

    private static CellState cell(Status status, LocalDate day, String source) {
        return new CellState(1, "XX", 1, status, day, null, null, null, null, source, null, null, 0, null, null);
    }
}
