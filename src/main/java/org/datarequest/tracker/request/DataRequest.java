package org.datarequest.tracker.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One letter or demand sent to many jurisdictions, e.g. the 2017 commission letter. */
@Entity
@Table(name = "data_request")
public class DataRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String requester;

    @Column(name = "sent_on", nullable = false)
    public LocalDate sentOn;

    public LocalDate deadline;

    public String description;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "source_title")
    public String sourceTitle;

    @Column(nullable = false)
    public boolean archived;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Moved on by {@link DataVersions#bump} only, never written through the entity. */
    @Column(name = "data_version", insertable = false, updatable = false)
    public long dataVersion;

    public static Optional<DataRequest> findBySlug(String slug) {
        if (slug == null || !org.datarequest.tracker.PlainText.Check.isPlain(slug)) {
            return Optional.empty(); // PostgreSQL refuses a NUL even in a query parameter
        }
        return find("slug", slug).firstResultOptional();
    }

    /** The newest request that is not archived: the one the home page shows. */
    public static Optional<DataRequest> newestCurrent() {
        return find("archived = false order by sentOn desc, id desc").firstResultOptional();
    }

    public static List<DataRequest> listNewestFirst() {
        return list("order by archived, sentOn desc, id desc");
    }
}
