package org.datarequest.tracker.caching;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read page or export whose content follows from data versions: which request it shows (none for the pages
 * over every request) and whether its rendering may be kept for other readers. Forms that write (edit, bulk,
 * import) and admin pages are not read pages. JSON reads of the API are the same for every reader and are kept whole.
 */
record ReadPage(String slug, boolean shareable, boolean api) {

    private static final Pattern REQUEST_PAGE = Pattern.compile("^/(api/)?requests/([^/]+)(/.*)?$");
    private static final Pattern SHAREABLE = Pattern.compile("^(|/matrix|/jurisdictions/[^/]+)$");
    private static final Pattern READ = Pattern.compile(
            "^(|/matrix|/jurisdictions/[^/]+|/cells/[^/]+/[^/]+|/changes|/changes\\.atom|/changes/sets/\\d+"
            + "|/jurisdictions/[^/]+/changes\\.atom|/fields/[^/]+/changes\\.atom|/communications|/communications/\\d+"
            + "|/map\\.svg|/export/[a-z]+\\.csv|/export/datapackage\\.zip)$");

    /** Whether the page shows every request rather than one. */
    boolean overAllRequests() {
        return slug == null;
    }

    static Optional<ReadPage> of(String path) {
        if (path.equals("/") || path.equals("/requests") || path.equals("/api/requests")) {
            boolean api = path.startsWith("/api");
            return Optional.of(new ReadPage(null, !api, api));
        }
        Matcher matcher = REQUEST_PAGE.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        boolean api = matcher.group(1) != null;
        String rest = matcher.group(3) == null ? "" : matcher.group(3);
        if (api) {
            // every read of the API under a request follows from its data version
            return Optional.of(new ReadPage(matcher.group(2), false, true));
        }
        if (!READ.matcher(rest).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ReadPage(matcher.group(2), SHAREABLE.matcher(rest).matches(), false));
    }
}
