package org.datarequest.tracker.cell;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.web.Html;
import org.datarequest.tracker.web.Links;

/**
 * The dashboard's list of recent changes, grouped by save ({@link ChangeRuns}): who entered each save and when,
 * then per change its cell, status before and after, effective day and source. Written here rather than in the
 * dashboard's nested loops, where each value cost Qute a search through every resolver of each enclosing section.
 * Templates call it as {@code recent:list(changes, links, names)}.
 */
@TemplateExtension(namespace = "recent")
public final class RecentChanges {

    private RecentChanges() {
    }

    /** @param names jurisdiction names by code; a code without a name is shown as it is */
    static RawString list(List<CellChange> changes, Links links, Map<String, String> names) {
        Html html = new Html(changes.size() * 800 + 200);
        for (ChangeRuns.Run run : ChangeRuns.runs(changes)) {
            html.tag("    <li><a href=\"").text(links.changeSet(run.changeSetId())).tag("\">Entered ").moment(run.recordedAt())
                    .tag("</a> by ").text(run.recordedBy());
            if (run.size() > 1) {
                html.tag(", ").text(run.size()).tag(" changes");
            }
            if (run.source() != null) {
                html.tag(", citing ");
                html.source(run.source().sourceUrl(), run.source().sourceTitle());
            }
            html.tag(":\n      <ul>\n");
            for (ChangeRuns.Row row : run.rows()) {
                CellChange change = row.change();
                CellValue value = change.value;
                String name = names.get(change.jurisdictionCode);
                html.tag("        <li><a href=\"").text(links.cell(change.jurisdictionCode, change.field.key))
                        .tag("\">").text(name != null ? name : change.jurisdictionCode).tag(", ")
                        .text(change.field.label).tag("</a>:\n          ");
                if (change.keepsStatus()) {
                    html.markup(Badges.badge(value.status())).tag(" (").text(change.altersText()).tag(" changed)");
                } else {
                    html.markup(Badges.badge(change.from().status())).tag(" &#8594; ").markup(Badges.badge(value.status()));
                }
                html.tag(",\n          effective ").day(change.effectiveDate());
                if (change.backdated) {
                    html.tag(" (backdated)");
                }
                if (row.showSource() && value.hasSource()) {
                    html.tag(" &#8212; ");
                    html.source(value.sourceUrl(), value.sourceTitle());
                }
                html.tag("</li>\n");
            }
            html.tag("      </ul></li>\n");
        }
        return html.toRaw();
    }
}
