package org.datarequest.tracker.communication;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.web.NotFound;

/**
 * Every read of communications: by id (for pages, the API and the records that cite one, such as cell changes
 * and litigation), and lists filtered by jurisdiction, kind and as-of day. Each list is one statement, with the
 * jurisdictions fetched in it. As of a day, a list holds what counts from that day or earlier
 * ({@link DatePrecision#countsFrom}).
 */
public final class Communications {

    /** A document's description without its bytes. */
    public record DocumentInfo(long communicationId, String fileName, String contentType, long size, String sha256,
                               java.time.Instant uploadedAt, String uploadedBy) {

        public boolean isImage() {
            return contentType.startsWith("image/");
        }

        public String sizeText() {
            if (size >= 1024 * 1024) {
                return String.format(java.util.Locale.ENGLISH, "%.1f MB", size / (1024.0 * 1024.0));
            }
            return Math.max(1, (size + 1023) / 1024) + " KB";
        }
    }

    private static final String SELECT = "select c from Communication c left join fetch c.jurisdiction";

    private Communications() {
    }

    /** A communication of the request, or 404: an id from another request is not found here. */
    public static Communication find(DataRequest request, long id) {
        return byId(request, id).orElseThrow(() -> NotFound.of("communication in this request with the id",
                String.valueOf(id)));
    }

    /** The lookup for records that cite a communication by id. */
    public static Optional<Communication> byId(DataRequest request, long id) {
        return Communication.<Communication>find(SELECT + " where c.id = ?1 and c.request = ?2", id, request)
                .firstResultOptional();
    }

    /** A request's communications, newest first, as of a day (all when null). */
    public static List<Communication> of(DataRequest request, LocalDate asOf) {
        return filtered(request, null, null, asOf, false);
    }

    /** One jurisdiction's communications in date order (its story), as of a day (all when null). */
    public static List<Communication> story(DataRequest request, Jurisdiction jurisdiction, LocalDate asOf) {
        return filtered(request, jurisdiction, null, asOf, true);
    }

    /** Filtered by jurisdiction and kind (each optional), as of a day, newest first or oldest first. */
    public static List<Communication> filtered(DataRequest request, Jurisdiction jurisdiction, Kind kind,
                                               LocalDate asOf, boolean oldestFirst) {
        StringBuilder query = new StringBuilder(SELECT).append(" where c.request = :request");
        var parameters = new java.util.HashMap<String, Object>();
        parameters.put("request", request);
        if (jurisdiction != null) {
            query.append(" and c.jurisdiction = :jurisdiction");
            parameters.put("jurisdiction", jurisdiction);
        }
        if (kind != null) {
            query.append(" and c.kind = :kind");
            parameters.put("kind", kind);
        }
        if (asOf != null) {
            query.append(" and c.countsFrom <= :asOf");
            parameters.put("asOf", asOf);
        }
        query.append(oldestFirst ? " order by c.occurredOn, c.id" : " order by c.occurredOn desc, c.id desc");
        return Communication.<Communication>find(query.toString(), parameters).list();
    }

    /** The description of a communication's document, without reading its bytes. */
    public static Optional<DocumentInfo> document(long communicationId) {
        return CommunicationDocument.getEntityManager().createQuery("select d.communicationId, d.fileName,"
                        + " d.contentType, d.size, d.sha256, d.uploadedAt, d.uploadedBy from CommunicationDocument d"
                        + " where d.communicationId = :id", DocumentInfo.class)
                .setParameter("id", communicationId).getResultList().stream().findFirst();
    }
}
