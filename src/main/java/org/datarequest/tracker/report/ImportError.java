package org.datarequest.tracker.report;

/**
 * One problem found in an uploaded file, where a person can find it: the line of the file (the first line of a
 * record that spans several) and the column by number and header name; 0 and empty when a whole line or the
 * whole file is at fault.
 */
public record ImportError(long line, int column, String columnName, String message) {

    public static ImportError ofFile(String message) {
        return new ImportError(1, 0, "", message);
    }

    public static ImportError ofLine(long line, String message) {
        return new ImportError(line, 0, "", message);
    }

    /** "line 3, column 2 (jurisdiction)", or "line 3" for a whole line. */
    public String where() {
        String at = "line " + line;
        if (column > 0) {
            at += ", column " + column;
        }
        if (columnName != null && !columnName.isEmpty()) {
            at += " (" + columnName + ")";
        }
        return at;
    }
}
