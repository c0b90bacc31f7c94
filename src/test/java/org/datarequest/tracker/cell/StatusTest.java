package org.datarequest.tracker.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StatusTest {

    @Test
    void parsesCodesAndLabelsInAnyCase() {
        assertEquals(Optional.of(Status.WILL_PROVIDE), Status.parse("will_provide"));
        assertEquals(Optional.of(Status.WILL_PROVIDE), Status.parse("Will provide"));
        assertEquals(Optional.of(Status.WITHHELD_BY_LAW), Status.parse("withheld (law)"));
        assertEquals(Optional.of(Status.NO_RESPONSE), Status.parse(" no response "));
        assertEquals(Optional.of(Status.NOT_REQUESTED), Status.parse("not requested"));
        assertEquals(Optional.of(Status.NOT_REQUESTED), Status.parse("N/A"));
        assertEquals(Optional.empty(), Status.parse("BOGUS"));
        assertEquals(Optional.empty(), Status.parse(null));
    }

    @Test
    void everyStatusHasItsOwnColourSymbolAndLabel() {
        int count = Status.values().length;
        assertEquals(count, Arrays.stream(Status.values()).map(s -> s.colour).collect(Collectors.toSet()).size());
        assertEquals(count, Arrays.stream(Status.values()).map(s -> s.symbol).collect(Collectors.toSet()).size());
        assertEquals(count, Arrays.stream(Status.values()).map(s -> s.label).collect(Collectors.toSet()).size());
    }

    @Test
    void textOnEveryStatusColourMeetsWcagContrast() {
        for (Status status : Status.values()) {
            assertTrue(contrast(status.colour, status.textColour) >= 4.5, status + " text contrast");
        }
        for (Stance stance : Stance.values()) {
            assertTrue(contrast(stance.colour, stance.textColour) >= 4.5, stance + " text contrast");
        }
    }

    @Test
    void onlyNoResponseStandsWithoutASource() {
        for (Status status : Status.values()) {
            assertEquals(status != Status.NO_RESPONSE, status.needsSource(), status.name());
        }
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
