package org.datarequest.tracker.report;

/**
 * Formula neutralisation (PRODUCT.md section 7). A spreadsheet runs a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return as a formula; an export prefixes such a text with
 * {@code '} so it shows as text, and the import removes exactly that prefix again.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    /** The text as it may be written to a CSV cell; null becomes empty. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return isTrigger(text.charAt(0)) ? "'" + text : text;
    }

    /** Undoes {@link #neutralise}: a {@code '} followed by a trigger character is dropped, anything else kept. */
    public static String restore(String text) {
        if (text != null && text.length() >= 2 && text.charAt(0) == '\'' && isTrigger(text.charAt(1))) {
            return text.substring(1);
        }
        return text;
    }

    private static boolean isTrigger(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
