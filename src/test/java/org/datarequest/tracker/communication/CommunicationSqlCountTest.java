package org.datarequest.tracker.communication;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.SqlStatements;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.caching.RenderCache;
import org.datarequest.tracker.cell.Cell;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.ChangeRecorder;
import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.DataRequest;
import org.junit.jupiter.api.Test;

/** The communications pages cost a fixed number of SQL statements, however many communications and cited cells. */
@QuarkusTest
@TestSecurity(user = "count-editor", roles = {"viewer", "editor"})
class CommunicationSqlCountTest {

    @Inject
    SqlStatements sql;

    @Inject
    TestRequests requests;

    @Inject
    RenderCache renderCache;

    @Inject
    ChangeRecorder recorder;

    private long statementsFor(String path) {
        renderCache.clear();
        return sql.countWhile(() -> given().when().get(path).then().statusCode(200));
    }

    /** A request with {@code count} communications, the first of them cited by a change of every cell. */
    private long[] withCommunications(DataRequest request, int count) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DataRequest attached = DataRequest.findById(request.id);
            long first = 0;
            for (int i = 0; i < count; i++) {
                Communication c = new Communication();
                c.request = attached;
                c.kind = i % 2 == 0 ? Kind.LETTER : Kind.STATEMENT;
                c.direction = Direction.TO_JURISDICTION;
                c.date(LocalDate.of(2025, 3, 2).plusDays(i % 20), i % 3 == 0 ? DatePrecision.MONTH : DatePrecision.DAY);
                c.jurisdiction = Jurisdiction.findById(i % 2 == 0 ? "NY" : "TX");
                c.title = "Communication " + i;
                c.persist();
                if (i == 0) {
                    first = c.id;
                }
            }
            ChangeSet set = recorder.open(attached, new Saving("count-editor", ChangeSet.Method.FORM, "letter", null,
                    "Letter", first));
            List<Cell> cells = Cell.list("request", attached);
            for (Cell cell : cells) {
                recorder.record(cell, set, new CellValue(Status.REFUSED, LocalDate.of(2025, 3, 5), null, null, null,
                        null, "Letter"));
            }
            return new long[] {first, cells.get(0).id};
        });
    }

    @Test
    void listsDetailsExportsAndEditorsCostTheSameForFewAndForMany() {
        DataRequest few = requests.create(2, List.of("NY", "TX"));
        DataRequest many = requests.create(20, List.of("NY", "TX", "CA", "FL", "OH", "PA"));
        long[] small = withCommunications(few, 2);
        long[] large = withCommunications(many, 60);
        for (String page : List.of("/communications", "/communications?jurisdiction=NY&kind=LETTER",
                "/communications?asOf=2025-03-10", "/export/communications.csv", "/communications/record",
                "/jurisdictions/NY", "/jurisdictions/NY/edit", "/cells/NY/f1", "/cells/NY/f1?asOf=2025-03-10")) {
            assertEquals(statementsFor("/requests/" + few.slug + page), statementsFor("/requests/" + many.slug + page),
                    page);
        }
        assertEquals(statementsFor("/requests/" + few.slug + "/communications/" + small[0]),
                statementsFor("/requests/" + many.slug + "/communications/" + large[0]));
    }
}
