package org.datarequest.tracker.admin;

import org.datarequest.tracker.litigation.LitigationChange;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.CoverageDates;
import org.datarequest.tracker.request.DataVersions;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestSetup;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.cell.Cell;
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.InvalidInput;

/**
 * Which jurisdictions a request covers, with their own deadlines. Adding one creates its blank cells for
 * every field (retired ones too, so that past views stay whole); removing one is allowed only while nothing
 * was recorded for it, and deletes its blank cells with it.
 */
@ApplicationScoped
@Transactional
public class CoverageAdmin {

    @Inject
    DataVersions versions;

    private final RequestSetup setup;

    public CoverageAdmin(RequestSetup setup) {
        this.setup = setup;
    }

    public void add(String slug, List<String> codes) {
        DataRequest request = Requests.bySlug(slug);
        if (codes == null || codes.isEmpty()) {
            throw InvalidInput.of("add", "Choose at least one jurisdiction to add.");
        }
        List<RequestedField> fields = RequestedField.allOf(request);
        Set<String> covered = coveredCodes(request);
        for (String code : codes) {
            Jurisdiction jurisdiction = Jurisdiction.findByCode(code)
                    .orElseThrow(() -> InvalidInput.of("add", "There is no jurisdiction \u201c" + code + "\u201d."));
            if (covered.add(jurisdiction.code)) {
                setup.cover(request, jurisdiction, fields);
            }
        }
    }

    /** Removes several jurisdictions in one go (a wave asked of a few states): all of them, or none. */
    public void removeAll(String slug, List<String> codes) {
        codes.forEach(code -> remove(slug, code));
    }

    public void remove(String slug, String code) {
        Coverage coverage = Requests.coverage(slug, code);
        DataRequest request = coverage.request;
        String jurisdiction = coverage.jurisdiction.code;
        if (CellChange.count("requestId = ?1 and jurisdictionCode = ?2", request.id, jurisdiction) > 0) {
            throw InvalidInput.of("remove", "Changes were recorded for " + coverage.jurisdiction.name
                    + ", so it stays covered: its history would otherwise lose its cells.");
        }
        if (LitigationChange.count("requestId = ?1 and jurisdictionCode = ?2", request.id, jurisdiction) > 0) {
            throw InvalidInput.of("remove", "Litigation was recorded for " + coverage.jurisdiction.name
                    + ", so it stays covered: its history would otherwise be lost.");
        }
        Cell.delete("request = ?1 and jurisdiction.code = ?2", request, jurisdiction);
        coverage.delete();
        versions.bump(request);
    }

    /** Sets each covered jurisdiction's own deadline ({@code codes[i]} gets {@code deadlines[i]}; blank clears it). */
    public void deadlines(String slug, List<String> codes, List<String> deadlines) {
        deadlines(slug, codes, null, deadlines);
    }

    /**
     * Sets each covered jurisdiction's own letter date and deadline ({@code codes[i]} gets {@code sentOns[i]} and
     * {@code deadlines[i]}; blank means the request's). With {@code sentOns} null the letter dates stay as they are.
     */
    public void deadlines(String slug, List<String> codes, List<String> sentOns, List<String> deadlines) {
        DataRequest request = Requests.bySlug(slug);
        if (codes == null || deadlines == null || codes.size() != deadlines.size()
                || (sentOns != null && sentOns.size() != codes.size())) {
            throw InvalidInput.of("deadlines", "The form was not sent whole; please try again.");
        }
        Map<String, Coverage> byCode = new HashMap<>();
        Coverage.of(request).forEach(coverage -> byCode.put(coverage.jurisdiction.code, coverage));
        FormErrors errors = new FormErrors();
        for (int i = 0; i < codes.size(); i++) {
            Coverage coverage = byCode.get(codes.get(i));
            String name = "deadline-" + codes.get(i);
            String sentName = "sentOn-" + codes.get(i);
            LocalDate day = errors.date(name, deadlines.get(i), false);
            LocalDate sentOn = sentOns == null ? null : errors.date(sentName, sentOns.get(i), false);
            if (coverage == null) {
                errors.add(name, "The request does not cover \u201c" + codes.get(i) + "\u201d.");
                continue;
            }
            if (sentOns == null) {
                sentOn = coverage.sentOn;
            }
            String problem = CoverageDates.problem(request, new CoverageDates.Dates(coverage.jurisdiction.code, sentOn, day));
            if (problem != null && !errors.has(name) && !errors.has(sentName)) {
                errors.add(problem.startsWith("The letter") ? sentName : name, coverage.jurisdiction.name + ": " + problem);
            } else if (!errors.has(name) && !errors.has(sentName)) {
                coverage.deadline = day;
                coverage.sentOn = sentOn;
            }
        }
        errors.throwIfAny();
        versions.bump(request);
    }

    /** The codes of covered jurisdictions that have recorded changes, in one statement. */
    public static Set<String> withChanges(DataRequest request) {
        return Set.copyOf(CellChange.getEntityManager().createQuery(
                "select distinct c.jurisdictionCode from CellChange c where c.requestId = :request", String.class)
                .setParameter("request", request.id).getResultList());
    }

    private static Set<String> coveredCodes(DataRequest request) {
        Set<String> codes = new java.util.HashSet<>();
        Coverage.of(request).forEach(coverage -> codes.add(coverage.jurisdiction.code));
        return codes;
    }
}
