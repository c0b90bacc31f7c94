package org.datarequest.tracker.web;

import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The messages of a rejected form, one per field name, in the order the fields appear. Templates show
 * each next to its field and all of them in the error summary; the JSON API lists them as per-item errors.
 */
public final class FormErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    /** The Bean Validation violations of a form; the first message per field is kept. */
    public static <T> FormErrors of(Set<ConstraintViolation<T>> violations) {
        FormErrors errors = new FormErrors();
        violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> errors.add(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    public FormErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String get(String field) {
        return messages.getOrDefault(field, "");
    }

    /** For inputs repeated per row, named {@code prefix + name} (e.g. {@code deadline-NY}). */
    public boolean has(String prefix, String name) {
        return has(prefix + name);
    }

    public String get(String prefix, String name) {
        return get(prefix + name);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The messages in the order they were found, for error summaries. */
    public Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(messages);
    }

    public int size() {
        return messages.size();
    }

    public List<Map.Entry<String, String>> entries() {
        return List.copyOf(messages.entrySet());
    }

    /** Throws {@link InvalidInput} when there is any message, so the surrounding transaction rolls back. */
    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new InvalidInput(this);
        }
    }

    /** Parses an optional {@code YYYY-MM-DD} date typed into {@code field}, noting a message when malformed. */
    public LocalDate date(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(field, "Enter a date.");
            }
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            add(field, "Enter a date written YYYY-MM-DD.");
            return null;
        }
        if (!SaneDates.contains(day)) {
            add(field, "Enter a date " + SaneDates.PROBLEM + ".");
            return null;
        }
        return day;
    }
}
