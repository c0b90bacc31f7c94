package org.datarequest.tracker.request;

import java.util.List;

/** A coverage file or date that breaks a rule: every problem, by line and column; nothing was written. */
public class InvalidCoverageFile extends RuntimeException {

    public final transient List<CoverageDates.LineError> errors;

    public InvalidCoverageFile(List<CoverageDates.LineError> errors) {
        super(errors.isEmpty() ? "invalid coverage dates" : errors.get(0).message(), null, false, false);
        this.errors = List.copyOf(errors);
    }
}
