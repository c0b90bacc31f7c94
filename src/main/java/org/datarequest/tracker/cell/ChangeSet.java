package org.datarequest.tracker.cell;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One save: every change written by one form, bulk apply, import, API call or revert, with who, when, how,
 * a summary and the source it cites. Append-only, like its changes.
 */
@Entity
@Immutable
@Table(name = "change_set")
public class ChangeSet extends PanacheEntityBase {

    /** How a change set was made. */
    public enum Method {
        FORM("one-form editor"),
        CELL("cell form"),
        BULK("bulk edit"),
        IMPORT("CSV import"),
        API("API"),
        EXAMPLE("example data"),
        REVERT("revert"),
        EARLIER("recorded before change sets were kept");

        public final String label;

        Method(String label) {
            this.label = label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public Long requestId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Method method;

    @Column(nullable = false)
    public String summary;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "source_title")
    public String sourceTitle;

    /** The change set this one undoes, for a revert. */
    /** The communication the save cites (letter-first entry, or one picked in an editor), or null. */
    @Column(name = "communication_id")
    public Long communicationId;

    @Column(name = "reverts_id")
    public Long revertsId;

    public boolean isRevert() {
        return revertsId != null;
    }
}
