package org.datarequest.tracker;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one way a recorded moment is written for machines: ISO 8601 in UTC with exactly six fraction digits
 * (microseconds, what the database keeps), {@code 2017-07-03T14:03:07.123400Z} — in API answers, CSV exports,
 * feeds, webhook events and the data package alike, so a value read anywhere compares equal to the same value
 * read elsewhere. HTML's {@code <time datetime>} allows at most three fraction digits, so pages use
 * {@link #htmlAttribute(Instant)} (milliseconds) there; docs/api.md says so.
 */
public final class Timestamps {

    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** {@code 2017-07-03T14:03:07.123400Z}; empty for null. */
    public static String format(Instant moment) {
        return moment == null ? "" : MICROS.format(moment);
    }

    /** {@code 2017-07-03T14:03:07.123Z}: the valid form of a {@code datetime} attribute; empty for null. */
    public static String htmlAttribute(Instant moment) {
        return moment == null ? "" : MILLIS.format(moment);
    }
}
