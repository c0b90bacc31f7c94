package org.datarequest.tracker.litigation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.Communications;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.DataVersions;
import org.datarequest.tracker.web.FormErrors;

/**
 * The one write path of litigation, for the form and the API: validates, appends one change (one save, with who
 * and when) and moves the request's data version on, in one transaction. A save that says exactly what is
 * already in effect on that day writes nothing, so sending the same thing twice records it once; so does "No
 * litigation" with nothing else said for a jurisdiction that never had any.
 */
@ApplicationScoped
public class LitigationEditor {

    private final Validator validator;
    private final LitigationStates states;
    private final DataVersions versions;
    private final Clock clock;

    public LitigationEditor(Validator validator, LitigationStates states, DataVersions versions, Clock clock) {
        this.validator = validator;
        this.states = states;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * Records a litigation change for a covered jurisdiction.
     *
     * @return the change recorded, or empty when it said nothing new
     * @throws org.datarequest.tracker.web.InvalidInput with a message per input name when a rule is broken
     */
    @Transactional
    public Optional<LitigationChange> record(DataRequest request, Coverage coverage, LitigationInput input,
                                             String user) {
        LitigationChange change = validate(request, input);
        change.requestId = request.id;
        change.jurisdictionCode = coverage.jurisdiction.code;
        LitigationChange inEffect = states.of(request.id, change.jurisdictionCode, change.effectiveDate)
                .get(change.jurisdictionCode);
        if (change.saysTheSameAs(inEffect) || (inEffect == null && change.isBareNone())) {
            return Optional.empty();
        }
        change.recordedAt = clock.instant();
        change.recordedBy = user;
        change.persist();
        versions.bump(request);
        return Optional.of(change);
    }

    /** Applies every rule; the change returned has its value but not yet its place or recorder. */
    public LitigationChange validate(DataRequest request, LitigationInput input) {
        FormErrors errors = new FormErrors();
        validator.validate(input).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> errors.add(violation.getPropertyPath().toString(), violation.getMessage()));
        Optional<LitigationStatus> status = LitigationStatus.parse(input.status());
        if (!errors.has("status") && status.isEmpty()) {
            errors.add("status", "Choose one of the litigation statuses in the list.");
        }
        LocalDate day = null;
        if (!errors.has("effectiveDate")) {
            day = errors.date("effectiveDate", input.effectiveDate(), true);
            if (day != null && day.isAfter(LocalDate.now(clock))) {
                errors.add("effectiveDate", "The effective date cannot be in the future.");
            } else if (day != null && day.isBefore(request.sentOn)) {
                errors.add("effectiveDate", "The effective date cannot be before the request was sent ("
                        + request.sentOn + ").");
            }
        }
        Communication cited = null;
        if (!errors.has("communicationId") && !blank(input.communicationId())) {
            cited = Communications.byId(request, Long.parseLong(input.communicationId().strip())).orElse(null);
            if (cited == null) {
                errors.add("communicationId", "This request has no communication with that number.");
            }
        }
        if (status.isPresent() && status.get().inCourt() && blank(input.sourceUrl()) && blank(input.sourceTitle())
                && blank(input.docketUrl()) && cited == null) {
            errors.add("sourceUrl", "Cite a source (a web address, a title, the docket or a communication) for any"
                    + " status but \u201cNo litigation\u201d.");
        }
        errors.throwIfAny();
        LitigationChange change = new LitigationChange();
        change.status = status.orElseThrow();
        change.effectiveDate = day;
        change.caseName = clean(input.caseName());
        change.court = clean(input.court());
        change.docketUrl = clean(input.docketUrl());
        change.sourceUrl = clean(input.sourceUrl());
        change.sourceTitle = clean(input.sourceTitle());
        change.note = clean(input.note());
        if (cited != null) {
            // the filing or ruling is the source unless one was given: its address and title fill the blanks
            change.communicationId = cited.id;
            if (change.sourceUrl == null && change.sourceTitle == null) {
                change.sourceUrl = cited.sourceUrl;
                change.sourceTitle = cited.sourceTitle != null ? cited.sourceTitle : cited.title;
            }
        }
        return change;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String clean(String text) {
        return blank(text) ? null : text.strip();
    }
}
