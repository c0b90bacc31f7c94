package org.datarequest.tracker.web;

import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.Timestamps;

/**
 * Markup written in Java for the few parts of a page that repeat hundreds of times (the matrix's cells), where
 * a template's per-expression cost dominates the page. Text and attribute values always go through Qute's own
 * HTML escaper, the one every template uses, so a value is escaped exactly as a template would escape it; only
 * the fixed markup passed to {@link #tag}, and markup already made by this class ({@link #markup}), is written as
 * it is. Everything else stays in templates.
 *
 * <p>What it writes is ASCII: a character beyond it, in a value or in fixed markup, is written as a numeric
 * character reference ({@code ▸} as {@code &#9656;}), which a browser reads as the character itself. An ASCII
 * string is encoded to UTF-8 by a plain copy, where a string with one character beyond Latin-1 is encoded a
 * character at a time (see {@link Utf8Page}); the parts written here are most of a large page.
 */
public final class Html {

    private static final HtmlEscaper ESCAPER = new HtmlEscaper(List.of());

    private final StringBuilder out;

    public Html(int expectedLength) {
        this.out = new StringBuilder(expectedLength);
    }

    /**
     * Fixed markup, written as it is: only string literals of the calling code belong here, in ASCII, with any
     * other character written as a numeric reference ({@code "&#8211;"} for a dash). Not checked at run time,
     * where most of what a page writes is such literals; assertions, on in the tests, check it.
     */
    public Html tag(String markup) {
        assert markup.chars().allMatch(c -> c < 0x80) : "markup beyond ASCII: " + markup;
        out.append(markup);
        return this;
    }

    /**
     * A value escaped once, ahead of a page that writes it many times (a status's words in every cell): made only
     * by {@link #escape}, so what it holds went through the same escaper as {@link #text}, and is ASCII.
     */
    public static final class Escaped {
        private final String markup;

        private Escaped(String markup) {
            this.markup = markup;
        }

        @Override
        public String toString() {
            return markup;
        }
    }

    /** Escapes a value once, as {@link #text} would write it, for {@link #escaped} to write many times. */
    public static Escaped escape(Object value) {
        return new Escaped(new Html(16).text(value).toString());
    }

    /** A value escaped ahead by {@link #escape}, written as it is. */
    public Html escaped(Escaped value) {
        out.append(value.markup);
        return this;
    }

    /** A number, which needs no escaping. */
    public Html number(int value) {
        out.append(value);
        return this;
    }

    /** Markup already made safe elsewhere (a badge written by the same escaper), written as it is. */
    public Html markup(RawString safe) {
        ascii(safe.getValue());
        return this;
    }

    /** Text or an attribute's value, escaped; nothing for null. */
    public Html text(Object value) {
        if (value != null) {
            ascii(ESCAPER.map(value, null));
        }
        return this;
    }

    /** A day as people read it ("3 July 2017"), marked up with its ISO date for machines. */
    public Html day(LocalDate day) {
        return tag("<time datetime=\"").text(day).tag("\">").text(TemplateExtensions.display(day)).tag("</time>");
    }

    /** A moment as people read it ("1 Jul 2017, 14:03 UTC"), marked up with its ISO instant for machines. */
    public Html moment(Instant moment) {
        return tag("<time datetime=\"").text(Timestamps.htmlAttribute(moment)).tag("\">")
                .text(TemplateExtensions.display(moment)).tag("</time>");
    }

    /**
     * Where a statement comes from: its title (or else its address) as a link when the address is one a page may
     * link to ({@code http} or {@code https}), otherwise the title alone; nothing when there is neither.
     */
    public Html source(String url, String title) {
        if (TemplateFunctions.isLink(url)) {
            return tag("<a href=\"").text(url).tag("\" rel=\"noopener noreferrer\">").text(title != null ? title : url)
                    .tag("</a>");
        }
        return text(title);
    }

    /** An option of a select: its value, its label, and whether it is the chosen one. */
    public Html option(String value, String label, boolean selected) {
        tag("<option value=\"").text(value).tag(selected ? "\" selected>" : "\">");
        return text(label).tag("</option>");
    }

    /** Whether a value would print, as a template's {@code {#if value}} decides: not null and not empty. */
    public static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

    /** Appends markup or escaped text, every character beyond ASCII as a numeric character reference. */
    private void ascii(String markup) {
        int length = markup.length();
        int i = 0;
        while (i < length) {
            int run = i;
            while (i < length && markup.charAt(i) < 0x80) {
                i++;
            }
            out.append(markup, run, i);
            if (i < length) {
                int codePoint = markup.codePointAt(i);
                out.append("&#").append(codePoint).append(';');
                i += Character.charCount(codePoint);
            }
        }
    }

    /** The markup so far, for a template to print as it is. */
    public RawString toRaw() {
        return new RawString(out.toString());
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
