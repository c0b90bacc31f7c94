package org.datarequest.tracker.embed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.datarequest.tracker.TrackerConfig;

/** The "embed this" code shown on the dashboard ({@code tags/embedSnippet.html}), with absolute addresses. */
@Named("embedSnippet")
@ApplicationScoped
public class EmbedSnippet {

    private final String base;
    private final EmbedFraming framing;

    public EmbedSnippet(TrackerConfig config, EmbedFraming framing) {
        this.base = TrackerConfig.absoluteBase(config);
        this.framing = framing;
    }

    public boolean framable() {
        return framing.framable();
    }

    public String mapCode(String slug, String title) {
        return iframe(base + "/embed/requests/" + encode(slug) + "/map", "Map: " + title, 560);
    }

    public String matrixCode(String slug, String title) {
        return iframe(base + "/embed/requests/" + encode(slug) + "/matrix", "Matrix: " + title, 640);
    }

    public String svgAddress(String slug) {
        return base + "/requests/" + encode(slug) + "/map.svg";
    }

    private static String iframe(String src, String title, int height) {
        return "<iframe src=\"" + src + "\" title=\"" + title.replace("&", "&amp;").replace("\"", "&quot;")
                .replace("<", "&lt;") + "\" width=\"100%\" height=\"" + height + "\" style=\"border:0\" loading=\"lazy\"></iframe>";
    }

    private static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
