package org.datarequest.tracker.web;

import org.datarequest.tracker.TrackerException;

/**
 * Input that breaks a rule, found by a service before or while writing. Thrown so that the service's
 * transaction rolls back: pages re-render the form with the messages, the API answers 422.
 */
public class InvalidInput extends TrackerException {

    public final FormErrors errors;

    public InvalidInput(FormErrors errors) {
        super(Kind.INVALID, "invalid-input", errors.entries().isEmpty() ? null : errors.entries().get(0).getKey(),
                errors.entries().isEmpty() ? "The input breaks a rule." : errors.entries().get(0).getValue());
        this.errors = errors;
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(new FormErrors().add(field, message));
    }
}
