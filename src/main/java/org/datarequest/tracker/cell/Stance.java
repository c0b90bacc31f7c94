package org.datarequest.tracker.cell;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * A jurisdiction's overall answer to a request, derived from its cells by the first rule that matches
 * (PRODUCT.md section 3). The rules are written out in {@link #DEFINITION} so every count can show them.
 * Colours come from Paul Tol's "muted" scheme (colour-blind safe), darker than the Okabe–Ito status colours and
 * never one of them, so a stance never reads as a status; badges also differ in shape (framed pills).
 */
public enum Stance {
    FULL("Full", "●", "#117733", "#FFFFFF",
            "every cell is Provided, Will provide or Not collected, and at least one is Provided or Will provide"),
    PARTIAL("Partial", "◐", "#332288", "#FFFFFF",
            "at least one cell Provided, Will provide or Conditional, and at least one Withheld (law) or Refused"),
    REFUSED("Refused", "✕", "#882255", "#FFFFFF",
            "every cell is Refused, Withheld (law) or Not collected, and at least one is Refused or Withheld (law)"),
    CONDITIONAL("Conditional", "≈", "#DDCC77", "#000000",
            "at least one cell Conditional"),
    PENDING("Pending", "–", "#BBBBBB", "#000000",
            "everything else: no response, reviewing, on hold, and a jurisdiction asked for none of the fields");

    public static final String DEFINITION = "A jurisdiction's stance is the first of these rules that matches its cells:"
            + " Full, Partial, Refused, Conditional, Pending. Cells marked Not requested (n/a) are left out:"
            + " the request did not ask that jurisdiction for that field.";

    public final String label;
    public final String symbol;
    public final String colour;
    public final String textColour;
    public final String rule;

    Stance(String label, String symbol, String colour, String textColour, String rule) {
        this.label = label;
        this.symbol = symbol;
        this.colour = colour;
        this.textColour = textColour;
        this.rule = rule;
    }

    public String code() {
        return name();
    }

    /**
     * The stance of one jurisdiction, given the statuses of all its cells for a request. Cells Not requested
     * are left out; with nothing requested at all, no rule but the last matches, so the stance is Pending (such
     * a jurisdiction is never counted overdue).
     */
    public static Stance of(Collection<Status> cells) {
        boolean anyGives = false;
        boolean anyConditional = false;
        boolean anyKeepsBack = false;
        boolean onlyGivesOrNotCollected = true;
        boolean onlyKeepsBackOrNotCollected = true;
        for (Status status : cells) {
            if (status.notRequested()) {
                continue;
            }
            anyGives |= status.gives();
            anyConditional |= status == Status.CONDITIONAL;
            anyKeepsBack |= status.keepsBack();
            onlyGivesOrNotCollected &= status.gives() || status == Status.NOT_COLLECTED;
            onlyKeepsBackOrNotCollected &= status.keepsBack() || status == Status.NOT_COLLECTED;
        }
        if (onlyGivesOrNotCollected && anyGives) {
            return FULL;
        }
        if ((anyGives || anyConditional) && anyKeepsBack) {
            return PARTIAL;
        }
        if (onlyKeepsBackOrNotCollected && anyKeepsBack) {
            return REFUSED;
        }
        if (anyConditional) {
            return CONDITIONAL;
        }
        return PENDING;
    }

    public static Optional<Stance> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (Stance stance : values()) {
            if (stance.name().equals(wanted) || stance.label.toUpperCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(stance);
            }
        }
        return Optional.empty();
    }
}
