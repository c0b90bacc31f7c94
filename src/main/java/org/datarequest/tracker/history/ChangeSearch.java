package org.datarequest.tracker.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * One page of a request's change log, newest recorded first, in two statements (the page with each change's
 * field, and the count), however many changes match.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeSearch {

    /** A page of changes and where it sits among all that match. */
    public record ChangePage(List<CellChange> changes, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages();
        }

        public long firstShown() {
            return changes.isEmpty() ? 0 : (long) (page - 1) * size + 1;
        }

        public long lastShown() {
            return firstShown() + changes.size() - (changes.isEmpty() ? 0 : 1);
        }
    }

    private final EntityManager entityManager;

    public ChangeSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public ChangePage page(ChangeCriteria criteria, int page, int size) {
        ChangeCriteria.Where where = criteria.jpql();
        TypedQuery<CellChange> select = entityManager.createQuery("select c from CellChange c join fetch c.field f"
                + " where " + where.sql() + " order by c.recordedAt desc, c.id desc", CellChange.class);
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(c) from CellChange c where " + where.sql(), Long.class);
        for (int i = 0; i < where.values().size(); i++) {
            select.setParameter(i + 1, where.values().get(i));
            count.setParameter(i + 1, where.values().get(i));
        }
        List<CellChange> changes = select.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new ChangePage(changes, count.getSingleResult(), page, size);
    }

    /** The latest {@code limit} changes recorded on a request, for feeds. */
    public List<CellChange> latest(long requestId, int limit) {
        return page(ChangeCriteria.all(requestId), 1, limit).changes();
    }
}
