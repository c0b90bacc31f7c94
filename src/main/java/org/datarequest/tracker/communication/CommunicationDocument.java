package org.datarequest.tracker.communication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The document attached to a communication (a PDF or an image), its bytes in the database so that backups, the
 * copy to a new database and several instances all have it. The bytes were checked before this row existed.
 */
@Entity
@Table(name = "communication_document")
public class CommunicationDocument extends PanacheEntityBase {

    @Id
    @Column(name = "communication_id")
    public Long communicationId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long size;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** The size in words: "1.2 MB", "35 KB". */
    public String sizeText() {
        if (size >= 1024 * 1024) {
            return String.format(java.util.Locale.ENGLISH, "%.1f MB", size / (1024.0 * 1024.0));
        }
        return Math.max(1, (size + 1023) / 1024) + " KB";
    }
}
