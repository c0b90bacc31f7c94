package org.datarequest.tracker.cell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;

/** Loads a {@link Snapshot} in a fixed number of statements, however many jurisdictions and fields. */
@ApplicationScoped
public class SnapshotService {

    private final CellStates cellStates;

    public SnapshotService(CellStates cellStates) {
        this.cellStates = cellStates;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot load(DataRequest request, LocalDate asOf) {
        return new Snapshot(request, asOf, RequestedField.shownOn(request, asOf), Coverage.of(request),
                cellStates.of(request.id, asOf));
    }

    /** The snapshot of one covered jurisdiction only: a single row. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot loadOne(DataRequest request, Coverage coverage, LocalDate asOf) {
        return new Snapshot(request, asOf, RequestedField.shownOn(request, asOf), List.of(coverage),
                cellStates.of(request.id, coverage.jurisdiction.code, asOf));
    }
}
