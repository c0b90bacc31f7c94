package org.datarequest.tracker.web;

import jakarta.ws.rs.NotFoundException;

/** Builds the 404s that pages throw, with a message a reader can act on. */
public final class NotFound {

    private NotFound() {
    }

    public static NotFoundException of(String what, String value) {
        return new NotFoundException("There is no " + what + " \u201c" + value + "\u201d.");
    }
}
