package org.datarequest.tracker.litigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Litigation as of a day follows the cells' rule: effective date, then recorded time, then id. */
class LitigationOrderTest {

    private static long ids;

    private static LitigationChange change(LitigationStatus status, String effective, String recorded) {
        LitigationChange change = new LitigationChange();
        change.id = ++ids;
        change.status = status;
        change.effectiveDate = LocalDate.parse(effective);
        change.recordedAt = Instant.parse(recorded);
        return change;
    }

    @Test
    void aDayShowsTheLatestChangeEffectiveByItsEnd() {
        List<LitigationChange> history = List.of(
                change(LitigationStatus.SUED, "2025-09-16", "2025-09-17T10:00:00Z"),
                change(LitigationStatus.DISMISSED, "2026-01-10", "2026-01-11T10:00:00Z"));
        assertTrue(LitigationOrder.asOf(history, LocalDate.parse("2025-09-15")).isEmpty(), "nothing before the suit");
        assertEquals(LitigationStatus.SUED, LitigationOrder.asOf(history, LocalDate.parse("2025-09-16")).orElseThrow().status);
        assertEquals(LitigationStatus.SUED, LitigationOrder.asOf(history, LocalDate.parse("2026-01-09")).orElseThrow().status);
        assertEquals(LitigationStatus.DISMISSED, LitigationOrder.asOf(history, LocalDate.parse("2026-01-10")).orElseThrow().status);
        assertEquals(LitigationStatus.DISMISSED, LitigationOrder.asOf(history, null).orElseThrow().status);
    }

    @Test
    void aChangeRecordedLateWithAnEarlierDateDoesNotHideALaterOne() {
        List<LitigationChange> history = List.of(
                change(LitigationStatus.APPEALED, "2026-03-01", "2026-03-02T10:00:00Z"),
                change(LitigationStatus.ORDERED_TO_PROVIDE, "2026-02-01", "2026-04-01T10:00:00Z"));
        assertEquals(LitigationStatus.APPEALED, LitigationOrder.asOf(history, null).orElseThrow().status);
        assertEquals(LitigationStatus.ORDERED_TO_PROVIDE,
                LitigationOrder.asOf(history, LocalDate.parse("2026-02-15")).orElseThrow().status);
    }

    @Test
    void onTheSameDayTheLaterRecordedWinsThenTheHigherId() {
        LitigationChange first = change(LitigationStatus.SUED, "2025-10-01", "2025-10-01T09:00:00Z");
        LitigationChange corrected = change(LitigationStatus.SETTLED, "2025-10-01", "2025-10-01T12:00:00Z");
        LitigationChange sameMoment = change(LitigationStatus.DISMISSED, "2025-10-01", "2025-10-01T12:00:00Z");
        assertEquals(LitigationStatus.SETTLED,
                LitigationOrder.asOf(List.of(corrected, first), LocalDate.parse("2025-10-01")).orElseThrow().status);
        assertEquals(LitigationStatus.DISMISSED,
                LitigationOrder.asOf(List.of(sameMoment, corrected, first), null).orElseThrow().status);
    }

    @Test
    void statusesParseByCodeOrLabelAndEveryOneButNoneHasAMark() {
        assertEquals(LitigationStatus.ORDERED_TO_PROVIDE, LitigationStatus.parse("ordered to provide").orElseThrow());
        assertEquals(LitigationStatus.SUED, LitigationStatus.parse(" Sued ").orElseThrow());
        assertTrue(LitigationStatus.parse("won").isEmpty());
        for (LitigationStatus status : LitigationStatus.values()) {
            assertEquals(status.inCourt(), !status.mark.isEmpty(), status.name());
        }
    }
}
