package org.datarequest.tracker.web;

/**
 * Input that breaks a rule, found by a service before or while writing. Thrown so that the service's
 * transaction rolls back: pages re-render the form with the messages, the API answers 422.
 */
public class InvalidInput extends RuntimeException {

    public final FormErrors errors;

    public InvalidInput(FormErrors errors) {
        super("invalid input: " + errors.entries());
        this.errors = errors;
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(new FormErrors().add(field, message));
    }
}
