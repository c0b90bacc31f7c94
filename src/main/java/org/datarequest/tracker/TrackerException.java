package org.datarequest.tracker;

/**
 * The base of every refusal the domain or a page makes on purpose: a stable {@link #code} a script can test, the
 * {@link #field} (or parameter) at fault when there is one, and a {@link Kind} the error mappers turn into an
 * HTTP status. The message is written for the person who sent the input.
 */
public class TrackerException extends RuntimeException {

    /** What went wrong, in terms the mappers translate into a status. */
    public enum Kind {
        /** The address or a parameter is malformed (400). */
        BAD_REQUEST,
        /** Nothing exists under the name given (404). */
        NOT_FOUND,
        /** The account may not do this (403). */
        FORBIDDEN,
        /** Someone else changed the thing first (409). */
        CONFLICT,
        /** Well-formed input that breaks a rule (422). */
        INVALID
    }

    private final Kind kind;
    private final String code;
    private final String field;

    public TrackerException(Kind kind, String code, String field, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The form field or parameter at fault, or null. */
    public String field() {
        return field;
    }
}
