package org.datarequest.tracker.tracking;

import io.quarkus.qute.RawString;
import java.util.List;
import org.datarequest.tracker.cell.Badges;
import org.datarequest.tracker.cell.Matrix;
import org.datarequest.tracker.cell.MatrixFilter;
import org.datarequest.tracker.cell.MatrixOrder;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.litigation.LitigationStatus;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Sensitivity;
import org.datarequest.tracker.web.Html;

/**
 * The choices of the matrix's filter form (each select's options, the chosen ones selected) and the key's badges,
 * written in Java for the reason {@link MatrixView} is: as template loops, their hundred-odd options, each a few
 * expressions resolved inside nested sections, cost about as much as the rest of the page's template. The form
 * and its labels stay in the template; only the options are written here.
 */
public record MatrixChoices(RawString sorts, RawString statuses, RawString stances, RawString regions,
                            RawString sensitivities, RawString fields, RawString litigation) {

    /** The key's list of statuses: the same on every page, so written once. */
    private static final RawString STATUS_KEY = keyItems(List.of(Status.values()).stream().map(Badges::badge).toList());

    /** The key's list of stances. */
    private static final RawString STANCE_KEY = keyItems(List.of(Stance.values()).stream().map(Badges::badge).toList());

    public static MatrixChoices of(Matrix matrix) {
        MatrixFilter filter = matrix.filter();
        MatrixOrder order = matrix.order();
        List<RequestedField> fields = matrix.snapshot().fields;

        Html sorts = new Html(2000 + fields.size() * 80);
        sorts.option(MatrixOrder.NAME.code(), "By name", order.code().equals(MatrixOrder.NAME.code()));
        sorts.option(MatrixOrder.STANCE.code(), "By stance, refusers first", order.code().equals(MatrixOrder.STANCE.code()));
        sorts.option(MatrixOrder.CHANGED.code(), "Latest change first", order.code().equals(MatrixOrder.CHANGED.code()));
        for (RequestedField field : fields) {
            sorts.option(field.key, "By " + field.label, order.code().equals(field.key));
        }

        Html statuses = new Html(1000);
        for (Status status : Status.values()) {
            statuses.option(status.code(), status.label, filter.has(status));
        }
        Html stances = new Html(600);
        for (Stance stance : Stance.values()) {
            stances.option(stance.code(), stance.label, filter.has(stance));
        }
        Html regions = new Html(400);
        for (String region : Jurisdiction.REGIONS) {
            regions.option(region, region, filter.hasRegion(region));
        }
        Html sensitivities = new Html(400);
        for (Sensitivity sensitivity : Sensitivity.values()) {
            sensitivities.option(sensitivity.code(), sensitivity.label, filter.has(sensitivity));
        }
        Html fieldOptions = new Html(fields.size() * 80);
        for (RequestedField field : fields) {
            fieldOptions.option(field.key, field.label, filter.fieldKeys().contains(field.key));
        }
        Html litigation = new Html(800);
        for (LitigationStatus status : LitigationStatus.values()) {
            litigation.option(status.code(), status.label, filter.has(status));
        }
        return new MatrixChoices(sorts.toRaw(), statuses.toRaw(), stances.toRaw(), regions.toRaw(),
                sensitivities.toRaw(), fieldOptions.toRaw(), litigation.toRaw());
    }

    /** The key's statuses, a badge each. */
    public RawString statusKey() {
        return STATUS_KEY;
    }

    /** The key's stances, a badge each. */
    public RawString stanceKey() {
        return STANCE_KEY;
    }

    private static RawString keyItems(List<RawString> badges) {
        Html html = new Html(badges.size() * 200);
        badges.forEach(badge -> html.tag("<li>").markup(badge).tag("</li>"));
        return html.toRaw();
    }
}
