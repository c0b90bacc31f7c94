package org.datarequest.tracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

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
        // a name that cannot be a slug is not looked up (a NUL would fail the query on PostgreSQL)
        if (slug == null || slug.length() > 60 || !slug.matches(RequestForm.SLUG_PATTERN)) {
            return Optional.empty();
        }
        List<?> found = entityManager.createNativeQuery("select data_version from data_request where slug = ?1")
                .setParameter(1, slug)
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(((Number) found.get(0)).longValue());
    }

    /** A version of the list of all requests: it moves when any request changes or one is added. */
    public String ofAll() {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                        "select count(*), coalesce(sum(data_version), 0), coalesce(max(id), 0) from data_request")
                .getSingleResult();
        return row[0] + "." + row[1] + "." + row[2];
    }
}
