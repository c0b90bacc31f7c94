package org.datarequest.tracker.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Strict parsing of query parameters: a value that is not understood is a 400 naming the parameter. */
public final class QueryParams {

    private QueryParams() {
    }

    /** A {@code YYYY-MM-DD} date, or null when the parameter is absent or empty. */
    public static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(parameter, value, "expected a date written YYYY-MM-DD");
        }
        if (!SaneDates.contains(day)) {
            throw new BadParameterException(parameter, value, SaneDates.PROBLEM);
        }
        return day;
    }

    /** Every value of a repeatable parameter, each parsed by {@code parser}; blanks are ignored. */
    public static <T> List<T> values(String parameter, List<String> raw, Function<String, Optional<T>> parser,
                                     T[] allowed) {
        List<T> parsed = new ArrayList<>();
        if (raw == null) {
            return parsed;
        }
        for (String value : raw) {
            if (value == null || value.isBlank()) {
                continue;
            }
            T one = parser.apply(value).orElseThrow(() -> new BadParameterException(parameter, value,
                    "expected one of " + Arrays.stream(allowed).map(String::valueOf).collect(Collectors.joining(", "))));
            if (!parsed.contains(one)) {
                parsed.add(one);
            }
        }
        return parsed;
    }

    /** A free-text parameter, trimmed, at most {@code max} characters. */
    public static String text(String parameter, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (!org.datarequest.tracker.PlainText.Check.isPlain(trimmed)) {
            throw new BadParameterException(parameter, "…", "control characters are not allowed");
        }
        if (trimmed.length() > max) {
            throw new BadParameterException(parameter, value.substring(0, Math.min(value.length(), 40)) + "…",
                    "at most " + max + " characters");
        }
        return trimmed;
    }

    /** {@code true}/{@code false} (also 1/0, yes/no); absent or empty is false. */
    public static boolean bool(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadParameterException(parameter, value, "expected true or false");
        };
    }

    /** A form's yes/no choice: exactly {@code true} or {@code false}; anything else, or nothing, is refused. */
    public static boolean choice(String parameter, String value) {
        if ("true".equals(value)) {
            return true;
        }
        if ("false".equals(value)) {
            return false;
        }
        throw new BadParameterException(parameter, value == null ? "" : value, "expected true or false");
    }

    /** A whole number within [min, max], or {@code fallback} when absent. */
    public static int integer(String parameter, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new BadParameterException(parameter, value, "expected a whole number from " + min + " to " + max);
    }

    /** One of {@code allowed} (compared ignoring case), or the first of them when absent. */
    public static String choice(String parameter, String value, String... allowed) {
        if (value == null || value.isBlank()) {
            return allowed[0];
        }
        for (String one : allowed) {
            if (one.equalsIgnoreCase(value.strip())) {
                return one;
            }
        }
        throw new BadParameterException(parameter, value, "expected one of " + String.join(", ", allowed));
    }
}
