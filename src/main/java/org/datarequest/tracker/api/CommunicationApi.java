package org.datarequest.tracker.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.CommunicationDocument;
import org.datarequest.tracker.communication.CommunicationEditor;
import org.datarequest.tracker.communication.CommunicationForm;
import org.datarequest.tracker.communication.Communications;
import org.datarequest.tracker.communication.DocumentCheck;
import org.datarequest.tracker.communication.Kind;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.BadParameterException;
import org.datarequest.tracker.web.InvalidInput;
import org.datarequest.tracker.web.NotFound;
import org.datarequest.tracker.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A request's communications: list, read, create and update them, and upload or download their document. */
@Path("/api/requests/{slug}/communications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communications")
@Transactional(Transactional.TxType.SUPPORTS)
public class CommunicationApi {

    @Schema(description = "The document attached to a communication")
    public record DocumentView(String fileName, String contentType, long size, String sha256, Instant uploadedAt,
                               String uploadedBy, String url) {
    }

    @Schema(description = "A dated record on the request: a letter, email, statement, press report, filing or ruling")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record CommunicationView(long id, String kind, String direction,
                                    @Schema(description = "2025-09-05, 2025-09 or 2025, as precise as it is known")
                                    String date,
                                    @Schema(enumeration = {"DAY", "MONTH", "YEAR"}) String precision,
                                    @Schema(description = "The day views as of a date start showing it")
                                    LocalDate countsFrom, String jurisdiction, String jurisdictionName, String title,
                                    String speaker, String office, String quote, String sourceUrl, String sourceTitle,
                                    String url, DocumentView document) {

        static CommunicationView of(Communication c, Communications.DocumentInfo document) {
            String url = "/requests/" + c.request.slug + "/communications/" + c.id;
            return new CommunicationView(c.id, c.kind.name(), c.direction.name(), c.dateIso(), c.precision.name(),
                    c.countsFrom, c.jurisdiction == null ? null : c.jurisdiction.code,
                    c.jurisdiction == null ? null : c.jurisdiction.name, c.title, c.speaker, c.office, c.quote,
                    c.sourceUrl, c.sourceTitle, url, document == null ? null : new DocumentView(document.fileName(),
                    document.contentType(), document.size(), document.sha256(), document.uploadedAt(),
                    document.uploadedBy(), url + "/document"));
        }
    }

    @Schema(description = "A communication to create or the whole new text of one to update; the rules of the form")
    public record CommunicationWrite(
            @Schema(required = true, example = "LETTER", enumeration = {"LETTER", "EMAIL", "STATEMENT", "PRESS_REPORT",
                    "FILING", "LAWSUIT", "RULING", "DEADLINE", "OTHER"}) String kind,
            @Schema(enumeration = {"TO_JURISDICTION", "FROM_JURISDICTION", "THIRD_PARTY"},
                    description = "Absent: to the jurisdiction for letters and emails, from it for its statements")
            String direction,
            @Schema(required = true, example = "2025-09") String date,
            @Schema(enumeration = {"DAY", "MONTH", "YEAR"}, description = "Absent: DAY") String precision,
            @Schema(example = "NY") String jurisdiction, @Schema(required = true) String title, String speaker,
            String office, String quote, String sourceUrl, String sourceTitle) {

        CommunicationForm form() {
            CommunicationForm form = new CommunicationForm();
            form.kind = kind;
            form.direction = direction;
            form.date = date;
            form.precision = precision;
            form.jurisdiction = jurisdiction;
            form.title = title;
            form.speaker = speaker;
            form.office = office;
            form.quote = quote;
            form.sourceUrl = sourceUrl;
            form.sourceTitle = sourceTitle;
            return form;
        }
    }

    private final CommunicationEditor editor;
    private final SecurityIdentity identity;

