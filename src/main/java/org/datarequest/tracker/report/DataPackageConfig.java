package org.datarequest.tracker.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The licence the data package declares ({@code tracker.data-package.*}); README lists the settings. */
@ConfigMapping(prefix = "tracker.data-package")
public interface DataPackageConfig {

    /** An SPDX-style identifier of the data's licence. */
    @WithDefault("ODC-BY-1.0")
    String licenseName();

    @WithDefault("Open Data Commons Attribution License 1.0")
    String licenseTitle();

    @WithDefault("https://opendatacommons.org/licenses/by/1-0/")
    String licensePath();
}
