package org.datarequest.tracker.request;

import java.util.Locale;
import java.util.Optional;

/** How protected a requested field usually is by state law (PRODUCT.md section 2). */
public enum Sensitivity {
    PUBLIC("Public", "usually public record"),
    RESTRICTED("Restricted", "public in some states only"),
    PROTECTED("Protected", "confidential by law almost everywhere");

    public final String label;
    public final String meaning;

    Sensitivity(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String code() {
        return name();
    }

    public static Optional<Sensitivity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (Sensitivity sensitivity : values()) {
            if (sensitivity.name().equals(wanted)) {
                return Optional.of(sensitivity);
            }
        }
        return Optional.empty();
    }
}
