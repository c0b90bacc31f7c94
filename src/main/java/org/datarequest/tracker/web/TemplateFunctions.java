package org.datarequest.tracker.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;

/**
 * Functions templates call as {@code {web:name(…)}}; unlike extension methods they accept null arguments,
 * such as a cell that was never verified.
 */
@TemplateExtension(namespace = "web")
public class TemplateFunctions {

    /** Whether a stored address may be shown as a link: http and https only, never {@code javascript:}. */
    public static boolean isLink(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }

    /** How long ago a moment was, for freshness: "today", "1 day ago", "12 days ago". */
    public static String ago(Instant moment, Instant now) {
        if (moment == null) {
            return "never";
        }
        long days = Duration.between(moment, now).toDays();
        return days <= 0 ? "today" : days == 1 ? "1 day ago" : days + " days ago";
    }

    /** Today in the tracker's zone ({@code tracker.zone}), to pre-fill effective dates visibly. */
    static String today() {
        String zone = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("tracker.zone", String.class).orElse("America/New_York");
        return java.time.LocalDate.now(java.time.ZoneId.of(zone)).toString();
    }

    /** Whether a verification is older than 30 days: pages flag such cells as due for a check. */
    static boolean isStale(Instant moment, Instant now) {
        return moment == null || Duration.between(moment, now).toDays() > 30;
    }

}
