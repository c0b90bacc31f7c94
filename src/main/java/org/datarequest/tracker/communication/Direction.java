package org.datarequest.tracker.communication;

import java.util.Locale;
import java.util.Optional;

/** Who the communication went between, seen from the jurisdiction. */
public enum Direction {
    TO_JURISDICTION("To the jurisdiction"), FROM_JURISDICTION("From the jurisdiction"), THIRD_PARTY("Third party");

    public final String label;

    Direction(String label) {
        this.label = label;
    }

    public static Optional<Direction> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Direction direction : values()) {
            if (direction.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(direction);
            }
        }
        return Optional.empty();
    }
}
