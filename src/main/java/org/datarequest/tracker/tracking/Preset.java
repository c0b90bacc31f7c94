package org.datarequest.tracker.tracking;

import org.datarequest.tracker.cell.Status;
import java.util.Optional;
import org.datarequest.tracker.request.RequestedField;

/** Common answers that set many cells at once, each field's status following from its sensitivity. */
public enum Preset {
    NONE("Set the status chosen below", null),
    PUBLIC_DATA_ONLY("Public data only: public fields Will provide, protected fields Withheld (law) on the legal"
            + " basis you give; restricted fields stay as they are unless you choose a status for them", null),
    REFUSES_EVERYTHING("Refuses everything: every field Refused", Status.REFUSED);

    public final String label;
    private final Status everyField;

    Preset(String label, Status everyField) {
        this.label = label;
        this.everyField = everyField;
    }

    public String code() {
        return name();
    }

    /**
     * The status this preset gives a field; for {@link #NONE}, the status the editor chose. Null means the field
     * is left as it is: "public data only" says nothing about restricted fields unless the editor chose a status.
     */
    public Status statusFor(RequestedField field, Status chosen) {
        return switch (this) {
            case NONE -> chosen;
            case PUBLIC_DATA_ONLY -> switch (field.sensitivity) {
                case PUBLIC -> Status.WILL_PROVIDE;
                case PROTECTED -> Status.WITHHELD_BY_LAW;
                case RESTRICTED -> chosen;
            };
            case REFUSES_EVERYTHING -> everyField;
        };
    }

    public static Optional<Preset> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(NONE);
        }
        for (Preset preset : values()) {
            if (preset.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(preset);
            }
        }
        return Optional.empty();
    }
}
