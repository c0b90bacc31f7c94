package org.datarequest.tracker.request;

import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.web.NotFound;

/** Look-ups by the names that appear in addresses, answering 404 when there is nothing by that name. */
public final class Requests {

    private Requests() {
    }

    public static DataRequest bySlug(String slug) {
        if (!RequestForm.couldBeSlug(slug)) {
            throw NotFound.of("request", String.valueOf(slug));
        }
        return DataRequest.findBySlug(slug).orElseThrow(() -> NotFound.of("request", slug));
    }

    /** A jurisdiction the request covers, by its USPS code in any case. */
    public static Coverage coverage(DataRequest request, String code) {
        if (code == null || !code.matches("[A-Za-z]{2}")) {
            throw NotFound.of("jurisdiction", String.valueOf(code));
        }
        // One statement for the coverage with its jurisdiction; only when there is none, a second one tells an
        // unknown code from a jurisdiction the request does not cover.
        Coverage coverage = Coverage.<Coverage>find("select c from Coverage c join fetch c.jurisdiction"
                        + " where c.key.requestId = ?1 and c.key.jurisdictionCode = ?2",
                request.id, code.toUpperCase(java.util.Locale.ROOT)).singleResultOptional().orElse(null);
        if (coverage == null) {
            Jurisdiction.findByCode(code).orElseThrow(() -> NotFound.of("jurisdiction", code));
            throw NotFound.of("jurisdiction in this request with the code", code);
        }
        return coverage;
    }

    public static RequestedField field(DataRequest request, String key) {
        if (key == null || key.length() > 60 || !org.datarequest.tracker.PlainText.Check.isPlain(key)) {
            throw NotFound.of("field in this request with the key", String.valueOf(key));
        }
        return RequestedField.<RequestedField>find("request = ?1 and key = ?2", request, key).firstResultOptional()
                .orElseThrow(() -> NotFound.of("field in this request with the key", key));
    }
}
