package org.datarequest.tracker.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The full collection after the start is for the serial collector only, which sizes its young generation then. */
class YoungGenerationSizingTest {

    @Test
    void theSerialCollectorIsKnownByItsTwoCollectors() {
        assertTrue(YoungGenerationSizing.isSerial(List.of("Copy", "MarkSweepCompact")));
    }

    @Test
    void collectorsThatSizeTheirGenerationsThemselvesAreLeftAlone() {
        assertFalse(YoungGenerationSizing.isSerial(List.of("G1 Young Generation", "G1 Concurrent GC",
                "G1 Old Generation")));
        assertFalse(YoungGenerationSizing.isSerial(List.of("PS Scavenge", "PS MarkSweep")));
        assertFalse(YoungGenerationSizing.isSerial(List.of("ZGC Cycles", "ZGC Pauses")));
        assertFalse(YoungGenerationSizing.isSerial(List.of()));
    }
}
