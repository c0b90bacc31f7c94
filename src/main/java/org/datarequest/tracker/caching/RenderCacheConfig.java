package org.datarequest.tracker.caching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code tracker.render-cache.*}: keeping rendered pages in memory while their data version holds. */
@ConfigMapping(prefix = "tracker.render-cache")
public interface RenderCacheConfig {

    /** Off, every page is rendered for every request (ETags and 304 answers still apply). */
    @WithDefault("true")
    boolean enabled();

    /** The most memory the kept pages may take, in megabytes. */
    @WithDefault("32")
    int maxMb();
}
