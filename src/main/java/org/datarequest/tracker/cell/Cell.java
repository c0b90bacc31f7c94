package org.datarequest.tracker.cell;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;

/**
 * One cell: what one jurisdiction does about one requested field, as it stands now. The change log is the
 * truth; this row is what the log says today, written only by {@link ChangeRecorder} in the transaction that
 * appends the change. (The table keeps its first name, {@code response}.)
 */
@Entity
@Table(name = "response")
public class Cell extends PanacheEntityBase {

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

    @Embedded
    public CellValue value = CellValue.NO_RESPONSE;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verified_by")
    public String verifiedBy;

    /** Bumped by every change recorded on the cell; a form carries the version it started from. */
    @Version
    @Column(nullable = false)
    public long version;

    public static Cell blank(DataRequest request, Jurisdiction jurisdiction, RequestedField field) {
        Cell cell = new Cell();
        cell.request = request;
        cell.jurisdiction = jurisdiction;
        cell.field = field;
        return cell;
    }

    public static Optional<Cell> find(RequestedField field, String jurisdictionCode) {
        return find("field = ?1 and jurisdiction.code = ?2", field, jurisdictionCode).firstResultOptional();
    }

    public CellValue value() {
        return value;
    }
}
