package org.datarequest.tracker.tracking;

import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.CellEdit;
import org.datarequest.tracker.cell.CellEditor;
import org.datarequest.tracker.cell.CellInput;
import org.datarequest.tracker.cell.CellValidator;
import org.datarequest.tracker.cell.EditConflictException;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.SnapshotService;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.cell.Status;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.request.Sensitivity;
import org.datarequest.tracker.web.BadParameterException;
import org.datarequest.tracker.web.Links;
import org.datarequest.tracker.web.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.datarequest.tracker.web.FormErrors;

/**
 * Bulk edit: many jurisdictions × many fields set at once, by hand or with a preset. A preview says how many
 * cells will change before anything is written; the apply writes exactly the previewed cells in one transaction,
 * and stops with a conflict if any of them was saved by someone else since the preview.
 */
@Path("/requests/{slug}/bulk")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR)
public class BulkEditor {

    /** The form as the editor filled it in, so it can be shown again. */
    public record Form(MultivaluedMap<String, String> values, Preset preset, CellInput input, FormErrors errors) {

        /** The status chosen for restricted fields under "public data only", or "" to leave them alone. */
        public String restrictedStatus() {
            String code = values.getFirst("restrictedStatus");
            return code == null ? "" : code;
        }

        /** The value inputs, shown with the same tag as every other cell form (no version: a bulk form has many). */
        public CellFormRow row() {
            return new CellFormRow(null, input, errors, -1, null);
        }

        public boolean checked(String name, String value) {
            List<String> chosen = values.get(name);
            return chosen != null && chosen.contains(value);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bulk(DataRequest request, Snapshot snapshot, Form form, BulkPlan plan,
                                            List<String> regions, Stance[] stances, Sensitivity[] sensitivities,
                                            Preset[] presets, Status[] statuses, Links links, Integer applied,
                                            EditConflictException conflict);
    }

    private final SnapshotService snapshots;
    private final CellValidator validator;
    private final CellEditor editor;
    private final SecurityIdentity identity;

