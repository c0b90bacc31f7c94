package org.datarequest.tracker.communication;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import org.datarequest.tracker.web.Html;
import org.datarequest.tracker.web.Links;

/**
 * The entries of a timeline of communications ({@code tags/timeline.html}, on the dashboard and the state page):
 * date, kind, jurisdiction, title, quote with its speaker, and source. Written here rather than in the tag's loop:
 * each value there cost Qute a search through every resolver of each enclosing section. Templates call it as
 * {@code timeline:entries(entries, links)}.
 */
@TemplateExtension(namespace = "timeline")
public final class TimelineEntries {

    private TimelineEntries() {
    }

    static RawString entries(List<Communication> entries, Links links) {
        Html html = new Html(entries.size() * 700);
        for (Communication entry : entries) {
            html.tag("  <li>\n    <p class=\"timeline-head\"><time datetime=\"").text(entry.dateIso()).tag("\">")
                    .text(entry.dateText()).tag("</time>\n      <span class=\"kind\">").text(entry.kind.label)
                    .tag("</span>\n      ");
            if (entry.jurisdiction != null) {
                html.tag("<a href=\"").text(links.jurisdiction(entry.jurisdiction.code)).tag("\">")
                        .text(entry.jurisdiction.name).tag("</a>");
            }
            html.tag("</p>\n    <p><a href=\"/requests/").text(links.slug()).tag("/communications/").text(entry.id)
                    .tag("\">").text(entry.title).tag("</a></p>\n");
            if (Html.present(entry.quote)) {
                html.tag("    <figure>\n      <blockquote>&#8220;").text(entry.quote).tag("&#8221;</blockquote>\n");
                if (Html.present(entry.speaker)) {
                    html.tag("      <figcaption>&#8212; ").text(entry.speaker);
                    if (Html.present(entry.office)) {
                        html.tag(", ").text(entry.office);
                    }
                    html.tag("</figcaption>\n");
                }
                html.tag("    </figure>\n");
            }
            if (Html.present(entry.sourceTitle) || Html.present(entry.sourceUrl)) {
                html.tag("    <p class=\"source\">Source:\n      ");
                html.source(entry.sourceUrl, entry.sourceTitle);
                html.tag("</p>\n");
            }
            html.tag("  </li>\n");
        }
        return html.toRaw();
    }

}
