package org.datarequest.tracker.tracking;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Messages for the fields of a form, in the order they were found; the first message per field wins. */
public final class FieldErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public FieldErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    /** Adds another form's messages with their field names prefixed, e.g. a row of a many-row form. */
    public FieldErrors addAll(String prefix, FieldErrors other) {
        other.messages.forEach((field, message) -> add(prefix + field, message));
        return this;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The message for a field, or null: templates call {@code errors.get('note')}. */
    public String get(String field) {
        return messages.get(field);
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(messages);
    }

    public int size() {
        return messages.size();
    }
}
