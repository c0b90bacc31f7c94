package org.datarequest.tracker.tracking;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.cell.CellEdit;
import org.datarequest.tracker.cell.CellEditor;
import org.datarequest.tracker.cell.CellInput;
import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.cell.CellValidator;
import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.EditConflictException;
import org.datarequest.tracker.cell.Saving;
import org.datarequest.tracker.litigation.LitigationEditor;
import org.datarequest.tracker.litigation.LitigationInput;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.SnapshotService;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.communication.Choices;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.CommunicationEditor;
import org.datarequest.tracker.communication.CommunicationForm;
import org.datarequest.tracker.communication.DatePrecision;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.request.Sensitivity;
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.InvalidInput;
import org.datarequest.tracker.web.Links;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Letter-first entry: record a communication once and, on the same screen, what it means for the jurisdiction's
 * fields — all of them, those of one sensitivity, or some chosen one by one — with a status or a preset. The
 * preview lists every change; the save records the communication and the changes in one transaction, as one
 * change set that cites it. Each change's source is the communication, and its effective date is the
 * communication's date unless the editor changes it (the preview shows it filled in). No JavaScript needed.
 */
@Path("/requests/{slug}/communications/record")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR)
public class LetterEntry {

    /** What the form said about the fields, kept as typed. */
    public record Meaning(String scope, String sensitivity, List<String> fields, String preset, String status,
                         String restrictedStatus, String effectiveDate, String note, String legalBasis,
                         String conditions) {

        public boolean chosen(String key) {
            return fields.contains(key);
        }
    }

