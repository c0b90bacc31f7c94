package org.datarequest.tracker.cell;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.request.RequestedField;
import org.hibernate.annotations.Immutable;

/**
 * One append-only record of a cell changing: the whole new value, when it took effect, when and by whom it
 * was recorded, in which change set. Hibernate never updates an {@code @Immutable} row.
 *
 * <p>What the cell held before ("from") is not stored: it depends on every change that takes effect earlier,
 * including ones recorded later. {@link ChangeHistory} derives it in effective order and sets {@link #previous}.
 */
@Entity
@Immutable
@Table(name = "cell_change")
public class CellChange extends PanacheEntityBase implements EffectiveOrder.Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id")
    public Cell cell;

    @Column(name = "request_id", nullable = false)
    public Long requestId;

    @Column(name = "jurisdiction_code", nullable = false)
    public String jurisdictionCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "field_id")
    public RequestedField field;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_set_id")
    public ChangeSet changeSet;

    @Column(name = "change_set_id", insertable = false, updatable = false)
    public Long changeSetId;

    /** The status the cell showed when this was recorded; kept for the record, not shown ("from" is derived). */
    @Enumerated(EnumType.STRING)
    @Column(name = "old_status", nullable = false)
    public Status statusWhenRecorded;

    @Embedded
    @AttributeOverride(name = "status", column = @Column(name = "new_status", nullable = false))
    @AttributeOverride(name = "effectiveDate", column = @Column(name = "effective_date", nullable = false))
    public CellValue value;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The communication this change cites as its source (the one its change set cites), or null. */
    @Column(name = "communication_id")
    public Long communicationId;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** Recorded when the cell already had a change taking effect later. */
    @Column(nullable = false)
    public boolean backdated;

    /** The cell's value just before this change in effective order; set by {@link ChangeHistory}. */
    @Transient
    public CellValue previous;

    static CellChange of(Cell cell, ChangeSet changeSet, CellValue value, boolean backdated) {
        CellChange change = new CellChange();
        change.cell = cell;
        change.requestId = cell.request.id;
        change.jurisdictionCode = cell.jurisdiction.code;
        change.field = cell.field;
        change.changeSet = changeSet;
        change.changeSetId = changeSet.id;
        change.statusWhenRecorded = cell.value.status();
        change.value = value;
        change.recordedAt = changeSet.recordedAt;
        change.recordedBy = changeSet.recordedBy;
        change.backdated = backdated;
        return change;
    }

    @Override
    public CellValue value() {
        return value;
    }

    @Override
    public Instant recordedAt() {
        return recordedAt;
    }

    @Override
    public long id() {
        return id;
    }

    public Status status() {
        return value.status();
    }

    @Override
    public LocalDate effectiveDate() {
        return value.effectiveDate();
    }

    /** The "from" value: what the cell held before this change in effective order (No response at first). */
    public CellValue from() {
        return previous != null ? previous : CellValue.NO_RESPONSE;
    }

    /** What this change altered, in words: "status", or e.g. "note and source" when the status stayed. */
    public List<String> alters() {
        return from().differences(value);
    }

    /** True when the status stayed and only the note, legal basis, conditions or source changed. */
    public boolean keepsStatus() {
        return from().status() == value.status();
    }

    /** "note and source", "legal basis", "nothing but the date". */
    public String altersText() {
        List<String> alters = alters();
        alters = alters.stream().filter(what -> !what.equals("status")).toList();
        if (alters.isEmpty()) {
            return from().status() == value.status() ? "date only" : "";
        }
        if (alters.size() == 1) {
            return alters.get(0);
        }
        return String.join(", ", alters.subList(0, alters.size() - 1)) + " and " + alters.get(alters.size() - 1);
    }
}
