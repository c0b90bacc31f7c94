package org.datarequest.tracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.datarequest.tracker.SessionSql;

/**
 * The data version of each request: a number in the database that every write to what the request's pages show
 * moves on in the same transaction. Pages and exports are named by it (their ETag), so a reader's reload costs
 * one statement while nothing changed, and every instance sharing the database agrees.
 */
@ApplicationScoped
public class DataVersions {

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transaction;

    public DataVersions(EntityManager entityManager, TransactionSynchronizationRegistry transaction) {
        this.entityManager = entityManager;
        this.transaction = transaction;
    }

    /**
     * Moves the request's version on, once per transaction however many writes call it. Call it after the
     * write has locked what it changes (cells first, then the request's row), so writers never wait in a circle.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump(long requestId) {
        String key = DataVersions.class.getName() + ":" + requestId;
        if (transaction.getResource(key) != null) {
            return;
        }
        transaction.putResource(key, Boolean.TRUE);
        entityManager.createQuery("update DataRequest r set r.dataVersion = r.dataVersion + 1 where r.id = :id")
                .setParameter("id", requestId)
                .executeUpdate();
    }

    public void bump(DataRequest request) {
        bump(request.id);
    }

    /** The current version of the request with this slug, or empty when there is none: one statement. */
    public Optional<Long> of(String slug) {
        if (!RequestForm.couldBeSlug(slug)) {
            return Optional.empty();
        }
        // read straight from JDBC: asked before every page, and Hibernate's native query cost three times the statement
        List<Long> found = SessionSql.list(entityManager, "select data_version from data_request where slug = ?",
                statement -> statement.setString(1, slug), row -> row.getLong(1), "reading a request's data version");
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** A version of the list of all requests: it moves when any request changes or one is added. */
    public String ofAll() {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                        "select count(*), coalesce(sum(data_version), 0), coalesce(max(id), 0) from data_request")
                .getSingleResult();
        return row[0] + "." + row[1] + "." + row[2];
    }
}
