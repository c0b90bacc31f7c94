package org.datarequest.tracker.web;

import org.datarequest.tracker.TrackerException;

/** A query parameter that is malformed or not one of the allowed values: answered with a 400 page naming it. */
public class BadParameterException extends TrackerException {

    public final String parameter;
    public final String value;

    public BadParameterException(String parameter, String value, String problem) {
        super(Kind.BAD_REQUEST, "bad-parameter", parameter, problem);
        this.parameter = parameter;
        this.value = value;
    }
}
