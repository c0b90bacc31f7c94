package org.datarequest.tracker.tracking;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;

/**
 * The current state of one cell: what one jurisdiction does about one requested field. Written only by
 * {@link ChangeRecorder}, in the transaction that appends the change.
 */
@Entity
@Table(name = "response")
public class Response extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    public DataRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_code")
    public Jurisdiction jurisdiction;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "field_id")
    public RequestedField field;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.NO_RESPONSE;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    public String note;

    @Column(name = "legal_basis")
    public String legalBasis;

    public String conditions;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "source_title")
    public String sourceTitle;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verified_by")
    public String verifiedBy;

    /** Bumped by every change recorded on the cell; a form carries the version it started from. */
    @Version
    @Column(nullable = false)
    public long version;

    public static Response blank(DataRequest request, Jurisdiction jurisdiction, RequestedField field) {
        Response cell = new Response();
        cell.request = request;
        cell.jurisdiction = jurisdiction;
        cell.field = field;
        return cell;
    }

    public static Optional<Response> find(RequestedField field, String jurisdictionCode) {
        return find("field = ?1 and jurisdiction.code = ?2", field, jurisdictionCode).firstResultOptional();
    }

    public CellValue value() {
        return new CellValue(status, effectiveDate, note, legalBasis, conditions, sourceUrl, sourceTitle);
    }

    void apply(CellValue value) {
        status = value.status();
        effectiveDate = value.effectiveDate();
        note = value.note();
        legalBasis = value.legalBasis();
        conditions = value.conditions();
        sourceUrl = value.sourceUrl();
        sourceTitle = value.sourceTitle();
    }
}
