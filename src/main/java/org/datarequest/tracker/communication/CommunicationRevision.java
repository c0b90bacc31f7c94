package org.datarequest.tracker.communication;

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
import org.datarequest.tracker.request.DataRequest;
import org.hibernate.annotations.Immutable;

/**
 * One append-only record of a communication being added, edited or deleted, or its document attached or
 * removed: who, when, and the communication before and after as JSON. It keeps the communication's id without a
 * foreign key, so it outlives a deletion. The revisions of the timeline entries it replaces are kept here too.
 */
@Entity
@Immutable
@Table(name = "communication_revision")
public class CommunicationRevision extends PanacheEntityBase {

    public enum Action { ADD, EDIT, DELETE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "communication_id", nullable = false)
    public Long communicationId;

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

    public static List<CommunicationRevision> of(DataRequest request) {
        return list("requestId = ?1 order by recordedAt desc, id desc", request.id);
    }

    public static List<CommunicationRevision> of(Communication communication) {
        return list("communicationId = ?1 order by recordedAt desc, id desc", communication.id);
    }
}
