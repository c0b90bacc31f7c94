package org.datarequest.tracker.report;

import io.quarkus.qute.RawString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.litigation.LitigationStatus;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.web.Html;

/**
 * The tile-grid map: one square per covered jurisdiction at its grid position, coloured by stance — or, when a
 * reader picks one field, by that field's status. Territories have no grid position; when a request covers them
 * they sit in a strip below the grid. Phones get the same tiles as a list grouped by colour ({@link #groups}).
 *
 * @param field the label of the field shown, or null when the map shows stances
 */
public record TileMap(int width, int height, List<Tile> tiles, Integer territoryLabelY, String field) {

    public static final int COLUMNS = 12;
    public static final int ROWS = 8;
    static final int TILE = 50;
    static final int STEP = 54;
    private static final int STRIP_GAP = 40;

    /**
     * One square of the map, with the address of the jurisdiction's page, what it is coloured by — its class
     * ({@code t-REFUSED} for a stance, {@code s-REFUSED} for a status), symbol and words — the jurisdiction's
     * stance whatever the map shows, its litigation status and whether it is overdue (both also written on the
     * tile, so they never rest on colour).
     */
    public record Tile(String code, String name, Stance stance, String css, String symbol, String label, String href,
                       int x, int y, LitigationStatus litigation, boolean overdue) {

        /** The small text along the top of the tile: "Late", a litigation mark, or both. */
        public String mark() {
            String court = litigation.inCourt() ? litigation.mark : "";
            return overdue ? (court.isEmpty() ? "Late" : "Late·" + court) : court;
        }

        /** The words for the tile's title and accessible name: "Texas: Pending, overdue, sued". */
        public String description() {
            return name + ": " + label + (overdue ? ", overdue" : "")
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
     * The tiles as SVG links, for the dashboard: written once here rather than as some twenty template values per
     * tile (the dashboard's largest share of rendering). Each tile links to its jurisdiction's page, names it in
     * its title and accessible name, and carries its code, its symbol and its litigation or "Late" mark as text.
     */
    public RawString tilesSvg() {
        Html html = new Html(tiles.size() * 700);
        for (Tile tile : tiles) {
            String description = tile.description();
            String mark = tile.mark();
            html.tag("<a href=\"").text(tile.href()).tag("\" aria-label=\"").text(description)
                    .tag("\">\n<title>").text(description).tag("</title>\n<rect class=\"").text(tile.css())
                    .tag("\" x=\"").text(tile.x()).tag("\" y=\"").text(tile.y()).tag("\" width=\"").text(TILE)
                    .tag("\" height=\"").text(TILE).tag("\" rx=\"4\"/>\n<text class=\"tile-code ").text(tile.css())
                    .tag("\" x=\"").text(tile.centreX()).tag("\" y=\"").text(tile.y() + 22)
                    .tag("\" text-anchor=\"middle\">").text(tile.code()).tag("</text>\n<text class=\"tile-symbol ")
                    .text(tile.css()).tag("\" x=\"").text(tile.centreX()).tag("\" y=\"").text(tile.y() + 41)
                    .tag("\" text-anchor=\"middle\" aria-hidden=\"true\">").text(tile.symbol()).tag("</text>\n");
            if (!mark.isEmpty()) {
                html.tag("<text class=\"tile-mark ").text(tile.css()).tag(tile.overdue() ? " late" : "")
                        .tag("\" x=\"").text(tile.centreX()).tag("\" y=\"").text(tile.y() + 10)
                        .tag("\" text-anchor=\"middle\" aria-hidden=\"true\">").text(mark).tag("</text>");
            }
            html.tag("\n</a>\n");
        }
        return html.toRaw();
    }

    /**
     * The list that stands in for the map on phones, one item per colour: its badge, how many, and each
     * jurisdiction linked with its mark in words.
     */
    public RawString groupsHtml() {
        Html html = new Html(tiles.size() * 120);
        for (Group group : groups()) {
            html.tag("<li><span class=\"badge ").text(group.css()).tag(field == null ? " stance-badge" : "")
                    .tag("\"><span aria-hidden=\"true\">").text(group.symbol()).tag("</span> ").text(group.label())
                    .tag("</span> ").text(group.tiles().size()).tag(":\n");
            for (int i = 0; i < group.tiles().size(); i++) {
                Tile tile = group.tiles().get(i);
                html.tag("<a href=\"").text(tile.href()).tag("\">").text(tile.name()).tag("</a>");
                if (!tile.mark().isEmpty()) {
                    html.tag(" (").text(tile.mark()).tag(")");
                }
                html.tag(i + 1 < group.tiles().size() ? ", " : "");
            }
            html.tag("</li>\n");
        }
        return html.toRaw();
    }

    /** The jurisdictions of one colour, for the list that stands in for the map on phones. */
    public record Group(String css, String symbol, String label, List<Tile> tiles) {
    }

    /**
     * @param pageHref a function of the jurisdiction code giving the address its tile links to
     */
    public static TileMap of(List<Snapshot.Row> rows, Function<String, String> pageHref) {
        return of(rows, pageHref, -1, null);
    }

    /**
     * @param column the snapshot column of the field to show, or -1 for stances
     * @param field  that field's label (null for stances)
     */
    public static TileMap of(List<Snapshot.Row> rows, Function<String, String> pageHref, int column, String field) {
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
            String href = pageHref.apply(jurisdiction.code);
            Stance stance = row.stance();
            if (column < 0) {
                tiles.add(new Tile(jurisdiction.code, jurisdiction.name, stance, "t-" + stance.code(), stance.symbol,
                        stance.label, href, x, y, row.litigation(), row.overdue()));
            } else {
                Status status = row.cell(column).status();
                tiles.add(new Tile(jurisdiction.code, jurisdiction.name, stance, "s-" + status.code(), status.symbol,
                        status.label, href, x, y, row.litigation(), row.overdue()));
            }
        }
        boolean strip = territoryColumn > 0;
        int height = strip ? stripY + STEP : ROWS * STEP;
        return new TileMap(COLUMNS * STEP, height, List.copyOf(tiles), strip ? stripY - 10 : null, field);
    }

    /** The tiles by colour, in the order the colours first appear in the rules' order (stance or status). */
    public List<Group> groups() {
        Map<String, List<Tile>> byCss = new LinkedHashMap<>();
        if (field == null) {
            for (Stance stance : Stance.values()) {
                byCss.put("t-" + stance.code(), new ArrayList<>());
            }
        } else {
            for (Status status : Status.values()) {
                byCss.put("s-" + status.code(), new ArrayList<>());
            }
        }
        tiles.forEach(tile -> byCss.computeIfAbsent(tile.css(), css -> new ArrayList<>()).add(tile));
        List<Group> groups = new ArrayList<>();
        byCss.forEach((css, members) -> {
            if (!members.isEmpty()) {
                Tile first = members.get(0);
                groups.add(new Group(css, first.symbol(), first.label(),
                        members.stream().sorted(java.util.Comparator.comparing(Tile::name)).toList()));
            }
        });
        return groups;
    }
}
