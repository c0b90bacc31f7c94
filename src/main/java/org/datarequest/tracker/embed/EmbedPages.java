package org.datarequest.tracker.embed;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.datarequest.tracker.cell.Matrix;
import org.datarequest.tracker.cell.MatrixFilter;
import org.datarequest.tracker.cell.SnapshotService;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.report.TileMap;
import org.datarequest.tracker.web.Links;
import org.datarequest.tracker.web.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The map and the matrix without the tracker's header, navigation or footer, for an article's iframe. They take
 * the matrix filters and {@code asOf}, link every jurisdiction and cell to the tracker (opening outside the
 * frame), and say where the data comes from and as of when. Framing is allowed by {@link EmbedFraming}.
 */
@Path("/embed/requests/{slug}")
@Produces(MediaType.TEXT_HTML)
@Transactional(Transactional.TxType.SUPPORTS)
public class EmbedPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance map(Matrix matrix, TileMap map, Stance[] stances, Links links, String base);

        static native TemplateInstance matrix(Matrix matrix, Status[] statuses, Links links, String base);
    }

    private final SnapshotService snapshots;
    private final String base;

    public EmbedPages(SnapshotService snapshots, org.datarequest.tracker.TrackerConfig config) {
        this.snapshots = snapshots;
        this.base = org.datarequest.tracker.TrackerConfig.origin(config);
    }

    @GET
    @Path("map")
    public TemplateInstance map(@RestPath String slug, @RestQuery String asOf, @RestQuery List<String> status,
                                @RestQuery List<String> stance, @RestQuery List<String> region,
                                @RestQuery List<String> sensitivity, @RestQuery String q) {
        Matrix matrix = load(slug, asOf, status, stance, region, sensitivity, q);
        Links links = new Links(matrix.snapshot().request.slug, matrix.snapshot().asOf);
        TileMap map = TileMap.of(matrix.rows().stream().map(Matrix.MatrixRow::row).toList(),
                code -> base + links.jurisdiction(code));
        return Templates.map(matrix, map, Stance.values(), links, base);
    }

    @GET
    @Path("matrix")
    public TemplateInstance matrix(@RestPath String slug, @RestQuery String asOf, @RestQuery List<String> status,
                                   @RestQuery List<String> stance, @RestQuery List<String> region,
                                   @RestQuery List<String> sensitivity, @RestQuery String q) {
        Matrix matrix = load(slug, asOf, status, stance, region, sensitivity, q);
        return Templates.matrix(matrix, Status.values(), new Links(matrix.snapshot().request.slug,
                matrix.snapshot().asOf), base);
    }

    private Matrix load(String slug, String asOf, List<String> status, List<String> stance, List<String> region,
                          List<String> sensitivity, String q) {
        LocalDate day = QueryParams.date("asOf", asOf);
        MatrixFilter filter = MatrixFilter.parse(status, stance, region, sensitivity, q);
        return Matrix.of(snapshots.load(slug, day), filter);
    }
}
