package org.datarequest.tracker.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The temporal rules on plain values: "from" by effective order whatever the recording order, ties on the
 * effective date, backdated marks, and the edit plan that makes re-imports no-ops.
 */
class TemporalRulesTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2017, 6, 30);
    private static final LocalDate JULY_3 = LocalDate.of(2017, 7, 3);
    private static final LocalDate JULY_5 = LocalDate.of(2017, 7, 5);
    private static final LocalDate JULY_6 = LocalDate.of(2017, 7, 6);

    record Change(long id, LocalDate effectiveDate, Instant recordedAt, CellValue value) implements EffectiveOrder.Entry {
    }

    private static CellValue value(Status status, LocalDate day) {
        return new CellValue(status, day, null, null, null, null, "source of " + day);
    }

    /** Records the three snapshot changes in the given order, one second apart, ids in recording order. */
    private static List<Change> recordInOrder(List<CellValue> order) {
        List<Change> recorded = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < order.size(); i++) {
            recorded.add(new Change(i + 1, order.get(i).effectiveDate(), start.plusSeconds(i), order.get(i)));
        }
        return recorded;
    }

    private static List<List<CellValue>> permutations(List<CellValue> values) {
        if (values.size() <= 1) {
            return List.of(values);
        }
        List<List<CellValue>> all = new ArrayList<>();
        for (CellValue first : values) {
            List<CellValue> rest = new ArrayList<>(values);
            rest.remove(first);
            for (List<CellValue> tail : permutations(rest)) {
                List<CellValue> one = new ArrayList<>();
                one.add(first);
                one.addAll(tail);
                all.add(one);
            }
        }
        return all;
    }

    @Test
    void fromIsThePreviousChangeInEffectiveOrderWhateverTheRecordingOrder() {
        CellValue withheld = value(Status.WITHHELD_BY_LAW, JUNE_30);
        CellValue reviewing = value(Status.REVIEWING, JULY_3);
        CellValue refused = value(Status.REFUSED, JULY_6);
        for (List<CellValue> order : permutations(List.of(withheld, reviewing, refused))) {
            List<Change> history = recordInOrder(order);
            Map<Status, Status> fromOf = new HashMap<>();
            history.forEach(change -> fromOf.put(change.value().status(), EffectiveOrder.before(history, change).status()));
            assertEquals(Status.NO_RESPONSE, fromOf.get(Status.WITHHELD_BY_LAW), "order " + order);
            assertEquals(Status.WITHHELD_BY_LAW, fromOf.get(Status.REVIEWING), "order " + order);
            assertEquals(Status.REVIEWING, fromOf.get(Status.REFUSED), "order " + order);
            assertEquals(Status.REVIEWING, EffectiveOrder.asOf(history, JULY_5).status(), "order " + order);
        }
    }

    @Test
    void backdatedMeansALaterEffectiveChangeWasAlreadyRecorded() {
        List<Change> dateOrder = recordInOrder(List.of(value(Status.WITHHELD_BY_LAW, JUNE_30), value(Status.REFUSED, JULY_6)));
        assertFalse(EffectiveOrder.backdated(dateOrder, dateOrder.get(0)));
        assertFalse(EffectiveOrder.backdated(dateOrder, dateOrder.get(1)));
        List<Change> lateNews = recordInOrder(List.of(value(Status.REFUSED, JULY_6), value(Status.WITHHELD_BY_LAW, JUNE_30)));
        assertFalse(EffectiveOrder.backdated(lateNews, lateNews.get(0)));
        assertTrue(EffectiveOrder.backdated(lateNews, lateNews.get(1)));
    }

    @Test
    void onTheSameEffectiveDayTheLaterRecordedWinsAndFollowsTheEarlier() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        Change first = new Change(7, JULY_3, at, value(Status.REVIEWING, JULY_3));
        Change second = new Change(8, JULY_3, at.plusSeconds(60), value(Status.REFUSED, JULY_3));
        Change sameInstantLowerId = new Change(5, JULY_3, at.plusSeconds(60), value(Status.CONDITIONAL, JULY_3));
        List<Change> history = List.of(first, second, sameInstantLowerId);
        assertEquals(Status.REFUSED, EffectiveOrder.asOf(history, JULY_3).status());
        assertEquals(Status.CONDITIONAL, EffectiveOrder.before(history, second).status());
        assertEquals(Status.REVIEWING, EffectiveOrder.before(history, sameInstantLowerId).status());
        assertEquals(Status.NO_RESPONSE, EffectiveOrder.before(history, first).status());
    }

    @Test
    void reimportingTheSameRowsPlansNothingWhateverTheirDates() {
        long cell = 1;
        CellValue june = value(Status.WITHHELD_BY_LAW, JUNE_30);
        CellValue july = value(Status.REFUSED, JULY_6);
        // the cell already holds both, July's current
        EditPlan plan = EditPlan.of(Map.of(cell, july), Map.of(EditPlan.key(cell, JUNE_30), june,
                EditPlan.key(cell, JULY_6), july));
        assertEquals(EditPlan.Outcome.UNCHANGED, plan.next(cell, july));
        assertEquals(EditPlan.Outcome.UNCHANGED, plan.next(cell, june));
        // a different value on a past day is history to add, not a change of today's value
        assertEquals(EditPlan.Outcome.BACKDATED, plan.next(cell, value(Status.REVIEWING, JULY_3)));
    }

    @Test
    void rowsOfOneFileBackdateEachOther() {
        long cell = 1;
        EditPlan plan = EditPlan.of(Map.of(cell, CellValue.NO_RESPONSE), Map.of());
        assertEquals(EditPlan.Outcome.CHANGE, plan.next(cell, value(Status.REFUSED, JULY_6)));
        assertEquals(EditPlan.Outcome.BACKDATED, plan.next(cell, value(Status.WITHHELD_BY_LAW, JUNE_30)));
        assertEquals(EditPlan.Outcome.UNCHANGED, plan.next(cell, value(Status.WITHHELD_BY_LAW, JUNE_30)));

        EditPlan dateOrder = EditPlan.of(Map.of(cell, CellValue.NO_RESPONSE), Map.of());
        assertEquals(EditPlan.Outcome.CHANGE, dateOrder.next(cell, value(Status.WITHHELD_BY_LAW, JUNE_30)));
        assertEquals(EditPlan.Outcome.CHANGE, dateOrder.next(cell, value(Status.REFUSED, JULY_6)));
    }

    @Test
    void aNoteOnlyChangeSaysWhatChanged() {
        CellValue before = new CellValue(Status.REFUSED, JUNE_30, "first note", null, null, null, "A");
        CellValue after = new CellValue(Status.REFUSED, JULY_3, "second note", null, null, null, "B");
        assertEquals(List.of("note", "source"), before.differences(after));
        assertEquals(List.of("status"),
                before.differences(new CellValue(Status.PROVIDED, JULY_3, "first note", null, null, null, "A")));
    }
}
