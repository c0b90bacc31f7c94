package org.datarequest.tracker.web;

/**
 * The patterns form inputs share, as constants so that bean-validation annotations on every form read the same
 * rule and say the same thing when it is broken.
 */
public final class InputPatterns {

    /** An optional day, as a date input sends it. */
    public static final String OPTIONAL_DAY = "\\s*(\\d{4}-\\d{2}-\\d{2})?\\s*";
    public static final String OPTIONAL_DAY_MESSAGE = "Write the date as YYYY-MM-DD.";

    /** An optional web address (checked case-insensitively): http or https, without spaces. */
    public static final String OPTIONAL_WEB_ADDRESS = "\\s*(https?://[^\\s]+)?\\s*";
    public static final String OPTIONAL_WEB_ADDRESS_MESSAGE =
            "Give a web address starting with http:// or https://, without spaces.";

    private InputPatterns() {
    }
}
