package org.datarequest.tracker.cell;

/** One cell to set: which one, the version the editor started from, and the validated value. */
public record CellEdit(String jurisdictionCode, String fieldKey, long expectedVersion, CellValue value) {
}
