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
import org.datarequest.tracker.jurisdiction.Jurisdiction;

/** A dated event on a request, optionally tied to one jurisdiction: a letter, a statement, a lawsuit... */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    public enum Kind {
        LETTER("Letter"), STATEMENT("Statement"), LAWSUIT("Lawsuit"), RULING("Ruling"),
        DEADLINE("Deadline"), OTHER("Other");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    public DataRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "jurisdiction_code")
    public Jurisdiction jurisdiction;

    public String speaker;
    public String office;
    public String quote;

    @Column(nullable = false)
    public String summary;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "source_title")
    public String sourceTitle;

    /** A request's timeline, newest first, with jurisdictions fetched in the same statement. */
    public static List<TimelineEntry> of(DataRequest request) {
        return find("select t from TimelineEntry t left join fetch t.jurisdiction where t.request = ?1"
                + " order by t.occurredOn desc, t.id desc", request).list();
    }

    public static List<TimelineEntry> of(DataRequest request, Jurisdiction jurisdiction) {
        return find("select t from TimelineEntry t left join fetch t.jurisdiction where t.request = ?1"
                + " and t.jurisdiction = ?2 order by t.occurredOn desc, t.id desc", request, jurisdiction).list();
    }

    /** A request's timeline as it stood at the end of {@code asOf}: entries dated that day or before (all when null). */
    public static List<TimelineEntry> of(DataRequest request, java.time.LocalDate asOf) {
        return asOf == null ? of(request) : find("select t from TimelineEntry t left join fetch t.jurisdiction"
                + " where t.request = ?1 and t.occurredOn <= ?2 order by t.occurredOn desc, t.id desc", request, asOf).list();
    }

    /** One jurisdiction's timeline entries dated on or before {@code asOf} (all when null). */
    public static List<TimelineEntry> of(DataRequest request, Jurisdiction jurisdiction, java.time.LocalDate asOf) {
        return asOf == null ? of(request, jurisdiction) : find("select t from TimelineEntry t left join fetch"
                + " t.jurisdiction where t.request = ?1 and t.jurisdiction = ?2 and t.occurredOn <= ?3"
                + " order by t.occurredOn desc, t.id desc", request, jurisdiction, asOf).list();
    }
}
