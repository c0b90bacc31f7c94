package org.datarequest.tracker.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatePrecisionTest {

    @Test
    void eachPrecisionIsShownAsAReaderWritesIt() {
        assertEquals("5 July 2017", DatePrecision.DAY.display(LocalDate.of(2017, 7, 5)));
        assertEquals("September 2025", DatePrecision.MONTH.display(LocalDate.of(2025, 9, 1)));
        assertEquals("2025", DatePrecision.YEAR.display(LocalDate.of(2025, 1, 1)));
        assertEquals("2025-09", DatePrecision.MONTH.iso(LocalDate.of(2025, 9, 1)));
        assertEquals("2025", DatePrecision.YEAR.iso(LocalDate.of(2025, 1, 1)));
    }

    @Test
    void aMonthCountsFromItsLastDayAndAYearFromThirtyFirstDecember() {
        assertEquals(LocalDate.of(2025, 9, 30), DatePrecision.MONTH.countsFrom(LocalDate.of(2025, 9, 1)));
        assertEquals(LocalDate.of(2024, 2, 29), DatePrecision.MONTH.countsFrom(LocalDate.of(2024, 2, 1)));
        assertEquals(LocalDate.of(2025, 12, 31), DatePrecision.YEAR.countsFrom(LocalDate.of(2025, 1, 1)));
        assertEquals(LocalDate.of(2017, 7, 5), DatePrecision.DAY.countsFrom(LocalDate.of(2017, 7, 5)));
    }

    @Test
    void asOfADayInsideThePeriodTheRecordIsNotYetShown() {
        LocalDate september = LocalDate.of(2025, 9, 1);
        assertFalse(DatePrecision.MONTH.visibleAsOf(september, LocalDate.of(2025, 9, 29)));
        assertTrue(DatePrecision.MONTH.visibleAsOf(september, LocalDate.of(2025, 9, 30)));
        assertFalse(DatePrecision.YEAR.visibleAsOf(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 30)));
        assertTrue(DatePrecision.YEAR.visibleAsOf(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertTrue(DatePrecision.DAY.visibleAsOf(LocalDate.of(2017, 7, 5), LocalDate.of(2017, 7, 5)));
        assertFalse(DatePrecision.DAY.visibleAsOf(LocalDate.of(2017, 7, 5), LocalDate.of(2017, 7, 4)));
        assertTrue(DatePrecision.MONTH.visibleAsOf(september, null), "without a day, everything is shown");
    }

    @Test
    void datesAreReadAtTheirPrecisionAndStoredAsTheFirstDayOfThePeriod() {
        assertEquals(Optional.of(LocalDate.of(2025, 9, 1)), DatePrecision.MONTH.parseDate("2025-09"));
        assertEquals(Optional.of(LocalDate.of(2025, 9, 1)), DatePrecision.MONTH.parseDate("2025-09-17"));
        assertEquals(Optional.of(LocalDate.of(2025, 1, 1)), DatePrecision.YEAR.parseDate("2025"));
        assertEquals(Optional.empty(), DatePrecision.DAY.parseDate("2025-09"));
        assertEquals(Optional.empty(), DatePrecision.DAY.parseDate("2025-02-30"));
        assertEquals(Optional.empty(), DatePrecision.MONTH.parseDate("September"));
        assertEquals(Optional.of(DatePrecision.DAY), DatePrecision.parse(""));
        assertEquals(Optional.of(DatePrecision.MONTH), DatePrecision.parse("month"));
        assertEquals(Optional.empty(), DatePrecision.parse("week"));
    }
}
