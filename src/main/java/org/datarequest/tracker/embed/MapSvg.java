package org.datarequest.tracker.embed;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.datarequest.tracker.TrackerConfig;
import org.datarequest.tracker.cell.Matrix;
import org.datarequest.tracker.cell.MatrixFilter;
import org.datarequest.tracker.cell.Snapshot;
import org.datarequest.tracker.cell.SnapshotService;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.report.TileMap;
import org.datarequest.tracker.web.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The tile map as a standalone SVG file for graphics desks: a title with the as-of day, every jurisdiction a
 * square in its stance's colour with its code and symbol as text, a legend with the counts, and the source.
 * Colours are written on the shapes (no stylesheet), text stays text, so it opens in any editor.
 */
@Path("/requests/{slug}/map.svg")
@Transactional(Transactional.TxType.SUPPORTS)
public class MapSvg {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final int TOP = 56;
    private static final String FONT = "Arial, Helvetica, sans-serif";

    private final SnapshotService snapshots;
    private final String base;

    public MapSvg(SnapshotService snapshots, TrackerConfig config) {
        this.snapshots = snapshots;
        this.base = TrackerConfig.absoluteBase(config);
    }

    @GET
    @Produces("image/svg+xml")
    public Response svg(@RestPath String slug, @RestQuery String asOf, @RestQuery List<String> status,
                        @RestQuery List<String> stance, @RestQuery List<String> region,
                        @RestQuery List<String> sensitivity, @RestQuery String q) {
        LocalDate day = QueryParams.date("asOf", asOf);
        MatrixFilter filter = MatrixFilter.parse(status, stance, region, sensitivity, q);
        Matrix matrix = Matrix.of(snapshots.load(slug, day), filter);
        List<Snapshot.Row> rows = matrix.rows().stream().map(Matrix.MatrixRow::row).toList();
        TileMap map = TileMap.of(rows, code -> code);
        return Response.ok(write(matrix.snapshot(), rows, map), "image/svg+xml; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + slug.replaceAll("[^A-Za-z0-9_-]", "_") + "-map-"
                        + (day == null ? "today" : day.toString()) + ".svg\"")
                .build();
    }

    private byte[] write(Snapshot snapshot, List<Snapshot.Row> rows, TileMap map) {
        Map<Stance, Integer> counts = new java.util.EnumMap<>(Stance.class);
        rows.forEach(row -> counts.merge(row.stance(), 1, Integer::sum));
        int legendY = TOP + map.height() + 24;
        int width = Math.max(map.width(), 600);
        int height = legendY + Stance.values().length * 22 + 40;
        String title = snapshot.request.title + ": stance of each jurisdiction, "
                + (snapshot.asOf == null ? "as recorded today" : "as of " + snapshot.asOf);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(SVG);
            xml.writeStartElement(SVG, "svg");
            xml.writeDefaultNamespace(SVG);
            xml.writeAttribute("viewBox", "0 0 " + width + " " + height);
            xml.writeAttribute("width", String.valueOf(width));
            xml.writeAttribute("height", String.valueOf(height));
            xml.writeAttribute("role", "img");
            xml.writeAttribute("aria-labelledby", "map-title map-desc");
            xml.writeAttribute("font-family", FONT);
            element(xml, "title", "map-title", title);
            element(xml, "desc", "map-desc", "Each square is a jurisdiction, coloured and marked by its stance. Source: "
                    + base + "/requests/" + snapshot.request.slug + ". " + Stance.DEFINITION);
            xml.writeEmptyElement(SVG, "rect");
            xml.writeAttribute("width", String.valueOf(width));
            xml.writeAttribute("height", String.valueOf(height));
            xml.writeAttribute("fill", "#FFFFFF");
            text(xml, 0, 22, 18, "bold", "#000000", null, snapshot.request.title);
            text(xml, 0, 44, 14, null, "#333333", null, "Stance of each jurisdiction, "
                    + (snapshot.asOf == null ? "as recorded today" : "as of " + snapshot.asOf));
            for (TileMap.Tile tile : map.tiles()) {
                int y = TOP + tile.y();
                xml.writeStartElement(SVG, "g");
                element(xml, "title", null, tile.name() + ": " + tile.stance().label);
                xml.writeEmptyElement(SVG, "rect");
                xml.writeAttribute("x", String.valueOf(tile.x()));
                xml.writeAttribute("y", String.valueOf(y));
                xml.writeAttribute("width", String.valueOf(tile.size()));
                xml.writeAttribute("height", String.valueOf(tile.size()));
                xml.writeAttribute("rx", "4");
                xml.writeAttribute("fill", tile.stance().colour);
                text(xml, tile.centreX(), y + 22, 14, "bold", tile.stance().textColour, "middle", tile.code());
                text(xml, tile.centreX(), y + 41, 14, null, tile.stance().textColour, "middle", tile.stance().symbol);
                xml.writeEndElement();
            }
            if (map.territoryLabelY() != null) {
                text(xml, 0, TOP + map.territoryLabelY(), 12, null, "#333333", null, "Territories");
            }
            int y = legendY;
            for (Stance stance : Stance.values()) {
                xml.writeEmptyElement(SVG, "rect");
                xml.writeAttribute("x", "0");
                xml.writeAttribute("y", String.valueOf(y - 14));
                xml.writeAttribute("width", "18");
                xml.writeAttribute("height", "18");
                xml.writeAttribute("fill", stance.colour);
                xml.writeAttribute("stroke", "#666666");
                text(xml, 9, y, 12, null, stance.textColour, "middle", stance.symbol);
                text(xml, 26, y, 13, null, "#000000", null, stance.label + " (" + counts.getOrDefault(stance, 0) + ")");
                y += 22;
            }
            text(xml, 0, y + 12, 11, null, "#333333", null, "Source: " + base + "/requests/" + snapshot.request.slug);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the map", e);
        }
        return bytes.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String id, String text) throws XMLStreamException {
        xml.writeStartElement(SVG, name);
        if (id != null) {
            xml.writeAttribute("id", id);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, int x, int y, int size, String weight, String fill, String anchor,
                             String value) throws XMLStreamException {
        xml.writeStartElement(SVG, "text");
        xml.writeAttribute("x", String.valueOf(x));
        xml.writeAttribute("y", String.valueOf(y));
        xml.writeAttribute("font-size", String.valueOf(size));
        if (weight != null) {
            xml.writeAttribute("font-weight", weight);
        }
        xml.writeAttribute("fill", fill);
        if (anchor != null) {
            xml.writeAttribute("text-anchor", anchor);
        }
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
