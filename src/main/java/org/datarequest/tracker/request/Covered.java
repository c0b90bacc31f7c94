package org.datarequest.tracker.request;

import java.time.LocalDate;
import org.datarequest.tracker.jurisdiction.Jurisdiction;

/**
 * A jurisdiction a request covers, as a page reads it: the jurisdiction and its own letter date and deadline
 * (null: the request's). {@link Coverage} is the entity that records it.
 */
public record Covered(Jurisdiction jurisdiction, LocalDate deadline, LocalDate sentOn) {

    public static Covered of(Coverage coverage) {
        return new Covered(coverage.jurisdiction, coverage.deadline, coverage.sentOn);
    }
}
