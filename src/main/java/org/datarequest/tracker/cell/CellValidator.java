package org.datarequest.tracker.cell;

import org.datarequest.tracker.communication.Communications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.web.FormErrors;

/**
 * The rules every cell write obeys, whether from a form, a bulk edit, an import or the API: a status from the
 * vocabulary, a source unless the status is "No response", an effective date (required unless the status is "No
 * response") neither in the future nor before the request was sent, a well-formed http(s) address, and length
 * limits.
 */
@ApplicationScoped
public class CellValidator {

    /** The outcome: a value to record, or the messages that say why not. */
    public record Validated(CellValue value, FormErrors errors) {

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private final Validator validator;
    private final Clock clock;

    public CellValidator(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    public Validated validate(DataRequest request, CellInput input) {
        FormErrors errors = new FormErrors();
        validator.validate(input).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> errors.add(violation.getPropertyPath().toString(), violation.getMessage()));
        Optional<Status> status = Status.parse(input.status());
        if (!errors.has("status") && status.isEmpty()) {
            errors.add("status", "Choose one of the statuses in the list.");
        }
        LocalDate effective = effectiveDate(request, input, status.orElse(null), errors);
        CellValue value = status.isPresent() && errors.isEmpty()
                ? new CellValue(status.get(), effective, input.note(), input.legalBasis(), input.conditions(),
                input.sourceUrl(), input.sourceTitle())
                : null;
        if (value != null && value.status().needsSource() && !value.hasSource()) {
            errors.add("sourceUrl", "Cite a source (a web address or a title) for any status but “No response”.");
        }
        if (value != null && input.isContested()) {
            value = contested(request, input, value, errors);
        }
        return new Validated(errors.isEmpty() ? value : null, errors);
    }

    /** The value marked contested, citing the other source: an address, a title or a communication of the request. */
    private static CellValue contested(DataRequest request, CellInput input, CellValue value, FormErrors errors) {
        Long communicationId = null;
        String url = input.contestedSourceUrl();
        String title = input.contestedSourceTitle();
        String chosen = input.contestedCommunication() == null ? "" : input.contestedCommunication().strip();
        if (!chosen.isEmpty() && !errors.has("contestedCommunication")) {
            var communication = Communications.byId(request, Long.parseLong(chosen));
            if (communication.isEmpty()) {
                errors.add("contestedCommunication", "Choose a communication of this request.");
                return value;
            }
            communicationId = communication.get().id;
            if ((url == null || url.isBlank()) && (title == null || title.isBlank())) {
                url = communication.get().sourceUrl;
                title = communication.get().sourceTitle != null ? communication.get().sourceTitle
                        : communication.get().title;
            }
        }
        CellValue marked = value.contested(true, url, title, communicationId);
        if (!marked.hasContestedSource()) {
            errors.add("contestedSourceUrl", "Cite the source that disagrees (an address, a title or a communication).");
        }
        return marked;
    }

    private LocalDate effectiveDate(DataRequest request, CellInput input, Status status, FormErrors errors) {
        LocalDate today = LocalDate.now(clock);
        if (errors.has("effectiveDate")) {
            return null;
        }
        if (input.effectiveDate() == null || input.effectiveDate().isBlank()) {
            // Nothing was said, so there is no day it was said; any other status needs the day it was taken.
            if (status == Status.NO_RESPONSE) {
                return today;
            }
            errors.add("effectiveDate", "Enter the effective date: the day the jurisdiction took this position.");
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(input.effectiveDate().strip());
        } catch (DateTimeParseException e) {
            errors.add("effectiveDate", "This is not a real date.");
            return null;
        }
        if (day.isAfter(today)) {
            errors.add("effectiveDate", "The effective date cannot be in the future.");
        } else if (day.isBefore(request.sentOn)) {
            errors.add("effectiveDate", "The effective date cannot be before the request was sent ("
                    + request.sentOn + ").");
        }
        return day;
    }
}
