package org.datarequest.tracker.cell;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.web.Html;
import org.datarequest.tracker.web.Links;

/**
 * The body of the change table ({@code tags/changeTable.html}): one {@code <tbody>} per change set
 * ({@link ChangeRuns}) under a heading saying who entered it and when, then a row per change — effective day,
 * jurisdiction (when the table spans several), field, status before and after, what changed, note, source, with
 * what the whole set shares said once. Written here rather than in the tag because state, cell and history pages
 * show up to a hundred changes, each some twenty template values. Templates call it as
 * {@code changes:table(changes, links, code, names)}.
 */
@TemplateExtension(namespace = "changes")
public final class ChangeTable {

    private ChangeTable() {
    }

    /**
     * @param code  the jurisdiction every change belongs to, or empty when the table spans several (then it has
     *              a jurisdiction column)
     * @param names jurisdiction names by code for that column, or null to show the codes
     */
    static RawString table(List<CellChange> changes, Links links, String code, Map<String, String> names) {
        boolean oneJurisdiction = code != null && !code.isEmpty();
        Html html = new Html(changes.size() * 900 + 200);
        for (ChangeRuns.Run run : ChangeRuns.runs(changes)) {
            html.tag("<tbody>\n<tr class=\"set-row\"><th scope=\"rowgroup\" colspan=\"").tag(oneJurisdiction ? "6" : "7")
                    .tag("\">\n<a href=\"").text(links.changeSet(run.changeSetId())).tag("\">Change set #")
                    .text(run.changeSetId()).tag("</a>: entered ").moment(run.recordedAt()).tag(" by ").text(run.recordedBy());
            if (run.size() > 1) {
                html.tag(", ").text(run.size()).tag(" changes");
            }
            if (Html.present(run.note())) {
                html.tag(". Note for all: ").text(run.note());
            }
            if (run.source() != null) {
                html.tag(". Source for all: ");
                html.source(run.source().sourceUrl(), run.source().sourceTitle());
            }
            html.tag("</th></tr>\n");
            for (ChangeRuns.Row row : run.rows()) {
                change(html, run, row, links, oneJurisdiction, names);
            }
            html.tag("</tbody>\n");
        }
        return html.toRaw();
    }

    private static void change(Html html, ChangeRuns.Run run, ChangeRuns.Row row, Links links, boolean oneJurisdiction,
                               Map<String, String> names) {
        CellChange change = row.change();
        CellValue value = change.value;
        html.tag("<tr class=\"change\">\n<td>").day(change.effectiveDate());
        if (change.backdated) {
            html.tag("<br><span class=\"backdated\" title=\"Recorded after a later-effective change of this cell"
                    + " already existed\">backdated</span>");
        }
        html.tag("</td>\n");
        if (!oneJurisdiction) {
            String name = names == null ? null : names.get(change.jurisdictionCode);
            html.tag("<td><a href=\"").text(links.jurisdiction(change.jurisdictionCode)).tag("\">")
                    .text(name != null ? name : change.jurisdictionCode).tag("</a></td>\n");
        }
        html.tag("<td><a href=\"").text(links.cell(change.jurisdictionCode, change.field.key)).tag("\">")
                .text(change.field.label).tag("</a></td>\n<td>");
        String alters = change.altersText();
        if (change.keepsStatus()) {
            html.markup(Badges.badge(value.status())).tag(" <span class=\"same-status\">(unchanged)</span>");
        } else {
            html.markup(Badges.badge(change.from().status())).tag(" &#8594; ").markup(Badges.badge(value.status()));
        }
        html.tag("</td>\n<td>");
        if (change.keepsStatus()) {
            html.text(alters);
        } else {
            html.tag("status");
            if (!alters.isEmpty()) {
                html.tag(", ").text(alters);
            }
        }
        html.tag("</td>\n<td>");
        if (row.showNote()) {
            html.text(value.note());
        } else if (!Html.present(run.note())) {
            html.tag("<span class=\"as-above\">as above</span>");
        }
        html.tag("</td>\n<td>");
        if (row.showSource()) {
            html.source(value.sourceUrl(), value.sourceTitle());
        } else if (run.source() == null) {
            html.tag("<span class=\"as-above\">as above</span>");
        }
        html.tag("</td>\n</tr>\n");
    }

}
