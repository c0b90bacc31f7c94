package org.datarequest.tracker.tracking;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.CommunicationDocument;
import org.datarequest.tracker.communication.Communications;
import org.datarequest.tracker.communication.Kind;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.BadParameterException;
import org.datarequest.tracker.web.Links;
import org.datarequest.tracker.web.NotFound;
import org.datarequest.tracker.web.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A request's communications for readers: the list (filtered by jurisdiction, kind and as-of day), one
 * communication with the cells whose changes cite it, and its document, served as the bytes that were checked
 * and stored, never as HTML.
 */
@Path("/requests/{slug}/communications")
@Produces(MediaType.TEXT_HTML)
@Transactional(Transactional.TxType.SUPPORTS)
public class CommunicationPages {

    /** A cell whose changes cite the communication. */
    public record TouchedCell(String jurisdictionCode, String jurisdictionName, String fieldKey, String fieldLabel) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(DataRequest request, List<Communication> entries, String jurisdiction,
                                            String kind, Kind[] kinds, List<Jurisdiction> jurisdictions, Links links);

        static native TemplateInstance detail(DataRequest request, Communication entry,
                                              Communications.DocumentInfo document, List<TouchedCell> cells,
                                              boolean visible, Links links);
    }

    @GET
    public TemplateInstance list(@RestPath String slug, @RestQuery String jurisdiction, @RestQuery String kind,
                                 @RestQuery String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf);
        DataRequest request = Requests.bySlug(slug);
        String code = QueryParams.text("jurisdiction", jurisdiction, 2);
        Jurisdiction chosen = null;
        if (code != null && !code.isBlank()) {
            chosen = Jurisdiction.findByCode(code).orElseThrow(() -> new BadParameterException("jurisdiction", code,
                    "There is no jurisdiction \u201c" + code + "\u201d."));
        }
        Kind chosenKind = null;
        if (kind != null && !kind.isBlank()) {
            chosenKind = Kind.parse(kind).orElseThrow(() -> new BadParameterException("kind", kind,
                    "Choose a kind such as LETTER, STATEMENT or RULING."));
        }
        return Templates.list(request, Communications.filtered(request, chosen, chosenKind, day, false),
                chosen == null ? "" : chosen.code, chosenKind == null ? "" : chosenKind.name(), Kind.values(),
                Jurisdiction.listByName(), new Links(request.slug, day));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath String slug, @RestPath long id, @RestQuery String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf);
        DataRequest request = Requests.bySlug(slug);
        Communication entry = Communications.find(request, id);
        List<TouchedCell> cells = Communication.getEntityManager().createQuery("select distinct ch.jurisdictionCode,"
                        + " j.name, f.key, f.label, f.position from CellChange ch join ch.field f, Jurisdiction j"
                        + " where j.code = ch.jurisdictionCode and ch.communicationId = :id"
                        + " order by ch.jurisdictionCode, f.position", Object[].class)
                .setParameter("id", entry.id).getResultList().stream()
                .map(row -> new TouchedCell((String) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
        return Templates.detail(request, entry, Communications.document(entry.id).orElse(null), cells,
                entry.precision.visibleAsOf(entry.occurredOn, day), new Links(request.slug, day));
    }

    /**
     * The attached document as stored: its own content type (a PDF or an image, checked at upload), a download
     * unless it is an image, and {@code nosniff} so no browser reads it as anything else.
     */
    @GET
    @Path("{id}/document")
    @Produces(MediaType.WILDCARD)
    public Response document(@RestPath String slug, @RestPath long id) {
        Communication entry = Communications.find(Requests.bySlug(slug), id);
        CommunicationDocument document = CommunicationDocument.findById(entry.id);
        if (document == null) {
            throw NotFound.of("document of the communication", String.valueOf(id));
        }
        String disposition = document.isImage() ? "inline" : "attachment";
        return Response.ok(document.content, document.contentType)
                .header("Content-Disposition", disposition + "; filename=\"" + asciiName(document.fileName)
                        + "\"; filename*=UTF-8''" + java.net.URLEncoder.encode(document.fileName,
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-cache")
                .build();
    }

    /** The communications cited by the changes of one cell, in date order, as of a day (all when null). */
    static List<Communication> citedBy(long cellId, LocalDate asOf) {
        var query = Communication.getEntityManager().createQuery("select c from Communication c left join fetch"
                        + " c.jurisdiction where c.id in (select ch.communicationId from CellChange ch"
                        + " where ch.cell.id = :cell)" + (asOf == null ? "" : " and c.countsFrom <= :asOf")
                        + " order by c.occurredOn, c.id", Communication.class)
                .setParameter("cell", cellId);
        return (asOf == null ? query : query.setParameter("asOf", asOf)).getResultList();
    }

    private static String asciiName(String name) {
        return name.replaceAll("[^A-Za-z0-9._ -]", "_");
    }
}
