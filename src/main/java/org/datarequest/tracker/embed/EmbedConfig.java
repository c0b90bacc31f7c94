package org.datarequest.tracker.embed;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** The settings under {@code tracker.embed.*}; README lists them. */
@ConfigMapping(prefix = "tracker.embed")
public interface EmbedConfig {

    /**
     * The origins that may show the embeddable map and matrix ({@code /embed/…}) in a frame, such as
     * {@code https://www.newsroom.example} or {@code https://*.newsroom.example}: the {@code frame-ancestors} of
     * those pages. Empty (the default): they cannot be framed either. Every other page is never framed.
     */
    Optional<List<String>> frameAncestors();
}
