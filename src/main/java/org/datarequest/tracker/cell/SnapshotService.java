package org.datarequest.tracker.cell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.litigation.LitigationChange;
import org.datarequest.tracker.litigation.LitigationStates;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.Covered;
import org.datarequest.tracker.request.CoveredJurisdictions;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestForm;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;

/** Loads a {@link Snapshot} in a fixed number of statements, however many jurisdictions and fields. */
@ApplicationScoped
public class SnapshotService {

    private final CellStates cellStates;
    private final LitigationStates litigation;
    private final CoveredJurisdictions covered;
    private final Clock clock;

    public SnapshotService(CellStates cellStates, LitigationStates litigation, CoveredJurisdictions covered,
                           Clock clock) {
        this.cellStates = cellStates;
        this.covered = covered;
        this.litigation = litigation;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot load(DataRequest request, LocalDate asOf) {
        return load(request, asOf, RequestedField.shownOn(request, asOf));
    }

    /**
     * {@link #load(DataRequest, LocalDate)} from the request's slug, reading the request with its fields in one
     * statement; a slug that names no request is a 404, as {@link Requests#bySlug} answers it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot load(String slug, LocalDate asOf) {
        List<RequestedField> fields = RequestForm.couldBeSlug(slug) ? RequestedField.shownOn(slug, asOf) : List.of();
        // no field shown: the request may still be there, without fields (yet) on that day
        DataRequest request = fields.isEmpty() ? Requests.bySlug(slug) : fields.get(0).request;
        return load(request, asOf, fields);
    }

    /** The rest of a whole request's snapshot, once its fields are read. */
    private Snapshot load(DataRequest request, LocalDate asOf, List<RequestedField> fields) {
        return new Snapshot(request, asOf, fields, covered.of(request), cellStates.of(request.id, asOf),
                litigation.of(request.id, asOf), LocalDate.now(clock));
    }

    /** The snapshot of one covered jurisdiction only: a single row. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot loadOne(DataRequest request, Coverage coverage, LocalDate asOf) {
        return loadOne(request, coverage, asOf, litigation.of(request.id, coverage.jurisdiction.code, asOf));
    }

    /**
     * The same, for a page that reads the jurisdiction's litigation history anyway ({@link
     * LitigationStates#history}, as of the same day): its first entry is the change in effect, by the same rule,
     * which saves the statement that would read it again.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot loadOne(DataRequest request, Coverage coverage, LocalDate asOf,
                            List<LitigationChange> litigationHistory) {
        return loadOne(request, coverage, asOf, litigationHistory.isEmpty() ? Map.of()
                : Map.of(coverage.jurisdiction.code, litigationHistory.get(0)));
    }

    private Snapshot loadOne(DataRequest request, Coverage coverage, LocalDate asOf,
                             Map<String, LitigationChange> litigationInEffect) {
        return new Snapshot(request, asOf, RequestedField.shownOn(request, asOf), List.of(Covered.of(coverage)),
                cellStates.of(request.id, coverage.jurisdiction.code, asOf), litigationInEffect, LocalDate.now(clock));
    }
}
