package org.datarequest.tracker.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Uploaded files waiting between their preview and their apply, kept in the database under the uploader, the
 * request and the file's SHA-256, with the cell versions the preview saw. The apply reads the file from here,
 * never from the browser, so it writes exactly what was previewed — on whichever instance the apply lands.
 * Each account has its own previews (at most {@value #MAX_PER_ACCOUNT}, one hour each): nobody else's uploads
 * push yours out.
 */
@ApplicationScoped
public class ImportUploads {

    static final int MAX_PER_ACCOUNT = 16;
    static final Duration KEPT_FOR = Duration.ofHours(1);

    /** One previewed file: its bytes and, per cell it would change, the version that cell had at preview. */
    public record Upload(byte[] content, Map<Long, Long> versionsSeen, Instant at) {
    }

    private final Clock clock;

    public ImportUploads(Clock clock) {
        this.clock = clock;
    }

    public void keep(String user, long requestId, String sha256, byte[] content, Map<Long, Long> versionsSeen) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            ImportUpload.delete("createdAt < ?1", now.minus(KEPT_FOR));
            ImportUpload.delete("username = ?1 and requestId = ?2 and sha256 = ?3", user, requestId, sha256);
            long kept = ImportUpload.count("username", user);
            if (kept >= MAX_PER_ACCOUNT) {
                ImportUpload.<ImportUpload>find("username = ?1 order by createdAt, id", user)
                        .range(0, (int) (kept - MAX_PER_ACCOUNT)).list().forEach(ImportUpload::delete);
            }
            ImportUpload upload = new ImportUpload();
            upload.username = user;
            upload.requestId = requestId;
            upload.sha256 = sha256;
            upload.content = Base64.getEncoder().encodeToString(content);
            upload.versionsSeen = versionsSeen.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                    .collect(Collectors.joining(","));
            upload.createdAt = now;
            upload.persist();
        });
    }

    public Optional<Upload> find(String user, long requestId, String sha256) {
        Instant horizon = clock.instant().minus(KEPT_FOR);
        return QuarkusTransaction.requiringNew().call(() -> ImportUpload
                .<ImportUpload>find("username = ?1 and requestId = ?2 and sha256 = ?3 and createdAt >= ?4",
                        user, requestId, sha256, horizon)
                .firstResultOptional().map(ImportUploads::upload));
    }

    public void forget(String user, long requestId, String sha256) {
        QuarkusTransaction.requiringNew().run(() -> ImportUpload.delete(
                "username = ?1 and requestId = ?2 and sha256 = ?3", user, requestId, sha256));
    }

    private static Upload upload(ImportUpload row) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        if (!row.versionsSeen.isEmpty()) {
            for (String pair : row.versionsSeen.split(",")) {
                int colon = pair.indexOf(':');
                versions.put(Long.parseLong(pair.substring(0, colon)), Long.parseLong(pair.substring(colon + 1)));
            }
        }
        return new Upload(Base64.getDecoder().decode(row.content), Map.copyOf(versions), row.createdAt);
    }
}
