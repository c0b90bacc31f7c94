package org.datarequest.tracker.webhook;

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

/** One event waiting for (or done with) its delivery to one endpoint: the outbox row. */
@Entity
@Table(name = "webhook_outbox")
public class OutboxEvent extends PanacheEntityBase {

    public enum State { PENDING, DELIVERED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "endpoint_id", nullable = false)
    public Long endpointId;

    /** The event's id, the same in every retry, so a receiver can drop a duplicate. */
    @Column(name = "event_id", nullable = false, length = 40)
    public String eventId;

    @Column(name = "event_type", nullable = false, length = 40)
    public String eventType;

    @Column(name = "change_set_id")
    public Long changeSetId;

    /** The exact bytes (UTF-8) that are sent and signed. */
    @Column(nullable = false, length = 10000000)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public String body;

    @Column(nullable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public State state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 60)
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
