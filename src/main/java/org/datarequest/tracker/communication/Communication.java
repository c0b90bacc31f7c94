package org.datarequest.tracker.communication;

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
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.DataRequest;

/**
 * A dated record on a request, usually tied to one jurisdiction: a letter or email to or from it, a public
 * statement, a press report, a court filing, a ruling. Its date has a precision; {@code countsFrom} is the day
 * an as-of view starts showing it ({@link DatePrecision#countsFrom}), kept in a column so lists filter in SQL.
 */
@Entity
@Table(name = "communication")
public class Communication extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    public DataRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    /** The first day of the period the date names (the day itself for day precision). */
    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false)
    public DatePrecision precision;

    @Column(name = "counts_from", nullable = false)
    public LocalDate countsFrom;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "jurisdiction_code")
    public Jurisdiction jurisdiction;

    @Column(nullable = false)
    public String title;

    public String speaker;
    public String office;
    public String quote;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "source_title")
    public String sourceTitle;

    /** Sets the date and the day it counts from, by the one rule. */
    public void date(LocalDate day, DatePrecision datePrecision) {
        precision = datePrecision;
        occurredOn = datePrecision.start(day);
        countsFrom = datePrecision.countsFrom(day);
    }

    /** "5 July 2017", "September 2025" or "2025". */
    public String dateText() {
        return precision.display(occurredOn);
    }

    /** 2017-07-05, 2025-09 or 2025, for {@code <time datetime>}. */
    public String dateIso() {
        return precision.iso(occurredOn);
    }

    /** "known to the month" or "known to the year"; null for a day. */
    public String precisionNote() {
        return precision == DatePrecision.DAY ? null : "known to the " + precision.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The date as a form or a CSV writes it at its precision. */
    public String dateInput() {
        return dateIso();
    }

    public boolean sourceIsLink() {
        return sourceUrl != null && (sourceUrl.startsWith("https://") || sourceUrl.startsWith("http://"));
    }

    /** A line that names it in a list of sources: date, kind, title. */
    public String label() {
        return dateText() + " \u00b7 " + kind.label + " \u00b7 " + title;
    }
}
