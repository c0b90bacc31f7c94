package org.datarequest.tracker.litigation;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a jurisdiction stands in court over a request (PRODUCT.md section 2). Each status has a label, a short
 * mark for the map's small tiles, and colours; pages always print the words too, so nothing relies on colour.
 */
public enum LitigationStatus {
    NONE("No litigation", "", "#FFFFFF", "#000000", "no lawsuit over this request"),
    SUED("Sued", "Sued", "#CC79A7", "#000000", "the requester sued the jurisdiction, or it sued the requester"),
    DISMISSED("Dismissed", "Dism.", "#DDDDDD", "#000000", "a court dismissed the lawsuit"),
    ORDERED_TO_PROVIDE("Ordered to provide", "Order", "#0072B2", "#FFFFFF",
            "a court ordered the jurisdiction to hand the data over"),
    SETTLED("Settled", "Settl.", "#009E73", "#000000", "the parties settled"),
    APPEALED("Appealed", "Appeal", "#E69F00", "#000000", "a ruling was appealed");

    public final String label;
    /** A few letters for a map tile; the tile's title and the legend give the words. */
    public final String mark;
    public final String colour;
    public final String textColour;
    public final String meaning;

    LitigationStatus(String label, String mark, String colour, String textColour, String meaning) {
        this.label = label;
        this.mark = mark;
        this.colour = colour;
        this.textColour = textColour;
        this.meaning = meaning;
    }

    public String code() {
        return name();
    }

    /** The words of a count: "sued 23 · dismissed 3". */
    public String countLabel() {
        return label.toLowerCase(Locale.ROOT);
    }

    /** True for every status but {@link #NONE}: there is (or was) a case to show. */
    public boolean inCourt() {
        return this != NONE;
    }

    /** Parses a code ({@code ORDERED_TO_PROVIDE}) or a label ({@code Ordered to provide}), in any case. */
    public static Optional<LitigationStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        String asCode = wanted.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (LitigationStatus status : values()) {
            if (status.name().equals(asCode) || status.label.equalsIgnoreCase(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
