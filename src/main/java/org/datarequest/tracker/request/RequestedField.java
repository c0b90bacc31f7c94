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
import jakarta.persistence.TypedQuery;
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

    /*
     * Which fields a view shows, for the look-ups by request and by slug alike: the active ones today; as of an
     * earlier day also those retired after it. Whole queries kept as constants (these fragments join at compile
     * time) rather than Panache's short forms, which are made into a query on every call.
     */
    private static final String OF_REQUEST = "select f from RequestedField f where f.request = ?1";
    private static final String OF_SLUG = "select f from RequestedField f join fetch f.request r where r.slug = ?1";
    private static final String ACTIVE = " and f.retired = false order by f.position, f.id";
    private static final String SHOWN_ON = " and (f.retired = false or f.retiredOn > ?2) order by f.position, f.id";

    /**
     * The fields a request asks for today, in the letter's order: what the current matrix, dashboard and
     * editing forms show. Retired fields are left out.
     */
    public static List<RequestedField> activeOf(DataRequest request) {
        return shown(OF_REQUEST + ACTIVE, request, null);
    }

    /**
     * The fields a view shows: today ({@code asOf} null) the active ones; as of an earlier day also the
     * fields retired after that day, so a past view shows the columns it had then.
     */
    public static List<RequestedField> shownOn(DataRequest request, LocalDate asOf) {
        return shown(asOf == null ? OF_REQUEST + ACTIVE : OF_REQUEST + SHOWN_ON, request, asOf);
    }

    /**
     * {@link #shownOn(DataRequest, LocalDate)} for the request with this slug, with the request read in the same
     * statement (each field's {@link #request}): the pages of a whole request start from its slug, and a statement
     * costs them more than the rows it reads. Empty both when there is no such request and when it shows no field.
     */
    public static List<RequestedField> shownOn(String slug, LocalDate asOf) {
        return shown(asOf == null ? OF_SLUG + ACTIVE : OF_SLUG + SHOWN_ON, slug, asOf);
    }

    /** Runs one of the queries above: {@code ?1} is the request or its slug, {@code ?2} the day if there is one. */
    private static List<RequestedField> shown(String jpql, Object request, LocalDate asOf) {
        TypedQuery<RequestedField> query = getEntityManager().createQuery(jpql, RequestedField.class)
                .setParameter(1, request);
        return (asOf == null ? query : query.setParameter(2, asOf)).getResultList();
    }

    /** Every field a request ever had, retired ones included: for administration and history. */
    public static List<RequestedField> allOf(DataRequest request) {
        return list("request = ?1 order by position, id", request);
    }
}
