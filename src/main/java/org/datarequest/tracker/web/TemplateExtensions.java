package org.datarequest.tracker.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting helpers every template may use. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);
    private static final ZoneId ZONE = ZoneId.of("UTC");
    /** The months' names as {@link #DAY} writes them, January first. */
    private static final String[] MONTHS = java.util.Arrays.stream(java.time.Month.values())
            .map(month -> month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)).toArray(String[]::new);

    /**
     * {@code 28 June 2017}: put together from the month's name for the years of four digits, which is what
     * {@link #DAY} writes for them at a fraction of the cost (a page writes hundreds of days); other years through
     * the formatter.
     */
    public static String display(LocalDate day) {
        if (day == null) {
            return "";
        }
        int year = day.getYear();
        if (year < 1000 || year > 9999) {
            return DAY.format(day);
        }
        return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + year;
    }

    /** As {@code DAY} formats it, for the test that holds {@link #display(LocalDate)} to it. */
    static String formatted(LocalDate day) {
        return DAY.format(day);
    }

    /** {@code 1 Jul 2017, 14:03 UTC}. */
    public static String display(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment.atZone(ZONE));
    }

    /** ISO form for {@code datetime} attributes and date inputs. */
    static String iso(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** Milliseconds: HTML allows at most three fraction digits in {@code datetime} (Timestamps). */
    static String iso(Instant moment) {
        return org.datarequest.tracker.Timestamps.htmlAttribute(moment);
    }

    /**
     * Encodes a value for use inside an address (a path segment or a query value); empty for null. A value of
     * letters, digits, {@code -}, {@code _} and {@code .} only (every slug and field key in practice), which the
     * encoder would return unchanged, is returned as it is without it: pages build hundreds of addresses.
     */
    public static String urlEncode(String value) {
        if (value == null) {
            return "";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.')) {
                return URLEncoder.encode(value, StandardCharsets.UTF_8);
            }
        }
        return value;
    }

    /** A count with the noun in the right number: {@code 1 jurisdiction}, {@code 3 jurisdictions}. */
    static String plural(int count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
