package org.datarequest.tracker.history;

import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.cell.CellStates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.ChangeRecorder;
import org.datarequest.tracker.cell.Cell;
import org.datarequest.tracker.cell.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The as-of rule of PRODUCT.md section 6, on a request of one field and one jurisdiction. */
@QuarkusTest
class AsOfTest {

    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final LocalDate JULY_10 = LocalDate.of(2025, 7, 10);

    @Inject
    TestRequests requests;

    @Inject
    ChangeRecorder recorder;

    @Inject
    CellStates cellStates;

    private DataRequest request;

    @BeforeEach
    void oneCell() {
        request = requests.create(1, List.of("TX"));
    }

    @Test
    void aBackdatedChangeIsKeptButLeavesTheLaterOneCurrent() {
        record(Status.REFUSED, JULY_10, "later");
        record(Status.REVIEWING, JULY_1, "backdated");
        assertEquals(Status.REFUSED, now().status());
        assertEquals(Status.REVIEWING, asOf(JULY_1).status());
        assertEquals(Status.REVIEWING, asOf(JULY_10.minusDays(1)).status());
        assertEquals(Status.REFUSED, asOf(JULY_10).status());
        assertEquals(2, CellChange.count("requestId", request.id));
    }

    @Test
    void amongEqualEffectiveDatesTheLaterRecordedWins() {
        record(Status.REFUSED, JULY_1, "first");
        record(Status.WILL_PROVIDE, JULY_1, "second");
        assertEquals(Status.WILL_PROVIDE, now().status());
        assertEquals("second", asOf(JULY_1).note());
    }

    @Test
    void beforeAnyChangeTheCellIsNoResponse() {
        record(Status.REFUSED, JULY_10, "only");
        CellState before = asOf(JULY_1);
        assertEquals(Status.NO_RESPONSE, before.status());
        assertEquals(null, before.note());
    }

    @Test
    void aChangeRecordedBeforeALaterEffectiveOneIsMarkedBackdated() {
        CellChange later = record(Status.REFUSED, JULY_10, "later");
        CellChange backdated = record(Status.REVIEWING, JULY_1, "backdated");
        assertEquals(false, later.backdated);
        assertEquals(true, backdated.backdated);
    }

    private CellChange record(Status status, LocalDate day, String note) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RequestedField field = RequestedField.activeOf(DataRequest.findById(request.id)).get(0);
            Cell cell = Cell.find(field, "TX").orElseThrow();
            return recorder.record(cell, new CellValue(status, day, note, null, null, null, "test source"), Saving.by("tester", ChangeSet.Method.FORM, null));
        });
    }

    private CellState now() {
        return QuarkusTransaction.requiringNew().call(() -> cellStates.of(request.id, null).get(0));
    }

    private CellState asOf(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> cellStates.of(request.id, day).get(0));
    }
}
