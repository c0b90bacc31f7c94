package org.datarequest.tracker.report;

import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.Csv;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.ChangeRecorder;
import org.datarequest.tracker.cell.Cell;
import org.datarequest.tracker.cell.Status;
import org.junit.jupiter.api.Test;

/** Exported files import back without any change (PRODUCT.md section 7). */
@QuarkusTest
@TestSecurity(user = "ed", roles = {"viewer", "editor"})
class RoundTripTest {

    @Inject
    TestRequests requests;

    @Inject
    ChangeRecorder recorder;

    @Test
    void theExampleLongExportImportsBackAsZeroChanges() {
        String exported = Csv.text("/requests/pacei-2017/export/long.csv?bom=true");
        ImportClient.Preview preview = ImportClient.preview("pacei-2017", exported);
        assertEquals(List.of(), preview.errors());
        assertEquals(0, preview.changes());
        assertEquals(663, preview.unchanged());
        assertTrue(!preview.canApply());
    }

    @Test
    void anExportAsOfADayImportedIntoAFreshRequestExportsTheSameCells() {
        DataRequest source = requests.create(3, List.of("TX", "NY", "CA"));
        record(source, "TX", 0, new CellValue(Status.REFUSED, LocalDate.of(2025, 3, 3), "No, \"never\",\nsaid the office",
                "Tex. Elec. Code", null, "https://example.org/tx", "=Statement"));
        record(source, "NY", 1, new CellValue(Status.CONDITIONAL, LocalDate.of(2025, 3, 4), null, null, "+a fee",
                null, "Letter"));
        record(source, "TX", 0, new CellValue(Status.PROVIDED, LocalDate.of(2025, 3, 20), "after the day", null, null,
                null, "Later"));
        String day = "2025-03-10";
        List<List<String>> before = cells(Csv.records("/requests/" + source.slug + "/export/long.csv?asOf=" + day));

        DataRequest fresh = requests.create(3, List.of("TX", "NY", "CA"));
        String file = Csv.text("/requests/" + source.slug + "/export/long.csv?asOf=" + day);
        ImportClient.Preview preview = ImportClient.preview(fresh.slug, file);
        assertEquals(List.of(), preview.errors());
        assertEquals(2, preview.changes());
        preview.apply().then().statusCode(303);

        List<List<String>> after = cells(Csv.records("/requests/" + fresh.slug + "/export/long.csv?asOf=" + day));
        assertEquals(before, after);
        assertEquals(0, ImportClient.preview(fresh.slug, Csv.text("/requests/" + fresh.slug + "/export/long.csv"))
                .changes());
    }

    /** The columns that say what a cell holds: everything but the request and who/when it was recorded. */
    private static List<List<String>> cells(List<List<String>> records) {
        return records.stream().skip(1).map(row -> row.subList(1, 13)).toList();
    }

    private void record(DataRequest request, String code, int fieldIndex, CellValue value) {
        QuarkusTransaction.requiringNew().run(() -> {
            RequestedField field = RequestedField.activeOf(DataRequest.findById(request.id)).get(fieldIndex);
            recorder.record(Cell.find(field, code).orElseThrow(), value, Saving.by("tester", ChangeSet.Method.FORM, null));
        });
    }
}
