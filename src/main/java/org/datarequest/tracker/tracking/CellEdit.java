package org.datarequest.tracker.tracking;

/** One cell to set: which one, the version the editor started from, and the validated value. */
public record CellEdit(String jurisdictionCode, String fieldKey, long expectedVersion, CellValue value) {
}
