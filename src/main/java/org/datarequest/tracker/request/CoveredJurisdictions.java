package org.datarequest.tracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.datarequest.tracker.SessionSql;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.jurisdiction.Jurisdictions;

/**
 * Reads which jurisdictions a request covers, for pages that show all of them (the matrix, the dashboard, the
 * exports): one plain statement for the coverage's own columns, the jurisdictions taken from {@link
 * Jurisdictions}. Loading the coverage as entities with their jurisdictions cost these pages about a tenth of
 * their time. Writes go through {@link Coverage}.
 */
@ApplicationScoped
public class CoveredJurisdictions {

    private static final String COVERAGE =
            "select jurisdiction_code, deadline, sent_on from coverage where request_id = ?";

    private final EntityManager entityManager;
    private final Jurisdictions jurisdictions;

    public CoveredJurisdictions(EntityManager entityManager, Jurisdictions jurisdictions) {
        this.entityManager = entityManager;
        this.jurisdictions = jurisdictions;
    }

    /** The jurisdictions the request covers, in name order, as {@link Coverage#of(DataRequest)} lists them. */
    public List<Covered> of(DataRequest request) {
        // first the jurisdictions (read at the first use), then the coverage
        Comparator<String> byName = jurisdictions.codesByName();
        List<Covered> covered = SessionSql.list(entityManager, COVERAGE, statement -> statement.setLong(1, request.id),
                row -> {
                    Jurisdiction jurisdiction = jurisdictions.byCode(row.getString(1));
                    return new Covered(jurisdiction, row.getObject(2, LocalDate.class),
                            row.getObject(3, LocalDate.class));
                }, "reading the coverage of a request");
        covered.sort(Comparator.comparing(one -> one.jurisdiction().code, byName));
        return covered;
    }
}
