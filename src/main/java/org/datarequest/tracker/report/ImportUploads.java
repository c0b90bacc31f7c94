package org.datarequest.tracker.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Uploaded files waiting between their preview and their apply, kept in memory under the uploader, the
 * request and the file's SHA-256, with the cell versions the preview saw. The apply reads the file from here,
 * never from the browser, so it writes exactly what was previewed. Bounded in number and age: an upload left
 * unapplied simply has to be uploaded again.
 */
@ApplicationScoped
public class ImportUploads {

    static final int MAX_UPLOADS = 16;
    static final Duration KEPT_FOR = Duration.ofHours(1);

    /** One previewed file: its bytes and, per cell it would change, the version that cell had at preview. */
    public record Upload(byte[] content, Map<Long, Long> versionsSeen, Instant at) {
    }

    private final Clock clock;
    private final Map<String, Upload> uploads = new LinkedHashMap<>(MAX_UPLOADS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Upload> eldest) {
            return size() > MAX_UPLOADS;
        }
    };

    public ImportUploads(Clock clock) {
        this.clock = clock;
    }

    public synchronized void keep(String user, long requestId, String sha256, byte[] content,
                                  Map<Long, Long> versionsSeen) {
        uploads.put(key(user, requestId, sha256), new Upload(content, Map.copyOf(versionsSeen), clock.instant()));
    }

    public synchronized Optional<Upload> find(String user, long requestId, String sha256) {
        uploads.values().removeIf(upload -> upload.at().plus(KEPT_FOR).isBefore(clock.instant()));
        return Optional.ofNullable(uploads.get(key(user, requestId, sha256)));
    }

    public synchronized void forget(String user, long requestId, String sha256) {
        uploads.remove(key(user, requestId, sha256));
    }

    private static String key(String user, long requestId, String sha256) {
        return user + "\n" + requestId + "\n" + sha256;
    }
}
