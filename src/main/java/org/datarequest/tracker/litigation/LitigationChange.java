package org.datarequest.tracker.litigation;

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
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One append-only record of a jurisdiction's litigation status for a request changing: the new status with its
 * case, when it took effect, and who recorded it when (one save). Never updated: a correction is a new row.
 */
@Entity
@Immutable
@Table(name = "litigation_change")
public class LitigationChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id", nullable = false)
    public Long requestId;

    @Column(name = "jurisdiction_code", nullable = false)
    public String jurisdictionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LitigationStatus status;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "case_name")
    public String caseName;

    public String court;

    @Column(name = "docket_url")
    public String docketUrl;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "source_title")
    public String sourceTitle;

    public String note;

    /** The communication (a filing, a ruling) behind the change, when one is named. */
    @Column(name = "communication_id")
    public Long communicationId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** "No litigation" with nothing else said: what a jurisdiction without any change already shows. */
    public boolean isBareNone() {
        return status == LitigationStatus.NONE && caseName == null && court == null && docketUrl == null
                && sourceUrl == null && sourceTitle == null && note == null && communicationId == null;
    }

    /** Whether this change says the same as {@code other}: same status, day, case and source. */
    public boolean saysTheSameAs(LitigationChange other) {
        return other != null && status == other.status && Objects.equals(effectiveDate, other.effectiveDate)
                && Objects.equals(caseName, other.caseName) && Objects.equals(court, other.court)
                && Objects.equals(docketUrl, other.docketUrl) && Objects.equals(sourceUrl, other.sourceUrl)
                && Objects.equals(sourceTitle, other.sourceTitle) && Objects.equals(note, other.note)
                && Objects.equals(communicationId, other.communicationId);
    }
}
