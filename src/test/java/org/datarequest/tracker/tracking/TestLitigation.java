package org.datarequest.tracker.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import org.datarequest.tracker.litigation.LitigationChange;
import org.datarequest.tracker.litigation.LitigationStatus;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;

/** Writes a litigation history straight to the table, for tests that need many jurisdictions in court. */
@ApplicationScoped
public class TestLitigation {

    /** Every covered jurisdiction sued on 1 {@code month} {@code year}, and every other one dismissed a month later. */
    @Transactional
    public void sueEvery(DataRequest request, int year, int month) {
        int i = 0;
        for (Coverage coverage : Coverage.of(request)) {
            add(request, coverage.jurisdiction.code, LitigationStatus.SUED, LocalDate.of(year, month, 1));
            if (i++ % 2 == 0) {
                add(request, coverage.jurisdiction.code, LitigationStatus.DISMISSED, LocalDate.of(year, month + 1, 1));
            }
        }
    }

    private static void add(DataRequest request, String code, LitigationStatus status, LocalDate day) {
        LitigationChange change = new LitigationChange();
        change.requestId = request.id;
        change.jurisdictionCode = code;
        change.status = status;
        change.effectiveDate = day;
        change.sourceTitle = "court records";
        change.recordedAt = Instant.now();
        change.recordedBy = "test";
        change.persist();
    }
}
