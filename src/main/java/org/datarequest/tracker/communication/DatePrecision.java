package org.datarequest.tracker.communication;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * How exactly a communication's date is known: to the day ("5 July 2017"), the month ("September 2025") or the
 * year ("2025"). The one place for the as-of rule of approximate dates: a record dated only by month counts from
 * the last day of that month, one dated by year from 31 December, so an as-of view never shows it early.
 */
public enum DatePrecision {
    DAY("Day", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)),
    MONTH("Month", DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH)),
    YEAR("Year", DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH));

    public final String label;
    private final DateTimeFormatter format;

    DatePrecision(String label, DateTimeFormatter format) {
        this.label = label;
        this.format = format;
    }

    /** The first day of the period {@code day} falls in: how the date is stored. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The last day of the period: from the end of that day on, an as-of view shows the record. */
    public LocalDate countsFrom(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> day.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    /** True when a record dated {@code day} at this precision is part of the view as of {@code asOf} (null: now). */
    public boolean visibleAsOf(LocalDate day, LocalDate asOf) {
        return asOf == null || !countsFrom(day).isAfter(asOf);
    }

    /** "5 July 2017", "September 2025" or "2025". */
    public String display(LocalDate day) {
        return day.format(format);
    }

    /** The machine-readable form for {@code <time datetime>}: 2017-07-05, 2025-09 or 2025. */
    public String iso(LocalDate day) {
        return switch (this) {
            case DAY -> day.toString();
            case MONTH -> day.toString().substring(0, 7);
            case YEAR -> String.valueOf(day.getYear());
        };
    }

    /** Reads DAY, MONTH or YEAR in any case; blank means DAY. */
    public static Optional<DatePrecision> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(DAY);
        }
        for (DatePrecision precision : values()) {
            if (precision.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(precision);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a date written at this precision: 2025-09-05, or for a month 2025-09 (a full date is accepted and
     * taken to its month), for a year 2025.
     */
    public Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(start(LocalDate.parse(value)));
            }
            if (this != DAY && value.matches("\\d{4}-\\d{2}")) {
                return Optional.of(start(LocalDate.parse(value + "-01")));
            }
            if (this == YEAR && value.matches("\\d{4}")) {
                return Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
