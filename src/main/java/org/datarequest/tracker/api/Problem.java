package org.datarequest.tracker.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one shape of every error the API answers (RFC 9457 problem details, {@code application/problem+json}).
 * Only documentation: answers are built by {@link Problems} and {@code web/ErrorPages}. The OpenAPI filter
 * ({@link OpenApiContract}) points every 4xx and 5xx response of every operation at this schema.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail. code is a stable machine-readable reason;"
        + " parameter names the query parameter or input at fault; errors lists each invalid item of a write;"
        + " conflicts lists each cell someone saved since it was read")
public record Problem(@Schema(required = true, example = "about:blank") String type,
                      @Schema(required = true, example = "Unprocessable Content") String title,
                      @Schema(required = true, example = "422") int status,
                      String detail,
                      String code,
                      String parameter,
                      List<ApiWrites.ItemErrors> errors,
                      List<ApiWrites.Conflict> conflicts) {

    static final String MEDIA_TYPE = "application/problem+json";
}
