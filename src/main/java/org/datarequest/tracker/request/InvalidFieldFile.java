package org.datarequest.tracker.request;

import java.util.List;

/** A field CSV with problems: every one of them, with its line; nothing was written. */
public class InvalidFieldFile extends RuntimeException {

    public final List<FieldCsv.LineError> errors;

    public InvalidFieldFile(List<FieldCsv.LineError> errors) {
        super("invalid field file: " + errors);
        this.errors = List.copyOf(errors);
    }
}