    public CommunicationApi(CommunicationEditor editor, SecurityIdentity identity) {
        this.editor = editor;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The request's communications, newest first, filtered by jurisdiction and kind, as of a day",
            description = "As of a day, a communication dated by month or year counts from the last day of it.")
    @APIResponse(responseCode = "200", description = "The communications",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CommunicationView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not understood",
            content = @Content(mediaType = "application/problem+json"))
    public List<CommunicationView> list(@RestPath String slug, @RestQuery String jurisdiction, @RestQuery String kind,
                                        @RestQuery String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf);
        DataRequest request = Requests.bySlug(slug);
        Jurisdiction chosen = jurisdiction == null || jurisdiction.isBlank() ? null
                : Jurisdiction.findByCode(jurisdiction).orElseThrow(() -> new BadParameterException("jurisdiction",
                jurisdiction, "There is no jurisdiction with this code."));
        Kind chosenKind = kind == null || kind.isBlank() ? null : Kind.parse(kind).orElseThrow(() ->
                new BadParameterException("kind", kind, "Use one of " + java.util.Arrays.toString(Kind.values()) + "."));
        List<Communication> found = Communications.filtered(request, chosen, chosenKind, day, false);
        Map<Long, Communications.DocumentInfo> documents = documents(found);
        return found.stream().map(c -> CommunicationView.of(c, documents.get(c.id))).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One communication")
    @APIResponse(responseCode = "200", description = "The communication",
            content = @Content(schema = @Schema(implementation = CommunicationView.class)))
    @APIResponse(responseCode = "404", description = "No such request or communication",
            content = @Content(mediaType = "application/problem+json"))
    public CommunicationView one(@RestPath String slug, @RestPath long id) {
        Communication c = Communications.find(Requests.bySlug(slug), id);
        return CommunicationView.of(c, Communications.document(c.id).orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Add a communication (editors)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = CommunicationView.class)))
    @APIResponse(responseCode = "422", description = "Invalid input, with a message per input name",
            content = @Content(mediaType = "application/problem+json"))
    public Response create(@RestPath String slug, CommunicationWrite write) {
        if (write == null) {
            return Problems.of(422, "Unprocessable Content", "Send a communication as JSON.");
        }
        try {
            Communication c = editor.add(slug, write.form(), user());
            return Response.created(URI.create("/api/requests/" + slug + "/communications/" + c.id))
                    .entity(CommunicationView.of(c, null)).build();
        } catch (InvalidInput invalid) {
            return invalid(invalid);
        }
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Replace a communication's text (editors); its earlier text is kept as a revision")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(schema = @Schema(implementation = CommunicationView.class)))
    @APIResponse(responseCode = "404", description = "No such request or communication",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Invalid input, with a message per input name",
            content = @Content(mediaType = "application/problem+json"))
    public Response update(@RestPath String slug, @RestPath long id, CommunicationWrite write) {
        if (write == null) {
            return Problems.of(422, "Unprocessable Content", "Send a communication as JSON.");
        }
        try {
            Communication c = editor.update(slug, id, write.form(), user());
            return Response.ok(CommunicationView.of(c, Communications.document(c.id).orElse(null))).build();
        } catch (InvalidInput invalid) {
            return invalid(invalid);
        }
    }

    @PUT
    @Path("{id}/document")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.EDITOR)
    @Operation(summary = "Attach a document (editors): the file's bytes as the body, its name in fileName",
            description = "A PDF or an image (PNG, JPEG, GIF, WebP) of at most 20 MB, recognised by its bytes"
                    + " whatever the Content-Type says; replaces a document already attached.")
    @APIResponse(responseCode = "200", description = "Attached",
            content = @Content(schema = @Schema(implementation = CommunicationView.class)))
    @APIResponse(responseCode = "404", description = "No such request or communication",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "Larger than the server accepts",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Not a PDF or image, too large, or a file name with folder parts",
            content = @Content(mediaType = "application/problem+json"))
    public Response attach(@RestPath String slug, @RestPath long id, @RestQuery String fileName, InputStream body)
            throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) DocumentCheck.MAX_BYTES + 1);
        try {
            editor.attach(slug, id, new CommunicationEditor.Upload() {
                @Override
                public String fileName() {
                    return fileName;
                }

                @Override
                public long size() {
                    return bytes.length;
                }

                @Override
                public InputStream open() {
                    return new ByteArrayInputStream(bytes);
                }
            }, user());
        } catch (InvalidInput invalid) {
            return invalid(invalid);
        }
        return Response.ok(one(slug, id)).build();
    }

    @GET
    @Path("{id}/document")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The attached document, byte for byte, with its own content type")
    @APIResponse(responseCode = "200", description = "The document (a PDF or an image), with the type it was stored as",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such communication or no document",
            content = @Content(mediaType = "application/problem+json"))
    public Response document(@RestPath String slug, @RestPath long id) {
        Communication c = Communications.find(Requests.bySlug(slug), id);
        CommunicationDocument document = CommunicationDocument.findById(c.id);
        if (document == null) {
            throw NotFound.of("document of the communication", String.valueOf(id));
        }
        return Response.ok(document.content, document.contentType)
                .header("Content-Disposition", "attachment; filename=\""
                        + document.fileName.replaceAll("[^A-Za-z0-9._ -]", "_") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", document.sha256).build();
    }

    private static Map<Long, Communications.DocumentInfo> documents(List<Communication> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        return Communication.getEntityManager().createQuery("select d.communicationId, d.fileName, d.contentType,"
                        + " d.size, d.sha256, d.uploadedAt, d.uploadedBy from CommunicationDocument d"
                        + " where d.communicationId in :ids", Communications.DocumentInfo.class)
                .setParameter("ids", found.stream().map(c -> c.id).toList()).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(Communications.DocumentInfo::communicationId, d -> d));
    }

    private static Response invalid(InvalidInput invalid) {
        Map<String, Object> problem = Problems.body(422, "Unprocessable Content",
                "Nothing was written: " + String.join(" ", invalid.errors.asMap().values()));
        // the one problem shape of the API: a list of items, here the one communication sent (index 0)
        problem.put("errors", List.of(new ApiWrites.ItemErrors(0, null, null, invalid.errors.asMap())));
        return Problems.of(problem);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Problems.unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problems.forbidden();
    }
}
