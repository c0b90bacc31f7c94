package org.datarequest.tracker.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.tracking.CellValue;
import org.datarequest.tracker.tracking.Response;
import org.datarequest.tracker.tracking.Status;
import org.hibernate.annotations.Immutable;

/**
 * One append-only record of a cell changing: the status before and the whole value after, when it took
 * effect, when and by whom it was recorded, and the source. Hibernate never updates an {@code @Immutable} row.
 */
@Entity
@Immutable
@Table(name = "cell_change")
public class CellChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id")
    public Response response;

    @Column(name = "request_id", nullable = false)
    public Long requestId;

    @Column(name = "jurisdiction_code", nullable = false)
    public String jurisdictionCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "field_id")
    public RequestedField field;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_status", nullable = false)
    public Status oldStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", nullable = false)
    public Status newStatus;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    public String note;

    @Column(name = "legal_basis")
    public String legalBasis;

    public String conditions;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "source_title")
    public String sourceTitle;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public static CellChange of(Response cell, Status oldStatus, CellValue value, Instant recordedAt,
                                String recordedBy) {
        CellChange change = new CellChange();
        change.response = cell;
        change.requestId = cell.request.id;
        change.jurisdictionCode = cell.jurisdiction.code;
        change.field = cell.field;
        change.oldStatus = oldStatus;
        change.newStatus = value.status();
        change.effectiveDate = value.effectiveDate();
        change.note = value.note();
        change.legalBasis = value.legalBasis();
        change.conditions = value.conditions();
        change.sourceUrl = value.sourceUrl();
        change.sourceTitle = value.sourceTitle();
        change.recordedAt = recordedAt;
        change.recordedBy = recordedBy;
        return change;
    }

    public CellValue value() {
        return new CellValue(newStatus, effectiveDate, note, legalBasis, conditions, sourceUrl, sourceTitle);
    }
}
