package org.datarequest.tracker.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One previewed CSV file waiting to be applied by the account that uploaded it (see {@link ImportUploads}). */
@Entity
@Table(name = "import_preview")
public class ImportUpload extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 60)
    public String username;

    @Column(name = "request_id", nullable = false)
    public long requestId;

    @Column(nullable = false, length = 64)
    public String sha256;

    /** The file's bytes in Base64. */
    @Column(nullable = false, length = 1500000)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public String content;

    /** {@code cellId:version} pairs, comma-separated: the version each changed cell had at preview. */
    @Column(name = "versions_seen", nullable = false, length = 1000000)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public String versionsSeen;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
