package org.datarequest.tracker.request;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules a requested field's key, label and wording follow, in one place for the field form, the CSV
 * upload and copying. Each check answers the message to show, or nothing when the value is fine.
 */
public final class FieldRules {

    /** Lowercase snake_case: it appears in addresses and CSV headers, so it stays plain. */
    public static final String KEY_PATTERN = "[a-z][a-z0-9]*(_[a-z0-9]+)*";
    private static final Pattern KEY = Pattern.compile(KEY_PATTERN);

    private FieldRules() {
    }

    public static Optional<String> key(String key) {
        if (key == null || key.isBlank()) {
            return Optional.of("enter a key");
        }
        if (key.length() > 60) {
            return Optional.of("use at most 60 characters for the key");
        }
        if (!KEY.matcher(key).matches()) {
            return Optional.of("the key \u201c" + key + "\u201d is not lowercase snake_case (e.g. ssn_last4):"
                    + " start with a letter, then letters, digits and single underscores");
        }
        return Optional.empty();
    }

    public static Optional<String> label(String label) {
        return text(label, 120, "label");
    }

    public static Optional<String> wording(String wording) {
        return text(wording, 1000, "wording");
    }

    private static Optional<String> text(String text, int max, String what) {
        if (text == null || text.isBlank()) {
            return Optional.of("enter a " + what);
        }
        if (text.length() > max) {
            return Optional.of("use at most " + max + " characters for the " + what);
        }
        if (!org.datarequest.tracker.PlainText.Check.isPlain(text)) {
            return Optional.of("remove the control characters (such as NUL) from the " + what);
        }
        return Optional.empty();
    }
}
