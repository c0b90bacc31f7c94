package org.datarequest.tracker.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.datarequest.tracker.Timestamps;
import org.datarequest.tracker.TrackerConfig;
import org.datarequest.tracker.cell.ChangeCriteria;
import org.datarequest.tracker.cell.Matrix;
import org.datarequest.tracker.cell.MatrixFilter;
import org.datarequest.tracker.cell.SnapshotService;
import org.datarequest.tracker.cell.Stance;
import org.datarequest.tracker.communication.Communications;
import org.datarequest.tracker.communication.DatePrecision;
import org.datarequest.tracker.communication.Direction;
import org.datarequest.tracker.communication.Kind;
import org.datarequest.tracker.litigation.LitigationStatus;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.QueryParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A request's data as a Frictionless tabular data package: a zip with the CSV exports (the same bytes as the
 * downloads, as of one day) and a {@code datapackage.json} that describes each file with a Table Schema —
 * types, the status and stance vocabularies as enums (read from {@link Status} and {@link Stance}, so a new
 * value appears by itself), the licence, the sources and the as-of day. The files are a list of
 * {@link PackagedFile}s: another export joins the package with one more entry in {@link #files}.
 */
@Path("/requests/{slug}/export/datapackage.zip")
@Transactional(Transactional.TxType.SUPPORTS)
public class DataPackage {

    /** One field of a Table Schema. */
    public record SchemaField(String name, String type, String format, List<String> enumeration, boolean required,
                              String description) {

        static SchemaField text(String name, String description) {
            return new SchemaField(name, "string", null, null, false, description);
        }

        Map<String, Object> descriptor() {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", name);
            field.put("type", type);
            if (format != null) {
                field.put("format", format);
            }
            if (description != null) {
                field.put("description", description);
            }
            Map<String, Object> constraints = new LinkedHashMap<>();
            if (required) {
                constraints.put("required", true);
            }
            if (enumeration != null) {
                constraints.put("enum", enumeration);
            }
            if (!constraints.isEmpty()) {
                field.put("constraints", constraints);
            }
            return field;
        }
    }

    /** One CSV file of the package: its resource name, file, title, schema (in column order) and rows. */
    public record PackagedFile(String name, String title, List<SchemaField> schema, List<String> header,
                               CsvDownload.Rows rows) {

        String path() {
            return name + ".csv";
        }
    }

    /** The moments of the exports: UTC with six fraction digits (Timestamps). */
    static final String MOMENT_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ";

    private final SnapshotService snapshots;
    private final CellExport cellExport;
    private final ChangeLogExport changeLogExport;
    private final DataPackageConfig config;
    private final String base;
    private final Clock clock;

    public DataPackage(SnapshotService snapshots, CellExport cellExport, ChangeLogExport changeLogExport,
                       DataPackageConfig config, TrackerConfig tracker, Clock clock) {
        this.snapshots = snapshots;
        this.cellExport = cellExport;
        this.changeLogExport = changeLogExport;
        this.config = config;
        this.base = TrackerConfig.absoluteBase(tracker);
        this.clock = clock;
    }

    @GET
    @Produces("application/zip")
    public Response zip(@RestPath String slug, @RestQuery String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf);
        DataRequest request = Requests.bySlug(slug);
        LocalDate shown = day != null ? day : LocalDate.now(clock);
        List<PackagedFile> files = files(request, day);
        byte[] descriptor = descriptor(request, shown, files);
        StreamingOutput body = output -> write(output, descriptor, files);
        return Response.ok(body).type("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + slug.replaceAll("[^A-Za-z0-9_-]", "_")
                        + "-datapackage-" + shown + ".zip\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The files of the package, as of {@code day} (null: now). Add an export here to add it to the package. */
    List<PackagedFile> files(DataRequest request, LocalDate day) {
        Matrix matrix = Matrix.of(snapshots.load(request, day), MatrixFilter.parse(null, null, null, null, null));
        List<RequestedField> fields = RequestedField.allOf(request);
        Map<Long, String> keysById = new HashMap<>();
        fields.forEach(field -> keysById.put(field.id, field.key));
        List<String> covered = Coverage.of(request).stream().map(one -> one.jurisdiction.code).toList();
        ChangeCriteria changes = new ChangeCriteria(request.id, null, day, covered, null, null, null);
        return List.of(
                new PackagedFile("wide", "The matrix: one row per jurisdiction, one column per field (status codes)",
                        wideSchema(matrix), CellExport.wideHeader(matrix), CellExport.wideRows(matrix)),
                new PackagedFile("long", "Every cell, one row per jurisdiction and field", longSchema(),
                        CellExport.LONG_HEADER, cellExport.longRows(matrix)),
                new PackagedFile("changes", "The change log: every recorded change, oldest first", changesSchema(),
                        ChangeLogExport.HEADER, changeLogExport.rows(request.slug, changes, keysById)),
                new PackagedFile("communications", "Letters, statements, filings and rulings, oldest first",
                        communicationsSchema(), CommunicationCsv.COLUMNS, sink -> Communications
                        .filtered(request, null, null, day, true)
                        .forEach(entry -> sink.row(CommunicationCsv.row(entry)))));
    }

    static List<SchemaField> communicationsSchema() {
        return List.of(
                new SchemaField("date", "string", null, null, true,
                        "YYYY-MM-DD, YYYY-MM or YYYY, as precise as the date is known"),
                new SchemaField("precision", "string", null, names(DatePrecision.values()), true, null),
                new SchemaField("kind", "string", null, names(Kind.values()), true, null),
                new SchemaField("direction", "string", null, names(Direction.values()), true,
                        "To the jurisdiction, from it, or a third party"),
                SchemaField.text("jurisdiction", "USPS code of the jurisdiction it concerns, if one"),
                new SchemaField("title", "string", null, null, true, null),
                SchemaField.text("speaker", null), SchemaField.text("office", null), SchemaField.text("quote", null),
                SchemaField.text("source_url", null), SchemaField.text("source_title", null));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    static List<String> statuses() {
        return names(Status.values());
    }

    static List<String> litigationStatuses() {
        return names(LitigationStatus.values());
    }

    static List<String> stances() {
        return names(Stance.values());
    }

    private static SchemaField code() {
        return new SchemaField("jurisdiction", "string", null, null, true, "USPS code of the jurisdiction");
    }

    static List<SchemaField> wideSchema(Matrix matrix) {
        List<SchemaField> schema = new ArrayList<>(List.of(code(),
                SchemaField.text("jurisdiction_name", "Name of the jurisdiction"),
                new SchemaField("stance", "string", null, stances(), true, "Overall answer, derived from the cells"),
                new SchemaField("litigation", "string", null, litigationStatuses(), true,
                        "Litigation over the request with this jurisdiction, as of the day shown")));
        matrix.columns().forEach(column -> schema.add(new SchemaField(column.field().key, "string", null, statuses(),
                true, "Status of the field " + column.field().label)));
        return schema;
    }

    static List<SchemaField> longSchema() {
        return List.of(
                new SchemaField("request", "string", null, null, true, "Slug of the request"), code(),
                SchemaField.text("jurisdiction_name", null),
                new SchemaField("field", "string", null, null, true, "Key of the requested field"),
                SchemaField.text("field_label", null),
                new SchemaField("status", "string", null, statuses(), true, "Status code"),
                SchemaField.text("status_label", null),
                new SchemaField("effective_date", "date", null, null, false, "When the jurisdiction took this position"),
                SchemaField.text("note", null), SchemaField.text("legal_basis", null),
                SchemaField.text("conditions", null), SchemaField.text("source_url", null),
                SchemaField.text("source_title", null),
                new SchemaField("verified_at", "datetime", MOMENT_FORMAT, null, false, "Last checked, UTC"),
                new SchemaField("recorded_at", "datetime", MOMENT_FORMAT, null, false, "When the value was recorded, UTC"),
                SchemaField.text("recorded_by", null),
                new SchemaField("litigation", "string", null, litigationStatuses(), true,
                        "Litigation over the request with this jurisdiction, as of the day shown"));
    }

    static List<SchemaField> changesSchema() {
        return List.of(
                new SchemaField("change_id", "integer", null, null, true, null),
                new SchemaField("change_set", "integer", null, null, true, "The save the change belongs to"),
                new SchemaField("request", "string", null, null, true, null), code(),
                new SchemaField("field", "string", null, null, true, null),
                new SchemaField("from_status", "string", null, statuses(), true,
                        "Status before the change, in effective order"),
                new SchemaField("to_status", "string", null, statuses(), true, null),
                new SchemaField("effective_date", "date", null, null, true, null),
                new SchemaField("recorded_at", "datetime", MOMENT_FORMAT, null, true, "UTC"),
                new SchemaField("recorded_by", "string", null, null, true, null),
                new SchemaField("backdated", "boolean", null, null, true,
                        "Recorded after a change that took effect later"),
                SchemaField.text("note", null), SchemaField.text("legal_basis", null),
                SchemaField.text("conditions", null), SchemaField.text("source_url", null),
                SchemaField.text("source_title", null));
    }

    private byte[] descriptor(DataRequest request, LocalDate shown, List<PackagedFile> files) {
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("profile", "tabular-data-package");
        pkg.put("name", request.slug.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-"));
        pkg.put("title", request.title);
        pkg.put("description", "What each jurisdiction answered to this data request, field by field, as of "
                + shown + ", with every recorded change. CSV text that could start a formula is prefixed with '.");
        pkg.put("created", Timestamps.format(clock.instant()));
        pkg.put("asOf", shown.toString());
        pkg.put("homepage", base + "/requests/" + request.slug);
        Map<String, Object> license = new LinkedHashMap<>();
        license.put("name", config.licenseName());
        license.put("path", config.licensePath());
        license.put("title", config.licenseTitle());
        pkg.put("licenses", List.of(license));
        List<Map<String, Object>> sources = new ArrayList<>();
        sources.add(Map.of("title", "Data-request compliance tracker", "path", base + "/requests/" + request.slug));
        if (request.sourceUrl != null || request.sourceTitle != null) {
            Map<String, Object> letter = new LinkedHashMap<>();
            letter.put("title", request.sourceTitle != null ? request.sourceTitle : "The request");
            if (request.sourceUrl != null) {
                letter.put("path", request.sourceUrl);
            }
            sources.add(letter);
        }
        pkg.put("sources", sources);
        List<Map<String, Object>> resources = new ArrayList<>();
        for (PackagedFile file : files) {
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.put("name", file.name());
            resource.put("path", file.path());
            resource.put("title", file.title());
            resource.put("profile", "tabular-data-resource");
            resource.put("format", "csv");
            resource.put("mediatype", "text/csv");
            resource.put("encoding", "utf-8");
            resource.put("dialect", Map.of("delimiter", ",", "lineTerminator", "\r\n", "quoteChar", "\"",
                    "doubleQuote", true, "header", true));
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("fields", file.schema().stream().map(SchemaField::descriptor).toList());
            schema.put("missingValues", List.of(""));
            resource.put("schema", schema);
            resources.add(resource);
        }
        pkg.put("resources", resources);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(pkg);
        } catch (IOException e) {
            throw new IllegalStateException("could not write datapackage.json", e);
        }
    }

    private static void write(OutputStream output, byte[] descriptor, List<PackagedFile> files) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(output);
        zip.putNextEntry(new ZipEntry("datapackage.json"));
        zip.write(descriptor);
        zip.closeEntry();
        for (PackagedFile file : files) {
            zip.putNextEntry(new ZipEntry(file.path()));
            CsvDownload.write(zip, false, file.header(), file.rows());
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }
}
