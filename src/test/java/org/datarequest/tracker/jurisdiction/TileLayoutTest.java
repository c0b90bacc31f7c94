package org.datarequest.tracker.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.datarequest.tracker.report.TileMap;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TileLayoutTest {

    @Test
    @Transactional
    void fiftyOneDistinctCodesSitOnFiftyOneDistinctPositionsInsideTheGrid() {
        List<Jurisdiction> placed = Jurisdiction.list("tileCol is not null");
        Set<String> codes = new HashSet<>();
        Set<String> positions = new HashSet<>();
        for (Jurisdiction jurisdiction : placed) {
            codes.add(jurisdiction.code);
            positions.add(jurisdiction.tileCol + "," + jurisdiction.tileRow);
            assertTrue(jurisdiction.tileCol >= 0 && jurisdiction.tileCol < TileMap.COLUMNS, jurisdiction.code);
            assertTrue(jurisdiction.tileRow >= 0 && jurisdiction.tileRow < TileMap.ROWS, jurisdiction.code);
        }
        assertEquals(51, codes.size());
        assertEquals(51, positions.size());
    }

    @Test
    @Transactional
    void territoriesHaveNoGridPositionAndStatesAllDo() {
        List<Jurisdiction> all = Jurisdiction.listAll();
        assertEquals(56, all.size());
        for (Jurisdiction jurisdiction : all) {
            if (jurisdiction.isTerritory()) {
                assertNull(jurisdiction.tileCol, jurisdiction.code);
                assertEquals("Territories", jurisdiction.region);
            } else {
                assertTrue(jurisdiction.tileCol != null && jurisdiction.tileRow != null, jurisdiction.code);
            }
        }
    }
}
