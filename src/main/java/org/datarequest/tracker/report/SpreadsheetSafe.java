package org.datarequest.tracker.report;

/**
 * Neutralises text a spreadsheet would run as a formula (PRODUCT.md section 7): a cell that begins with
 * {@code = + - @}, a tab or a carriage return gets a leading {@code '}. The import undoes it.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }
}
