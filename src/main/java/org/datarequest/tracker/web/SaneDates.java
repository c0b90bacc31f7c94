package org.datarequest.tracker.web;

import java.time.LocalDate;

/**
 * The dates the tracker accepts anywhere: years 1900 to 2200. Checked before any arithmetic or database query,
 * so an edge such as {@code +999999999-12-31} or a date before 4713 BC (which PostgreSQL cannot store) is a
 * message, not a failure.
 */
public final class SaneDates {

    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2200, 12, 31);
    public static final String PROBLEM = "between the years 1900 and 2200";

    private SaneDates() {
    }

    public static boolean contains(LocalDate day) {
        return day != null && !day.isBefore(MIN) && !day.isAfter(MAX);
    }
}
