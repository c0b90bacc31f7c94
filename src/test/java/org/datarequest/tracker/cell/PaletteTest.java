package org.datarequest.tracker.cell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The status and stance colours: their text is readable (WCAG AA contrast), and no stance colour can be taken
 * for a status colour — not with normal vision, nor with the red-green colour blindness most readers who have
 * one have (protanopia, deuteranopia, simulated with the Viénot–Brettel–Mollon matrices).
 */
class PaletteTest {

    /** CIE76 distance under which two colours are told apart only with effort. */
    private static final double DISTINCT = 12;

    @Test
    void everyBadgeHasTextAtLeastFourAndAHalfTimesAsContrastedAsItsBackground() {
        for (Status status : Status.values()) {
            double ratio = contrast(status.colour, status.textColour);
            assertTrue(ratio >= 4.5, status + " has contrast " + ratio);
        }
        for (Stance stance : Stance.values()) {
            double ratio = contrast(stance.colour, stance.textColour);
            assertTrue(ratio >= 4.5, stance + " has contrast " + ratio);
        }
    }

    @Test
    void noStanceColourLooksLikeAStatusColourForReadersWithOrWithoutRedGreenColourBlindness() {
        for (Stance stance : Stance.values()) {
            for (Status status : Status.values()) {
                for (String vision : new String[] {"normal", "protanopia", "deuteranopia"}) {
                    double distance = distance(see(stance.colour, vision), see(status.colour, vision));
                    assertTrue(distance >= DISTINCT, stance + " and " + status + " look alike (" + vision + "): "
                            + distance);
                }
            }
        }
    }

    private static double[] linear(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] channels = {(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255};
        for (int i = 0; i < 3; i++) {
            double c = channels[i] / 255;
            channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return channels;
    }

    private static double luminance(double[] rgb) {
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static double contrast(String a, String b) {
        double la = luminance(linear(a));
        double lb = luminance(linear(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Linear RGB as seen with the given vision (Viénot, Brettel and Mollon 1999). */
    private static double[] see(String hex, String vision) {
        double[] c = linear(hex);
        return switch (vision) {
            case "protanopia" -> new double[] {0.11238 * c[0] + 0.88762 * c[1], 0.11238 * c[0] + 0.88762 * c[1],
                    0.00401 * c[0] - 0.00401 * c[1] + c[2]};
            case "deuteranopia" -> new double[] {0.29275 * c[0] + 0.70725 * c[1], 0.29275 * c[0] + 0.70725 * c[1],
                    -0.02234 * c[0] + 0.02234 * c[1] + c[2]};
            default -> c;
        };
    }

    /** CIE76 distance between two linear RGB colours, in CIELAB (D65). */
    private static double distance(double[] a, double[] b) {
        double[] la = lab(a);
        double[] lb = lab(b);
        return Math.sqrt(Math.pow(la[0] - lb[0], 2) + Math.pow(la[1] - lb[1], 2) + Math.pow(la[2] - lb[2], 2));
    }

    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
