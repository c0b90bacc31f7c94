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

/** One try to deliver an event: the delivery log admins read. */
@Entity
@Table(name = "webhook_delivery")
public class DeliveryAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "outbox_id", nullable = false)
    public Long outboxId;

    @Column(name = "endpoint_id", nullable = false)
    public Long endpointId;

    @Column(nullable = false)
    public int attempt;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    /** The receiver's HTTP status, or null when none came (refused, timed out, not allowed). */
    @Column(name = "http_status")
    public Integer httpStatus;

    @Column(length = 500)
    public String error;

    @Column(name = "duration_ms", nullable = false)
    public long durationMs;

    public boolean succeeded() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }

    public static List<DeliveryAttempt> latestOf(long endpointId, int limit) {
        return find("endpointId = ?1 order by id desc", endpointId).page(0, limit).list();
    }
}
