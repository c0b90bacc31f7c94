package org.datarequest.tracker.request;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.web.NotFound;

/** Look-ups by the names that appear in addresses, answering 404 when there is nothing by that name. */
public final class Requests {

    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2}");

    private Requests() {
    }

    public static DataRequest bySlug(String slug) {
        if (!RequestForm.couldBeSlug(slug)) {
            throw NotFound.of("request", String.valueOf(slug));
        }
        return DataRequest.findBySlug(slug).orElseThrow(() -> NotFound.of("request", slug));
    }

    /**
     * A jurisdiction a request covers, by the request's slug and the jurisdiction's USPS code in any case, with the
     * request and the jurisdiction read in the same statement: the pages and API calls of one jurisdiction start
     * from both names, and a statement costs these pages more than the rows it reads. Only when there is no such
     * coverage, the look-ups one by one say which name is unknown.
     */
    public static Coverage coverage(String slug, String code) {
        if (RequestForm.couldBeSlug(slug) && couldBeCode(code)) {
            List<Coverage> found = Coverage.getEntityManager().createQuery("select c from Coverage c"
                            + " join fetch c.request r join fetch c.jurisdiction"
                            + " where r.slug = ?1 and c.key.jurisdictionCode = ?2", Coverage.class)
                    .setParameter(1, slug).setParameter(2, code.toUpperCase(Locale.ROOT)).getResultList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return coverage(bySlug(slug), code);
    }

    /** A jurisdiction the request covers, by its USPS code in any case. */
    public static Coverage coverage(DataRequest request, String code) {
        if (!couldBeCode(code)) {
            throw NotFound.of("jurisdiction", String.valueOf(code));
        }
        // One statement for the coverage with its jurisdiction; only when there is none, a second one tells an
        // unknown code from a jurisdiction the request does not cover.
        Coverage coverage = Coverage.<Coverage>find("select c from Coverage c join fetch c.jurisdiction"
                        + " where c.key.requestId = ?1 and c.key.jurisdictionCode = ?2",
                request.id, code.toUpperCase(Locale.ROOT)).singleResultOptional().orElse(null);
        if (coverage == null) {
            Jurisdiction.findByCode(code).orElseThrow(() -> NotFound.of("jurisdiction", code));
            throw NotFound.of("jurisdiction in this request with the code", code);
        }
        return coverage;
    }

    private static boolean couldBeCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public static RequestedField field(DataRequest request, String key) {
        if (key == null || key.length() > 60 || !org.datarequest.tracker.PlainText.Check.isPlain(key)) {
            throw NotFound.of("field in this request with the key", String.valueOf(key));
        }
        return RequestedField.<RequestedField>find("request = ?1 and key = ?2", request, key).firstResultOptional()
                .orElseThrow(() -> NotFound.of("field in this request with the key", key));
    }
}
