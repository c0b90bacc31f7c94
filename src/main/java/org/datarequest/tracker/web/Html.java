package org.datarequest.tracker.web;

import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import java.util.List;

/**
 * Markup written in Java for the few parts of a page that repeat hundreds of times (the matrix's cells), where
 * a template's per-expression cost dominates the page. Text and attribute values always go through Qute's own
 * HTML escaper, the one every template uses, so a value is escaped exactly as a template would escape it; only
 * the fixed markup passed to {@link #tag}, and markup already made by this class ({@link #markup}), is written as
 * it is. Everything else stays in templates.
 */
public final class Html {

    private static final HtmlEscaper ESCAPER = new HtmlEscaper(List.of());

    private final StringBuilder out;

    public Html(int expectedLength) {
        this.out = new StringBuilder(expectedLength);
    }

    /** Fixed markup, written as it is: only string literals of the calling code belong here. */
    public Html tag(String markup) {
        out.append(markup);
        return this;
    }

    /** Markup already made safe elsewhere (a badge written by the same escaper), written as it is. */
    public Html markup(RawString safe) {
        out.append(safe.getValue());
        return this;
    }

    /** Text or an attribute's value, escaped; nothing for null. */
    public Html text(Object value) {
        if (value != null) {
            out.append(ESCAPER.map(value, null));
        }
        return this;
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
