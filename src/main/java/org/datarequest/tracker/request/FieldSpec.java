package org.datarequest.tracker.request;

/** What a new requested field is made of, before it belongs to a request. */
public record FieldSpec(int position, String key, String label, String wording, Sensitivity sensitivity) {
}
