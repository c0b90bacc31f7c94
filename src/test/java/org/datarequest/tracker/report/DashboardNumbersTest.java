package org.datarequest.tracker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the dashboard writes a count of days since or until a deadline: grouped by threes, as in English. */
class DashboardNumbersTest {

    @Test
    void daysAreGroupedByThreesWithCommas() {
        assertEquals("7", Dashboard.grouped(7));
        assertEquals("999", Dashboard.grouped(999));
        assertEquals("1,000", Dashboard.grouped(1000));
        assertEquals("3,066", Dashboard.grouped(3066));
        assertEquals("12,345", Dashboard.grouped(12345));
        assertEquals("1,234,567", Dashboard.grouped(1234567));
    }
}
