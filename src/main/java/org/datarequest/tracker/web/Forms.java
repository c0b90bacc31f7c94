package org.datarequest.tracker.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Small helpers every form-handling resource and service shares. */
@ApplicationScoped
public class Forms {

    private final Validator validator;

    public Forms(Validator validator) {
        this.validator = validator;
    }

    /** The Bean Validation messages of {@code form}, empty when it is valid. */
    public <T> FormErrors check(T form) {
        return FormErrors.of(validator.validate(form));
    }

    /** Post, redirect, get: a 303 to {@code path}, which shows the confirmation {@code saved} names. */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** The confirmation a {@code ?saved=...} flag names, or null (unknown flags are ignored). */
    public static String confirmation(java.util.Map<String, String> messages, String saved) {
        return saved == null ? null : messages.get(saved);
    }

    /** Trims text typed into a form; blank becomes null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
