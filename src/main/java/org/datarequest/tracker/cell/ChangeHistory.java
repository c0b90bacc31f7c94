package org.datarequest.tracker.cell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.SessionSql;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;

/**
 * Every read of the change log for pages, feeds and the API. Each list comes with each change's "from" value
 * — the value of the same cell's previous change <b>in effective order</b> (effective date, then recorded
 * time, then id), whatever order the changes were recorded in — read for the whole list in one statement.
 * Histories read in effective order by default; {@link Order#RECORDED} is the audit view.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeHistory {

    /** How a history is ordered: newest first, by when it took effect or by when it was recorded. */
    public enum Order {
        EFFECTIVE(" order by c.value.effectiveDate desc, c.recordedAt desc, c.id desc"),
        RECORDED(" order by c.recordedAt desc, c.id desc");

        final String jpql;

        Order(String jpql) {
            this.jpql = jpql;
        }

        /** {@code order=recorded} selects the audit view; anything else is the effective order. */
        public static Order of(String parameter) {
            return "recorded".equals(parameter) ? RECORDED : EFFECTIVE;
        }
    }

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

    /** One change set with its changes (each with its "from"), as the history by change set shows it. */
    public record ChangeSetEntry(ChangeSet set, List<CellChange> changes, ChangeSet revertedBy) {

        public long backdatedCount() {
            return changes.stream().filter(change -> change.backdated).count();
        }

        /** A retired field's cells no longer change, so a set touching one cannot be reverted. */
        public boolean touchesRetiredField() {
            return changes.stream().anyMatch(change -> change.field.retired);
        }
    }

    /**
     * The "from" of change {@code c}: its cell's previous change in effective order. {@link #PREVIOUS_CHANGE_JPQL}
     * says the same in the query language; change both together (HistoryOverTimeTest holds them to each other).
     */
    public static final String PREVIOUS_CHANGE = """
            (select p2.id from cell_change p2
              where p2.response_id = c.response_id and p2.effective_date <= c.effective_date
                and (p2.effective_date < c.effective_date or p2.recorded_at < c.recorded_at
                     or (p2.recorded_at = c.recorded_at and p2.id < c.id))
              order by p2.response_id desc, p2.effective_date desc, p2.recorded_at desc, p2.id desc
              fetch first 1 row only)""";

    private static final String SELECT = "select c from CellChange c join fetch c.field f where ";

    private final EntityManager entityManager;

    public ChangeHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page of the changes matching {@code criteria}: three statements (page, count, "from" values). */
    public ChangePage page(ChangeCriteria criteria, int page, int size, Order order) {
        ChangeCriteria.Where where = criteria.jpql();
        TypedQuery<CellChange> select = entityManager.createQuery(SELECT + where.sql() + order.jpql, CellChange.class);
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(c) from CellChange c where " + where.sql(), Long.class);
        for (int i = 0; i < where.values().size(); i++) {
            select.setParameter(i + 1, where.values().get(i));
            count.setParameter(i + 1, where.values().get(i));
        }
        List<CellChange> changes = select.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new ChangePage(withFrom(changes), count.getSingleResult(), page, size);
    }

    /** The latest {@code limit} changes in effect by {@code asOf} (null: any day), newest effective first. */
    public List<CellChange> recent(DataRequest request, LocalDate asOf, int limit) {
        // Not page(): its count of every matching change read the whole history (a million rows cost the
        // dashboard four times its time on the shipped data), and a short list needs no count.
        String jpql = SELECT + "c.requestId = ?1" + (asOf != null ? " and c.value.effectiveDate <= ?2" : "")
                + Order.EFFECTIVE.jpql.replace(" order by ", " order by c.requestId desc, ");
        return latest(jpql, asOf != null ? List.of(request.id, asOf) : List.of(request.id), limit).changes();
    }

    /**
     * The newest changes of a list that a page shows in part, and whether older ones were left out (then the
     * page links to the paged history page for the rest).
     */
    public record Latest(List<CellChange> changes, boolean more) {
    }

    /**
     * The latest {@code limit} changes of a jurisdiction in effect by {@code asOf} (null: any day). A page
     * lists only these: with a million changes in a request a jurisdiction has tens of thousands, and reading,
     * resolving the "from" of, and rendering all of them made its page grow with history. One row more than
     * shown is read to learn whether the list was cut, so no count over the whole history is needed. The order
     * names {@code request_id} and {@code jurisdiction_code} first so that H2 can walk an index in that order
     * instead of sorting the jurisdiction's whole history (PostgreSQL does either way).
     */
    public Latest ofJurisdiction(DataRequest request, String jurisdictionCode, LocalDate asOf, Order order, int limit) {
        String jpql = SELECT + "c.requestId = ?1 and c.jurisdictionCode = ?2"
                + (asOf != null ? " and c.value.effectiveDate <= ?3" : "")
                + order.jpql.replace(" order by ", " order by c.requestId desc, c.jurisdictionCode desc, ");
        return latest(jpql, asOf != null ? List.of(request.id, jurisdictionCode, asOf)
                : List.of(request.id, jurisdictionCode), limit);
    }

    /**
     * The latest {@code limit} changes of one cell in effect by {@code asOf} (null: any day), for the same reason
     * as {@link #ofJurisdiction(DataRequest, String, LocalDate, Order, int)}: in effective order this is a walk
     * backwards along the as-of index {@code (response_id, effective_date, recorded_at, id)}.
     */
    public Latest ofCell(long cellId, LocalDate asOf, Order order, int limit) {
        String jpql = SELECT + "c.cell.id = ?1" + (asOf != null ? " and c.value.effectiveDate <= ?2" : "")
                + order.jpql.replace(" order by ", " order by c.cell.id desc, ");
        return latest(jpql, asOf != null ? List.of(cellId, asOf) : List.of(cellId), limit);
    }

    /**
     * The first {@code limit} changes of {@code jpql} (a query of {@link #SELECT}'s shape), and whether there are
     * more, in one statement. The ids of the first {@code limit + 1} are a subquery without the join to the field:
     * a join keeps H2 from walking the index in the query's order and stopping at the limit (with a million
     * changes it then read them all). The changes with their fields follow by id in the same statement: bound as a
     * list parameter instead, the ids made Hibernate translate the query again on every call (a query with a list
     * parameter is never kept), which cost the state page a fifth of its time. Each change's "from" value comes
     * in the same statement too, joined as {@link #withFrom} reads it.
     */
    private Latest latest(String jpql, List<Object> values, int limit) {
        int orderAt = jpql.indexOf(" order by ");
        String newest = "select c.id from CellChange c where " + jpql.substring(SELECT.length())
                + " fetch first " + (limit + 1) + " rows only";
        TypedQuery<Object[]> query = entityManager.createQuery("select x.id, x.requestId, x.jurisdictionCode,"
                + " x.changeSetId, x.statusWhenRecorded, x.value, x.recordedAt, x.communicationId, x.recordedBy,"
                + " x.backdated, f, p.value from CellChange x join x.field f"
                + " left join CellChange p on p.id = " + PREVIOUS_CHANGE_JPQL
                + " where x.id in (" + newest + ")" + jpql.substring(orderAt).replace("c.", "x."), Object[].class);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        List<CellChange> found = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            CellChange change = readOnly(row);
            change.previous = row[11] != null ? (CellValue) row[11] : CellValue.NO_RESPONSE;
            found.add(change);
        }
        boolean more = found.size() > limit;
        return new Latest(more ? new ArrayList<>(found.subList(0, limit)) : found, more);
    }

    /**
     * {@link #PREVIOUS_CHANGE} in the query language, for change {@code x}: {@link #latest} reads the "from" values
     * in the statement that reads the changes, one statement less on every page that lists the latest changes.
     */
    private static final String PREVIOUS_CHANGE_JPQL = """
            (select p2.id from CellChange p2
              where p2.cell = x.cell and p2.value.effectiveDate <= x.value.effectiveDate
                and (p2.value.effectiveDate < x.value.effectiveDate or p2.recordedAt < x.recordedAt
                     or (p2.recordedAt = x.recordedAt and p2.id < x.id))
              order by p2.cell.id desc, p2.value.effectiveDate desc, p2.recordedAt desc, p2.id desc
              fetch first 1 row only)""";

    /**
     * A change for reading only, from its columns and its field: pages list these without a managed entity each
     * (with a proxy for its cell and its change set), which cost the state page more than the query itself.
     * Its cell and change set are not set; {@link CellChange#changeSetId} is.
     */
    private static CellChange readOnly(Object[] row) {
        CellChange change = new CellChange();
        change.id = (Long) row[0];
        change.requestId = (Long) row[1];
        change.jurisdictionCode = (String) row[2];
        change.changeSetId = (Long) row[3];
        change.statusWhenRecorded = (Status) row[4];
        change.value = (CellValue) row[5];
        change.recordedAt = (java.time.Instant) row[6];
        change.communicationId = (Long) row[7];
        change.recordedBy = (String) row[8];
        change.backdated = (Boolean) row[9];
        change.field = (RequestedField) row[10];
        return change;
    }

    /** One cell's changes in effect by {@code asOf} (null: any day). */
    public List<CellChange> ofCell(long cellId, LocalDate asOf, Order order) {
        String jpql = SELECT + "c.cell.id = ?1" + (asOf != null ? " and c.value.effectiveDate <= ?2" : "") + order.jpql;
        return withFrom(list(jpql, asOf != null ? List.of(cellId, asOf) : List.of(cellId)));
    }

    /**
     * The change sets that recorded the changes matching {@code criteria}, newest recorded first, each with
     * its matching changes: a page of sets costs four statements whatever their size.
     */
    public List<ChangeSetEntry> changeSets(ChangeCriteria criteria, int page, int size) {
        ChangeCriteria.Where where = criteria.jpql();
        TypedQuery<ChangeSet> sets = entityManager.createQuery("select s from ChangeSet s where s.id in"
                + " (select c.changeSetId from CellChange c where " + where.sql() + ")"
                + " order by s.recordedAt desc, s.id desc", ChangeSet.class);
        for (int i = 0; i < where.values().size(); i++) {
            sets.setParameter(i + 1, where.values().get(i));
        }
        List<ChangeSet> found = sets.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return entries(found, criteria);
    }

    /** One change set with all its changes; empty when the request has no such set. */
    public java.util.Optional<ChangeSetEntry> changeSet(DataRequest request, long id) {
        ChangeSet set = ChangeSet.findById(id);
        if (set == null || !set.requestId.equals(request.id)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(entries(List.of(set), ChangeCriteria.all(request.id)).get(0));
    }

    private List<ChangeSetEntry> entries(List<ChangeSet> sets, ChangeCriteria criteria) {
        if (sets.isEmpty()) {
            return List.of();
        }
        List<Long> ids = sets.stream().map(set -> set.id).toList();
        ChangeCriteria.Where where = criteria.jpql();
        List<Object> values = new ArrayList<>(where.values());
        values.add(ids);
        List<CellChange> changes = withFrom(list(SELECT + where.sql() + " and c.changeSetId in (?" + values.size()
                + ") order by c.jurisdictionCode, f.position, c.id", values));
        Map<Long, List<CellChange>> bySet = new LinkedHashMap<>();
        ids.forEach(id -> bySet.put(id, new ArrayList<>()));
        changes.forEach(change -> bySet.get(change.changeSetId).add(change));
        Map<Long, ChangeSet> reverts = new HashMap<>();
        entityManager.createQuery("select s from ChangeSet s where s.revertsId in :ids", ChangeSet.class)
                .setParameter("ids", ids).getResultList().forEach(revert -> reverts.put(revert.revertsId, revert));
        return sets.stream().map(set -> new ChangeSetEntry(set, bySet.get(set.id), reverts.get(set.id))).toList();
    }

    private List<CellChange> list(String jpql, List<Object> values) {
        TypedQuery<CellChange> query = entityManager.createQuery(jpql, CellChange.class);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query.getResultList();
    }

    /** Sets each change's "from" value: one statement for the whole list, each through the as-of index. */
    public List<CellChange> withFrom(List<CellChange> changes) {
        List<Long> ids = changes.isEmpty() ? List.of(-1L) : changes.stream().map(change -> change.id).toList();
        Map<Long, CellValue> previous = new HashMap<>();
        // one statement for a page (even an empty one, so a page costs the same whatever its data); a change set
        // of tens of thousands of changes is read in slices, as PostgreSQL takes at most 65,535 bound values
        for (int from = 0; from < ids.size(); from += FROM_SLICE) {
            previousValues(ids.subList(from, Math.min(ids.size(), from + FROM_SLICE)), previous);
        }
        changes.forEach(change -> change.previous = previous.getOrDefault(change.id, CellValue.NO_RESPONSE));
        return changes;
    }

    private static final int FROM_SLICE = 10_000;

    /** Read straight from JDBC ({@link SessionSql}): the query layer cost more than the statement on every page. */
    private void previousValues(List<Long> ids, Map<Long, CellValue> previous) {
        String sql = """
                select c.id, p.new_status, p.effective_date, p.note, p.legal_basis, p.conditions,
                       p.source_url, p.source_title, p.contested, p.contested_source_url,
                       p.contested_source_title, p.contested_communication_id
                  from cell_change c join cell_change p on p.id = """ + PREVIOUS_CHANGE + """
                  where c.id in (""" + "?, ".repeat(ids.size() - 1) + "?)";
        SessionSql.list(entityManager, sql, statement -> {
            for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 1, ids.get(i));
            }
        }, row -> Map.entry(row.getLong(1), new CellValue(Status.valueOf(row.getString(2)),
                row.getObject(3, LocalDate.class), row.getString(4), row.getString(5), row.getString(6),
                row.getString(7), row.getString(8), row.getBoolean(9), row.getString(10), row.getString(11),
                row.getObject(12, Long.class))), "reading what changed cells said before")
                .forEach(entry -> previous.put(entry.getKey(), entry.getValue()));
    }

}