    public BulkEditor(SnapshotService snapshots, CellValidator validator, CellEditor editor, SecurityIdentity identity) {
        this.snapshots = snapshots;
        this.validator = validator;
        this.editor = editor;
        this.identity = identity;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance form(@RestPath String slug, @RestQuery Integer applied) {
        DataRequest request = Requests.bySlug(slug);
        Form empty = new Form(new MultivaluedHashMap<>(), Preset.NONE,
                new CellInput(Status.NO_RESPONSE.code(), "", null, null, null, null, null), new FormErrors());
        return render(request, snapshots.load(request, null), empty, null, applied, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestPath String slug, MultivaluedMap<String, String> values) {
        DataRequest request = Requests.bySlug(slug);
        Snapshot snapshot = snapshots.load(request, null);
        Preset preset = Preset.parse(values.getFirst("preset"))
                .orElseThrow(() -> new BadParameterException("preset", values.getFirst("preset"), "not a preset"));
        BulkPlan.Selection selection = selection(values);
        CellInput input = new CellInput(values.getFirst("status"), values.getFirst("effectiveDate"),
                values.getFirst("note"), values.getFirst("legalBasis"), values.getFirst("conditions"),
                values.getFirst("sourceUrl"), values.getFirst("sourceTitle"));
        // A preset decides the statuses itself: check the rest of the value as for a status that needs a source.
        CellValidator.Validated validated = validator.validate(request,
                preset == Preset.NONE ? input : input.withStatus(Status.REFUSED.code()));
        FormErrors errors = validated.errors();
        Status chosen = preset == Preset.NONE ? null : restrictedStatus(values.getFirst("restrictedStatus"));
        BulkPlan plan = validated.isValid() ? plan(snapshot, selection, preset, validated.value(), chosen) : null;
        if (plan != null && preset == Preset.PUBLIC_DATA_ONLY && validated.value().legalBasis() == null
                && plan.cells().stream().anyMatch(cell -> cell.next().status() == Status.WITHHELD_BY_LAW)) {
            errors.add("legalBasis", "\u201cWithheld (law)\u201d is a legal claim: give the legal basis for the"
                    + " protected fields, or choose their fields and status by hand.");
        }
        if (plan != null && plan.rows().isEmpty()) {
            errors.add("jurisdiction", "Choose at least one jurisdiction, region or stance.");
        }
        if (plan != null && plan.fields().isEmpty()) {
            errors.add("field", "Choose at least one field or sensitivity (or a preset, which covers every field).");
        }
        Form form = new Form(values, preset, input, errors);
        if (!errors.isEmpty()) {
            return Response.status(422).entity(render(request, snapshot, form, null, null, null)).build();
        }
        if (!"apply".equals(values.getFirst("action"))) {
            return Response.ok(render(request, snapshot, form, plan, null, null)).build();
        }
        List<CellEdit> edits = new ArrayList<>();
        for (BulkPlan.PlannedCell cell : plan.changing()) {
            edits.add(cell.edit(version(values, cell)));
        }
        try {
            CellValue cited = validated.value();
            int applied = editor.apply(request, edits, new Saving(identity.getPrincipal().getName(),
                    ChangeSet.Method.BULK, (preset == Preset.NONE ? "Bulk edit" : "Bulk edit, preset \u201c" + preset.label
                    + "\u201d") + ": " + edits.size() + " cells", cited.sourceUrl(), cited.sourceTitle())).size();
            return Response.seeOther(URI.create(new Links(request.slug, null).base() + "/bulk?applied=" + applied))
                    .build();
        } catch (EditConflictException conflict) {
            Snapshot now = snapshots.load(request, null);
            BulkPlan fresh = plan(now, selection, preset, validated.value(), chosen);
            return Response.status(409).entity(render(request, now, form, fresh, null, conflict)).build();
        }
    }

    /** With "public data only": the status the editor chose for restricted fields; blank leaves them alone. */
    private static Status restrictedStatus(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Status.parse(code).orElseThrow(() -> new BadParameterException("restrictedStatus", code, "not a status"));
    }

    private static BulkPlan plan(Snapshot snapshot, BulkPlan.Selection selection, Preset preset, CellValue value,
                                 Status chosen) {
        return preset == Preset.NONE ? BulkPlan.of(snapshot, selection, preset, value)
                : BulkPlan.of(snapshot, selection, preset, value, chosen);
    }

    private static BulkPlan.Selection selection(MultivaluedMap<String, String> values) {
        return new BulkPlan.Selection(
                codes(values.get("jurisdiction")),
                new LinkedHashSet<>(QueryParams.values("region", values.get("region"), Jurisdiction::parseRegion,
                        Jurisdiction.REGIONS.toArray(String[]::new))),
                new LinkedHashSet<>(QueryParams.values("stance", values.get("stance"), Stance::parse, Stance.values())),
                new LinkedHashSet<>(values.getOrDefault("field", List.of())),
                new LinkedHashSet<>(QueryParams.values("sensitivity", values.get("sensitivity"), Sensitivity::parse,
                        Sensitivity.values())));
    }

    private static Set<String> codes(List<String> raw) {
        Set<String> codes = new LinkedHashSet<>();
        if (raw != null) {
            raw.forEach(code -> codes.add(code.strip().toUpperCase(java.util.Locale.ROOT)));
        }
        return codes;
    }

    /** The version the preview showed for a cell; a cell the preview did not show can only conflict. */
    private static long version(MultivaluedMap<String, String> values, BulkPlan.PlannedCell cell) {
        String text = values.getFirst("version." + cell.row().jurisdiction().code + "." + cell.field().key);
        try {
            return text == null ? -1 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static TemplateInstance render(DataRequest request, Snapshot snapshot, Form form, BulkPlan plan,
                                           Integer applied, EditConflictException conflict) {
        return Templates.bulk(request, snapshot, form, plan, Jurisdiction.REGIONS, Stance.values(),
                Sensitivity.values(), Preset.values(), Status.values(), new Links(request.slug, null), applied,
                conflict);
    }
}
