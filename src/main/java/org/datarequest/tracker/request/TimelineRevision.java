package org.datarequest.tracker.request;

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
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * One append-only record of a timeline entry being added, edited or deleted: who, when, and the entry
 * before and after as JSON. It keeps the entry's id without a foreign key, so it outlives a deletion.
 */
@Entity
@Immutable
@Table(name = "timeline_revision")
public class TimelineRevision extends PanacheEntityBase {

    public enum Action { ADD, EDIT, DELETE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_id", nullable = false)
    public Long entryId;

    @Column(name = "request_id", nullable = false)
    public Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "before_value")
    public String before;

    @Column(name = "after_value")
    public String after;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public static List<TimelineRevision> of(DataRequest request) {
        return list("requestId = ?1 order by recordedAt desc, id desc", request.id);
    }
}
