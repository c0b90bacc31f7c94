package org.datarequest.tracker.report;

import java.util.ArrayList;
import java.util.List;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.litigation.LitigationStatus;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.Stance;

/**
 * The tile-grid map: one square per covered jurisdiction at its grid position, coloured by stance.
 * Territories have no grid position; when a request covers them they sit in a strip below the grid.
 */
public record TileMap(int width, int height, List<Tile> tiles, Integer territoryLabelY) {

    public static final int COLUMNS = 12;
    public static final int ROWS = 8;
    static final int TILE = 50;
    static final int STEP = 54;
    private static final int STRIP_GAP = 40;

    /**
     * One square of the map, with the address of the jurisdiction's page, its litigation status and whether it
     * is overdue (both also written on the tile, so they never rest on colour).
     */
    public record Tile(String code, String name, Stance stance, String href, int x, int y,
                       LitigationStatus litigation, boolean overdue) {

        /** The small text along the top of the tile: "Late", a litigation mark, or both. */
        public String mark() {
            String court = litigation.inCourt() ? litigation.mark : "";
            return overdue ? (court.isEmpty() ? "Late" : "Late·" + court) : court;
        }

        /** The words for the tile's title and accessible name: "Texas: Pending, overdue, sued". */
        public String description() {
            return name + ": " + stance.label + (overdue ? ", overdue" : "")
                    + (litigation.inCourt() ? ", litigation: " + litigation.countLabel() : "");
        }

        public int size() {
            return TILE;
        }

        public int centreX() {
            return x + TILE / 2;
        }
    }

    /**
     * @param pageHref a function of the jurisdiction code giving the address its tile links to
     */
    public static TileMap of(List<Snapshot.Row> rows, java.util.function.Function<String, String> pageHref) {
        List<Tile> tiles = new ArrayList<>();
        int territoryColumn = 0;
        int stripY = ROWS * STEP + STRIP_GAP;
        for (Snapshot.Row row : rows) {
            Jurisdiction jurisdiction = row.jurisdiction();
            int x;
            int y;
            if (jurisdiction.tileCol != null && jurisdiction.tileRow != null) {
                x = jurisdiction.tileCol * STEP;
                y = jurisdiction.tileRow * STEP;
            } else {
                x = territoryColumn++ * STEP;
                y = stripY;
            }
            tiles.add(new Tile(jurisdiction.code, jurisdiction.name, row.stance(), pageHref.apply(jurisdiction.code), x, y,
                    row.litigation(), row.overdue()));
        }
        boolean strip = territoryColumn > 0;
        int height = strip ? stripY + STEP : ROWS * STEP;
        return new TileMap(COLUMNS * STEP, height, List.copyOf(tiles), strip ? stripY - 10 : null);
    }
}
