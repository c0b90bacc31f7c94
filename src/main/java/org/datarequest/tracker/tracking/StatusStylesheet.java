package org.datarequest.tracker.tracking;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.litigation.LitigationStatus;

/**
 * The colours of statuses ({@code .s-CODE}), stances ({@code .t-CODE}) and litigation ({@code .l-CODE}), written from the enums so the
 * palette lives in one place. SVG tiles use {@code fill}, everything else {@code background}.
 */
@Path("/styles/status.css")
public class StatusStylesheet {

    private static final String CSS = build();

    @GET
    @Produces("text/css")
    public Response stylesheet() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(CSS).cacheControl(cache).build();
    }

    private static String build() {
        StringBuilder css = new StringBuilder();
        for (Status status : Status.values()) {
            rule(css, "s-" + status.code(), status.colour, status.textColour);
        }
        for (Stance stance : Stance.values()) {
            rule(css, "t-" + stance.code(), stance.colour, stance.textColour);
        }
        for (LitigationStatus status : LitigationStatus.values()) {
            rule(css, "l-" + status.code(), status.colour, status.textColour);
        }
        return css.toString();
    }

    private static void rule(StringBuilder css, String name, String colour, String text) {
        css.append('.').append(name).append("{background-color:").append(colour).append(";color:").append(text)
                .append("}\n");
        css.append("rect.").append(name).append("{fill:").append(colour).append("}\n");
        css.append("text.").append(name).append("{fill:").append(text).append("}\n");
        css.append(".").append(name).append(" a{color:").append(text).append("}\n");
    }
}
