package org.datarequest.tracker.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.datarequest.tracker.jurisdiction.Jurisdiction;

/** That a request covers a jurisdiction, with an optional letter date and deadline of its own. */
@Entity
@Table(name = "coverage")
public class Coverage extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "request_id")
        public Long requestId;

        @Column(name = "jurisdiction_code")
        public String jurisdictionCode;

        public Key() {
        }

        public Key(Long requestId, String jurisdictionCode) {
            this.requestId = requestId;
            this.jurisdictionCode = jurisdictionCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(requestId, key.requestId)
                    && Objects.equals(jurisdictionCode, key.jurisdictionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(requestId, jurisdictionCode);
        }
    }

    @EmbeddedId
    public Key key;

    @MapsId("requestId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    public DataRequest request;

    @MapsId("jurisdictionCode")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_code")
    public Jurisdiction jurisdiction;

    public LocalDate deadline;

    /** The day the letter went to this jurisdiction; null means the request's sent date. */
    @Column(name = "sent_on")
    public LocalDate sentOn;

    public static Coverage of(DataRequest request, Jurisdiction jurisdiction) {
        Coverage coverage = new Coverage();
        coverage.key = new Key(request.id, jurisdiction.code);
        coverage.request = request;
        coverage.jurisdiction = jurisdiction;
        return coverage;
    }

    /** The covered jurisdictions with their coverage, in one statement, ordered by name. */
    public static List<Coverage> of(DataRequest request) {
        return find("select c from Coverage c join fetch c.jurisdiction j where c.request = ?1 order by j.name",
                request).list();
    }
}