    /** One change the save would record. */
    public record Planned(RequestedField field, CellState current, Status status) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance record(DataRequest request, List<RequestedField> fields,
                                              CommunicationForm form, Meaning meaning, FormErrors errors,
                                              Choices choices, Preset[] presets,
                                              Status[] statuses, Sensitivity[] sensitivities, List<Planned> plan,
                                              LitigationInput court, boolean previewed, Links links);
    }

    private final CommunicationEditor communications;
    private final CellValidator validator;
    private final CellEditor editor;
    private final SnapshotService snapshots;
    private final LitigationEditor litigation;
    private final SecurityIdentity identity;
    private final Clock clock;

    public LetterEntry(CommunicationEditor communications, CellValidator validator, CellEditor editor,
                       SnapshotService snapshots, LitigationEditor litigation, SecurityIdentity identity,
                       Clock clock) {
        this.litigation = litigation;
        this.communications = communications;
        this.validator = validator;
        this.editor = editor;
        this.snapshots = snapshots;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance form(@RestPath String slug) {
        DataRequest request = Requests.bySlug(slug);
        CommunicationForm form = new CommunicationForm();
        form.kind = "LETTER";
        form.precision = DatePrecision.DAY.name();
        Meaning meaning = new Meaning("chosen", "", List.of(), Preset.NONE.name(), "", "", "", null, null, null);
        return page(request, form, meaning, new FormErrors(), List.of(), NO_COURT, false);
    }

    /** No litigation change: the form's default. */
    private static final LitigationInput NO_COURT = new LitigationInput("", "", null, null, null, null, null, null, null);

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response submit(@RestPath String slug, MultivaluedMap<String, String> values) {
        DataRequest request = Requests.bySlug(slug);
        CommunicationForm form = communicationForm(values);
        Meaning meaning = meaning(values);
        FormErrors errors = communications.check(form, new FormErrors());
        Coverage coverage = null;
        if (form.jurisdiction == null) {
            if (!meaning.fields().isEmpty() || !"chosen".equals(meaning.scope())) {
                errors.add("jurisdiction", "Choose the jurisdiction whose fields this communication changes.");
            }
        } else if (!errors.has("jurisdiction")) {
            coverage = Coverage.findById(new Coverage.Key(request.id, form.jurisdiction.strip().toUpperCase()));
            if (coverage == null) {
                errors.add("jurisdiction", "This request does not cover that jurisdiction.");
            }
        }
        List<Planned> plan = new ArrayList<>();
        List<CellEdit> edits = new ArrayList<>();
        String effective = meaning.effectiveDate();
        if (errors.isEmpty() && (effective == null || effective.isBlank())) {
            // the communication's date, visible in the preview; a month or year counts from its last day
            DatePrecision precision = DatePrecision.parse(form.precision).orElseThrow();
            LocalDate day = precision.countsFrom(precision.parseDate(form.date).orElseThrow());
            LocalDate today = LocalDate.now(clock);
            effective = (day.isAfter(today) ? today : day).toString();
            meaning = withEffective(meaning, effective);
        }
        if (coverage != null) {
            plan(request, coverage, form, meaning, effective, errors, plan, edits, values);
        }
        LitigationInput court = court(values, effective, form);
        if (!court.status().isEmpty()) {
            if (coverage == null && !errors.has("jurisdiction")) {
                errors.add("jurisdiction", "Choose the jurisdiction whose litigation this communication changes.");
            } else if (errors.isEmpty()) {
                try {
                    litigation.validate(request, court);
                } catch (InvalidInput invalid) {
                    // the form's litigation inputs have their own names; the date and source are the letter's
                    invalid.errors.entries().forEach(entry -> errors.add(switch (entry.getKey()) {
                        case "effectiveDate", "caseName", "court", "docketUrl" -> entry.getKey();
                        default -> "litigation";
                    }, entry.getValue()));
                }
            }
        }
        boolean save = "save".equals(values.getFirst("action"));
        if (!errors.isEmpty() || !save) {
            TemplateInstance page = page(request, form, meaning, errors, plan, court, errors.isEmpty());
            return Response.status(errors.isEmpty() ? 200 : 422).entity(page).build();
        }
        String user = identity.getPrincipal().getName();
        long[] outcome;
        Coverage covered = coverage;
        try {
            // the communication and every change in one transaction: all or nothing
            outcome = QuarkusTransaction.requiringNew().call(() -> {
                DataRequest attached = DataRequest.findById(request.id);
                Communication communication = communications.add(attached, form, user);
                int saved = edits.isEmpty() ? 0 : editor.apply(attached, edits, new Saving(user, ChangeSet.Method.FORM,
                        communication.kind.label + " of " + communication.dateText() + ": " + communication.title,
                        communication.sourceUrl, sourceTitle(communication), communication.id)).size();
                if (!court.status().isEmpty()) {
                    // a filing or ruling sets the litigation status in the same save, citing the communication
                    litigation.record(attached, Coverage.findById(covered.key), withCommunication(court, communication),
                            user);
                }
                return new long[] {communication.id, saved};
            });
        } catch (EditConflictException conflict) {
            errors.add("field", "Someone saved some of these fields since the preview; nothing was saved."
                    + " Check the preview again.");
            return Response.status(409).entity(page(request, form, meaning, errors, plan, court, false)).build();
        }
        return Response.seeOther(java.net.URI.create("/requests/" + request.slug + "/communications/"
                + outcome[0] + "?saved=" + outcome[1])).build();
    }

    private void plan(DataRequest request, Coverage coverage, CommunicationForm form, Meaning meaning,
                      String effective, FormErrors errors, List<Planned> plan, List<CellEdit> edits,
                      MultivaluedMap<String, String> values) {
        Preset preset = Preset.parse(meaning.preset()).orElse(null);
        if (preset == null) {
            errors.add("preset", "Choose one of the presets.");
            return;
        }
        Status chosen = meaning.status().isBlank() ? null : Status.parse(meaning.status()).orElse(null);
        if (!meaning.status().isBlank() && chosen == null) {
            errors.add("status", "Choose one of the statuses in the list.");
            return;
        }
        Status restricted = meaning.restrictedStatus().isBlank() ? null
                : Status.parse(meaning.restrictedStatus()).orElse(null);
        Sensitivity sensitivity = Sensitivity.parse(meaning.sensitivity()).orElse(null);
        Snapshot snapshot = snapshots.loadOne(request, coverage, null);
        Snapshot.Row row = snapshot.rows.get(0);
        Set<String> keys = Set.copyOf(meaning.fields());
        // the save cites the communication; until it exists its own source (or title) stands in for validation
        String sourceUrl = form.sourceUrl;
        String sourceTitle = form.sourceTitle != null ? form.sourceTitle : form.title;
        for (int column = 0; column < snapshot.fields.size(); column++) {
            RequestedField field = snapshot.fields.get(column);
            boolean inScope = switch (meaning.scope()) {
                case "all" -> true;
                case "sensitivity" -> field.sensitivity == sensitivity;
                default -> keys.contains(field.key);
            };
            if (!inScope) {
                continue;
            }
            Status status = preset == Preset.PUBLIC_DATA_ONLY && field.sensitivity == Sensitivity.RESTRICTED
                    ? restricted : preset.statusFor(field, chosen);
            if (status == null) {
                if (preset == Preset.NONE) {
                    errors.add("status", "Choose the status the chosen fields take.");
                    return;
                }
                continue;
            }
            CellState current = row.cell(column);
            // a letter says nothing about a contest between sources: a contested cell stays contested
            var validated = validator.validate(request, new CellInput(status.code(), effective, meaning.note(),
                    meaning.legalBasis(), meaning.conditions(), sourceUrl, sourceTitle,
                    current.contested() ? "true" : null, current.contestedSourceUrl(), current.contestedSourceTitle(),
                    current.contestedCommunicationId() == null ? null : current.contestedCommunicationId().toString()));
            if (!validated.isValid()) {
                validated.errors().entries().forEach(entry -> errors.add(entry.getKey(), entry.getValue()));
                return;
            }
            plan.add(new Planned(field, current, status));
            // the version the preview showed, so that a colleague's save since then stops this one (409)
            edits.add(new CellEdit(coverage.jurisdiction.code, field.key, seenVersion(values, field.key,
                    current.version()), validated.value()));
        }
        if (meaning.scope().equals("sensitivity") && sensitivity == null) {
            errors.add("sensitivity", "Choose a sensitivity.");
        } else if (plan.isEmpty() && (!meaning.fields().isEmpty() || !meaning.scope().equals("chosen"))) {
            errors.add("field", "None of the chosen fields would change; choose fields and a status.");
        }
    }

    private static long seenVersion(MultivaluedMap<String, String> values, String key, long current) {
        String seen = values.getFirst("version." + key);
        try {
            return seen == null ? current : Long.parseLong(seen.strip());
        } catch (NumberFormatException e) {
            throw new org.datarequest.tracker.web.BadParameterException("version." + key, seen, "expected a whole number");
        }
    }

    /** The litigation part of the form; its date is the cells' effective date, its source the communication. */
    private static LitigationInput court(MultivaluedMap<String, String> values, String effective,
                                         CommunicationForm form) {
        return new LitigationInput(text(values, "litigation"), effective, values.getFirst("caseName"),
                values.getFirst("court"), values.getFirst("docketUrl"), form.sourceUrl,
                form.sourceTitle != null ? form.sourceTitle : form.title, null, null);
    }

    private static LitigationInput withCommunication(LitigationInput in, Communication communication) {
        return new LitigationInput(in.status(), in.effectiveDate(), in.caseName(), in.court(), in.docketUrl(),
                in.sourceUrl(), in.sourceTitle(), null, communication.id.toString());
    }

    private static String sourceTitle(Communication communication) {
        return communication.sourceTitle != null ? communication.sourceTitle : communication.title;
    }

    private static Meaning withEffective(Meaning m, String effective) {
        return new Meaning(m.scope(), m.sensitivity(), m.fields(), m.preset(), m.status(), m.restrictedStatus(),
                effective, m.note(), m.legalBasis(), m.conditions());
    }

    private static CommunicationForm communicationForm(MultivaluedMap<String, String> values) {
        CommunicationForm form = new CommunicationForm();
        form.kind = values.getFirst("kind");
        form.direction = values.getFirst("direction");
        form.date = values.getFirst("date");
        form.precision = values.getFirst("precision");
        form.jurisdiction = values.getFirst("jurisdiction");
        form.title = values.getFirst("title");
        form.speaker = values.getFirst("speaker");
        form.office = values.getFirst("office");
        form.quote = values.getFirst("quote");
        form.sourceUrl = values.getFirst("sourceUrl");
        form.sourceTitle = values.getFirst("sourceTitle");
        return form;
    }

    private static Meaning meaning(MultivaluedMap<String, String> values) {
        String scope = values.getFirst("scope");
        if (!"all".equals(scope) && !"sensitivity".equals(scope)) {
            scope = "chosen";
        }
        List<String> fields = values.get("field") == null ? List.of() : List.copyOf(values.get("field"));
        return new Meaning(scope, text(values, "sensitivity"), fields, text(values, "preset"), text(values, "status"),
                text(values, "restrictedStatus"), text(values, "effectiveDate"), values.getFirst("note"),
                values.getFirst("legalBasis"), values.getFirst("conditions"));
    }

    private static String text(MultivaluedMap<String, String> values, String name) {
        String value = values.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static TemplateInstance page(DataRequest request, CommunicationForm form, Meaning meaning,
                                         FormErrors errors, List<Planned> plan, LitigationInput court,
                                         boolean previewed) {
        return Templates.record(request, RequestedField.activeOf(request), form, meaning, errors,
                Choices.all(), Preset.values(), Status.values(), Sensitivity.values(), plan, court,
                previewed, new Links(request.slug, null));
    }
}
