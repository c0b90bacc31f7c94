package org.datarequest.tracker.web;

import jakarta.ws.rs.NotFoundException;

/** Builds the 404s that pages throw, with a message a reader can act on. */
public final class NotFound {

    private NotFound() {
    }

    public static NotFoundException of(String what, String value) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "\u2026" : value;
        return new NotFoundException("There is no " + what + " \u201c" + shown.replaceAll("\\p{Cntrl}", "\uFFFD")
                + "\u201d.");
    }
}
