package org.datarequest.tracker.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;

/**
 * The pages' read of a request's coverage (one statement, jurisdictions kept per instance) lists what the
 * {@link Coverage} entities hold, in the same order, with each jurisdiction's own letter date and deadline.
 */
@QuarkusTest
class CoveredJurisdictionsTest {

    @Inject
    TestRequests requests;

    @Inject
    CoveredJurisdictions covered;

    @Test
    void listsTheCoverageAsTheEntitiesHoldIt() {
        DataRequest request = requests.create(2, List.of("WY", "DC", "NY", "GU", "AK", "PR", "NC", "ND"));
        QuarkusTransaction.requiringNew().run(() -> {
            Coverage york = Requests.coverage(DataRequest.findById(request.id), "NY");
            york.deadline = LocalDate.of(2017, 7, 21);
            york.sentOn = LocalDate.of(2017, 6, 29);
        });

        List<String> expected = QuarkusTransaction.requiringNew().call(() -> Coverage.of(DataRequest.findById(request.id))
                .stream().map(one -> one.jurisdiction.code + " " + one.deadline + " " + one.sentOn).toList());
        List<Covered> read = QuarkusTransaction.requiringNew().call(() -> covered.of(DataRequest.findById(request.id)));

        assertEquals(expected, read.stream().map(one -> one.jurisdiction().code + " " + one.deadline() + " "
                + one.sentOn()).toList());
        assertEquals(List.of("AK", "DC", "GU", "NY", "NC", "ND", "PR", "WY"),
                read.stream().map(one -> one.jurisdiction().code).toList(), "in name order, Alaska to Wyoming");
        assertEquals("New York 2017-07-21 2017-06-29", read.get(3).jurisdiction().name + " " + read.get(3).deadline()
                + " " + read.get(3).sentOn());
        assertEquals(Jurisdiction.Kind.TERRITORY, read.get(2).jurisdiction().kind);
        // the jurisdictions are read once per instance: a second read hands out the same ones
        List<Covered> again = QuarkusTransaction.requiringNew().call(() -> covered.of(DataRequest.findById(request.id)));
        assertSame(read.get(0).jurisdiction(), again.get(0).jurisdiction());
    }
}
