package org.datarequest.tracker.communication;

import java.util.Locale;
import java.util.Optional;

/** What a communication is. LAWSUIT and DEADLINE come from the timeline it replaces. */
public enum Kind {
    LETTER("Letter"), EMAIL("Email"), STATEMENT("Public statement"), PRESS_REPORT("Press report"),
    FILING("Court filing"), LAWSUIT("Lawsuit"), RULING("Ruling"), DEADLINE("Deadline"), OTHER("Other");

    public final String label;

    Kind(String label) {
        this.label = label;
    }

    public static Optional<Kind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Kind kind : values()) {
            if (kind.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
