package org.datarequest.tracker.cell;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.EnumMap;
import java.util.Map;
import org.datarequest.tracker.web.Html;

/**
 * The badge of each status and stance, {@code {status.badge}} and {@code {stance.badge}} in a template: its class,
 * its meaning as the title, its symbol (hidden from screen readers) and its label. Written once per value when
 * the class loads, because pages show dozens to hundreds of badges and an included tag per badge cost more than
 * the rest of a row.
 */
@TemplateExtension
public class Badges {

    private static final Map<Status, RawString> STATUSES = new EnumMap<>(Status.class);
    private static final Map<Stance, RawString> STANCES = new EnumMap<>(Stance.class);
    private static final Map<Stance, RawString> STANCES_WITHOUT_RULE = new EnumMap<>(Stance.class);

    static {
        for (Status status : Status.values()) {
            STATUSES.put(status, badge("badge s-" + status.code(), status.meaning, status.symbol, status.label));
        }
        for (Stance stance : Stance.values()) {
            STANCES.put(stance, badge("badge stance-badge t-" + stance.code(), stance.rule, stance.symbol, stance.label));
            STANCES_WITHOUT_RULE.put(stance, badge("badge stance-badge t-" + stance.code(), null, stance.symbol,
                    stance.label));
        }
    }

    private static RawString badge(String css, String title, String symbol, String label) {
        Html html = new Html(200).tag("<span class=\"").text(css).tag("\"");
        if (title != null) {
            html.tag(" title=\"").text(title).tag("\"");
        }
        return html.tag("><span aria-hidden=\"true\">").text(symbol).tag("</span> ").text(label).tag("</span>").toRaw();
    }

    /** {@code <span class="badge s-REFUSED" title="…"><span aria-hidden="true">✕</span> Refused</span>}. */
    public static RawString badge(Status status) {
        return STATUSES.get(status);
    }

    /** {@code <span class="badge stance-badge t-REFUSED" title="…"><span aria-hidden="true">…</span> Refuses</span>}. */
    public static RawString badge(Stance stance) {
        return STANCES.get(stance);
    }

    /** The same without the rule as its title: for lists that are read rather than pointed at (the phone list). */
    public static RawString badgeWithoutRule(Stance stance) {
        return STANCES_WITHOUT_RULE.get(stance);
    }
}
