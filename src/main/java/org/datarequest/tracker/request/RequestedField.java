package org.datarequest.tracker.request;

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
import java.time.LocalDate;
import java.util.List;

/** One item a request asks for, in the letter's order. */
@Entity
@Table(name = "requested_field")
public class RequestedField extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    public DataRequest request;

    @Column(nullable = false)
    public int position;

    @Column(name = "field_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public String wording;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sensitivity sensitivity;

    /** A retired field keeps its history but leaves the current matrix. */
    @Column(nullable = false)
    public boolean retired;

    /** The day the field was retired; views "as of" an earlier day still show it. */
    @Column(name = "retired_on")
    public LocalDate retiredOn;

    /**
     * The fields a request asks for today, in the letter's order: what the current matrix, dashboard and
     * editing forms show. Retired fields are left out.
     */
    public static List<RequestedField> activeOf(DataRequest request) {
        // a whole query in a constant rather than Panache's short form, which is made into one on every call
        return getEntityManager().createQuery("select f from RequestedField f where f.request = ?1"
                        + " and f.retired = false order by f.position, f.id", RequestedField.class)
                .setParameter(1, request).getResultList();
    }

    /**
     * The fields a view shows: today ({@code asOf} null) the active ones; as of an earlier day also the
     * fields retired after that day, so a past view shows the columns it had then.
     */
    public static List<RequestedField> shownOn(DataRequest request, LocalDate asOf) {
        if (asOf == null) {
            return activeOf(request);
        }
        return getEntityManager().createQuery("select f from RequestedField f where f.request = ?1"
                        + " and (f.retired = false or f.retiredOn > ?2) order by f.position, f.id", RequestedField.class)
                .setParameter(1, request).setParameter(2, asOf).getResultList();
    }

    /**
     * {@link #shownOn(DataRequest, LocalDate)} for the request with this slug, with the request read in the same
     * statement (each field's {@link #request}): the pages of a whole request start from its slug, and a statement
     * costs them more than the rows it reads. Empty both when there is no such request and when it shows no field.
     */
    public static List<RequestedField> shownOn(String slug, LocalDate asOf) {
        if (asOf == null) {
            return getEntityManager().createQuery("select f from RequestedField f join fetch f.request r"
                            + " where r.slug = ?1 and f.retired = false order by f.position, f.id", RequestedField.class)
                    .setParameter(1, slug).getResultList();
        }
        return getEntityManager().createQuery("select f from RequestedField f join fetch f.request r where r.slug = ?1"
                        + " and (f.retired = false or f.retiredOn > ?2) order by f.position, f.id", RequestedField.class)
                .setParameter(1, slug).setParameter(2, asOf).getResultList();
    }

    /** Every field a request ever had, retired ones included: for administration and history. */
    public static List<RequestedField> allOf(DataRequest request) {
        return list("request = ?1 order by position, id", request);
    }
}
