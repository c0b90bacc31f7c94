package org.datarequest.tracker.cell;

import java.util.Locale;
import java.util.Optional;

/**
 * The fixed status vocabulary of a cell (PRODUCT.md section 3). Colours come from the Okabe–Ito palette,
 * which stays distinguishable for the common forms of colour blindness; every status also has a symbol
 * and a label so that nothing depends on colour alone.
 */
public enum Status {
    NO_RESPONSE("No response", "–", "#DDDDDD", "#000000",
            "nothing official yet"),
    REVIEWING("Reviewing", "?", "#56B4E9", "#000000",
            "said it is reviewing or undecided"),
    CONDITIONAL("Conditional", "≈", "#F0E442", "#000000",
            "will provide only on conditions (a fee, an affidavit, a court order)"),
    WILL_PROVIDE("Will provide", "✓", "#009E73", "#000000",
            "said it will hand this field over"),
    PROVIDED("Provided", "✔✔", "#0072B2", "#FFFFFF",
            "handed it over"),
    WITHHELD_BY_LAW("Withheld (law)", "§", "#E69F00", "#000000",
            "not provided because its law makes the field confidential"),
    REFUSED("Refused", "✕", "#D55E00", "#000000",
            "declined by choice, although the law would allow it"),
    NOT_COLLECTED("Not collected", "∅", "#FFFFFF", "#000000",
            "the jurisdiction does not hold this field"),
    ON_HOLD("On hold", "‖", "#CC79A7", "#000000",
            "paused by litigation or by the requester"),
    NOT_REQUESTED("Not requested", "n/a", "#F0F0F0", "#505050",
            "the request did not ask this jurisdiction for this field; left out of the stance and counted as n/a");

    public final String label;
    public final String symbol;
    public final String colour;
    public final String textColour;
    public final String meaning;

    Status(String label, String symbol, String colour, String textColour, String meaning) {
        this.label = label;
        this.symbol = symbol;
        this.colour = colour;
        this.textColour = textColour;
        this.meaning = meaning;
    }

    public String code() {
        return name();
    }

    /** True when this status means the field is (or will be) handed over. */
    public boolean gives() {
        return this == PROVIDED || this == WILL_PROVIDE;
    }

    /** True when this status means the field is kept back, by law or by choice. */
    public boolean keepsBack() {
        return this == WITHHELD_BY_LAW || this == REFUSED;
    }

    /** True for a field the request did not ask of the jurisdiction: the stance rules leave such cells out. */
    public boolean notRequested() {
        return this == NOT_REQUESTED;
    }

    /** How a count of cells names this status: "n/a" for fields not requested, else the label. */
    public String countLabel() {
        return this == NOT_REQUESTED ? "n/a (not requested)" : label;
    }

    /** Whether a change to this status needs a source: only "no response" can stand without one. */
    public boolean needsSource() {
        return this != NO_RESPONSE;
    }

    /** Parses a code ({@code WILL_PROVIDE}) or a label ({@code Will provide}), in any case; "n/a" is Not requested. */
    public static Optional<Status> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim();
        for (Status status : values()) {
            if (status.name().equalsIgnoreCase(wanted) || status.label.equalsIgnoreCase(wanted)) {
                return Optional.of(status);
            }
        }
        if (wanted.equalsIgnoreCase(NOT_REQUESTED.symbol)) {
            return Optional.of(NOT_REQUESTED);
        }
        String asCode = wanted.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Status status : values()) {
            if (status.name().equals(asCode)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
