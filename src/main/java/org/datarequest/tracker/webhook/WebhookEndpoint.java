package org.datarequest.tracker.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** An address that receives a request's change sets as signed JSON events, optionally only some of them. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public Long requestId;

    @Column(nullable = false, length = 2000)
    public String url;

    /** The HMAC-SHA256 key of the signatures; shown to admins so the receiver can check them. */
    @Column(nullable = false, length = 100)
    public String secret;

    /** Only changes of this jurisdiction (null: every one). */
    @Column(name = "jurisdiction_code", length = 8)
    public String jurisdictionCode;

    /** Only changes of this field (null: every one). */
    @Column(name = "field_key", length = 100)
    public String fieldKey;

    /** Only changes to this status (null: every one). */
    @Column(length = 40)
    public String status;

    @Column(length = 200)
    public String description;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    public String createdBy;

    public static List<WebhookEndpoint> activeFor(long requestId) {
        return list("requestId = ?1 and active = true order by id", requestId);
    }

    public static List<WebhookEndpoint> of(long requestId) {
        return list("requestId = ?1 order by id", requestId);
    }

    /** What the endpoint receives, in words. */
    public String filterText() {
        StringBuilder text = new StringBuilder();
        if (jurisdictionCode != null) {
            text.append("jurisdiction ").append(jurisdictionCode);
        }
        if (fieldKey != null) {
            text.append(text.isEmpty() ? "" : ", ").append("field ").append(fieldKey);
        }
        if (status != null) {
            text.append(text.isEmpty() ? "" : ", ").append("status ").append(status);
        }
        return text.isEmpty() ? "every change" : text.toString();
    }
}
