package org.datarequest.tracker.tracking;

import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import org.datarequest.tracker.cell.CellEditor;
import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.cell.CellValidator;
import org.datarequest.tracker.cell.EditConflictException;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.cell.CellStates;
import org.datarequest.tracker.cell.ChangeHistory;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.Links;
import org.datarequest.tracker.web.NotFound;
import org.datarequest.tracker.web.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** One cell: what one jurisdiction does about one field, every change it went through, and its edit form. */
@Path("/requests/{slug}/cells/{code}/{fieldKey}")
@Produces(MediaType.TEXT_HTML)
public class CellPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cell(DataRequest request, Coverage coverage, RequestedField field, CellState cell,
                                            List<CellChange> history, String fullHistory, Links links, CellFormRow row,
                                            Status[] statuses, String notice,
                                            List<org.datarequest.tracker.communication.Communication> communications,
                                            String citation, String permalink, String origin);
    }

    /** Everything the page shows about one cell, loaded in a fixed number of statements. */
    private record Loaded(DataRequest request, Coverage coverage, RequestedField field, CellState cell) {
    }

    private final CellStates cellStates;
    private final ChangeHistory changeHistory;
    private final CellValidator validator;
    private final CellEditor editor;
    private final SecurityIdentity identity;
    private final java.time.Clock clock;
    private final String origin;

    public CellPage(CellStates cellStates, ChangeHistory changeHistory, CellValidator validator, CellEditor editor,
                    SecurityIdentity identity, java.time.Clock clock, org.datarequest.tracker.TrackerConfig config) {
        this.cellStates = cellStates;
        this.changeHistory = changeHistory;
        this.validator = validator;
        this.editor = editor;
        this.identity = identity;
        this.clock = clock;
        this.origin = org.datarequest.tracker.TrackerConfig.origin(config);
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance cell(@RestPath String slug, @RestPath String code, @RestPath String fieldKey,
                                 @RestQuery String asOf, @RestQuery String saved, @RestQuery String verified) {
        LocalDate day = QueryParams.date("asOf", asOf);
        Loaded loaded = load(slug, code, fieldKey, day);
        CellState current = day == null ? loaded.cell : load(slug, code, fieldKey, null).cell;
        String notice = saved != null ? ("0".equals(saved) ? "Nothing changed: the cell already said that." : "Saved.")
                : verified != null ? "Marked as verified, unchanged." : null;
        return render(loaded, new Links(loaded.request.slug, day), CellFormRow.of(loaded.field, current), notice);
    }

    @POST
    @RolesAllowed(Role.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String slug, @RestPath String code, @RestPath String fieldKey,
                         MultivaluedMap<String, String> form, HttpHeaders headers) {
        Loaded loaded = load(slug, code, fieldKey, null);
        Links links = new Links(loaded.request.slug, null);
        CellForms.Parsed parsed = CellForms.parse(loaded.request, loaded.coverage.jurisdiction.code,
                List.of(loaded.field), form, true, validator);
        if (!parsed.valid()) {
            return InlineEditing.intoPanel(Response.status(422)
                    .entity(render(loaded, links, parsed.rows().get(0), null)), headers).build();
        }
        try {
            int saved = editor.apply(loaded.request, parsed.edits(), parsed.saving(identity.getPrincipal().getName(),
                    ChangeSet.Method.CELL, loaded.coverage.jurisdiction.name + ", " + loaded.field.label)).size();
            return Response.seeOther(InlineEditing.matrixToReturnTo(headers, loaded.request.slug).orElse(
                    URI.create(links.cell(loaded.coverage.jurisdiction.code, loaded.field.key) + "?saved=" + saved)))
                    .build();
        } catch (EditConflictException conflict) {
            CellFormRow row = CellForms.withConflicts(parsed.rows(), conflict).get(0);
            return InlineEditing.intoPanel(Response.status(409).entity(render(loaded, links, row, null)), headers)
                    .build();
        }
    }

    /** "Verified, unchanged": stamps who checked the cell and when, without recording a change. */
    @POST
    @Path("verify")
    @RolesAllowed(Role.EDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(@RestPath String slug, @RestPath String code, @RestPath String fieldKey,
                           HttpHeaders headers) {
        Loaded loaded = load(slug, code, fieldKey, null);
        if (loaded.field.retired) {
            throw new CellEditor.UnknownCellException(code, fieldKey, "The field \u201c" + fieldKey
                    + "\u201d is retired: its cells keep their history but can no longer change.");
        }
        editor.verify(loaded.request, loaded.coverage.jurisdiction.code, List.of(loaded.field.key),
                identity.getPrincipal().getName());
        return Response.seeOther(InlineEditing.matrixToReturnTo(headers, loaded.request.slug).orElse(
                URI.create(new Links(loaded.request.slug, null).cell(loaded.coverage.jurisdiction.code, loaded.field.key)
                        + "?verified=1"))).build();
    }

    private Loaded load(String slug, String code, String fieldKey, LocalDate day) {
        Coverage coverage = Requests.coverage(slug, code);
        DataRequest request = coverage.request;
        RequestedField field = Requests.field(request, fieldKey);
        CellState cell = cellStates.of(request.id, coverage.jurisdiction.code, day).stream()
                .filter(candidate -> candidate.fieldId() == field.id).findFirst()
                .orElseThrow(() -> NotFound.of("cell for the field", fieldKey));
        return new Loaded(request, coverage, field, cell);
    }

    private TemplateInstance render(Loaded loaded, Links links, CellFormRow row, String notice) {
        // Like the jurisdiction page, the newest changes only: a cell can have thousands.
        ChangeHistory.Latest history = changeHistory.ofCell(loaded.cell.responseId(), links.asOf(),
                ChangeHistory.Order.EFFECTIVE, JurisdictionPage.HISTORY_SHOWN);
        LocalDate day = links.asOf() != null ? links.asOf() : LocalDate.now(clock);
        return Templates.cell(loaded.request, loaded.coverage, loaded.field, loaded.cell, history.changes(),
                history.more() ? JurisdictionPage.fullHistory(links, "jurisdiction=" + loaded.coverage.jurisdiction.code
                        + "&field=" + URLEncoder.encode(loaded.field.key, StandardCharsets.UTF_8), links.asOf(),
                        ChangeHistory.Order.EFFECTIVE) : null, links, row, Status.values(), notice,
                CommunicationPages.citedBy(loaded.cell.responseId(), links.asOf()),
                citation(loaded, day), links.cellPath(loaded.coverage.jurisdiction.code, loaded.field.key)
                        + "?asOf=" + day, origin);
    }

    /**
     * The line a reporter pastes: "New York, SSN (last 4 digits): Refused since 30 June 2017 — News report ….
     * Compliance tracker, as of 26 November 2026:" followed by the permalink of that day's view.
     */
    static String citation(Loaded loaded, LocalDate day) {
        CellState cell = loaded.cell;
        StringBuilder text = new StringBuilder(loaded.coverage.jurisdiction.name).append(", ")
                .append(loaded.field.label).append(": ").append(cell.status().label);
        if (cell.effectiveDate() != null) {
            text.append(" since ").append(org.datarequest.tracker.web.TemplateExtensions.display(cell.effectiveDate()));
        }
        if (cell.sourceText() != null) {
            text.append(" \u2014 ").append(cell.sourceText());
        }
        return text.append(". Compliance tracker, as of ")
                .append(org.datarequest.tracker.web.TemplateExtensions.display(day)).append(':').toString();
    }
}
