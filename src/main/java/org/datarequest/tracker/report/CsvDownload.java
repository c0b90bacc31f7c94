package org.datarequest.tracker.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A CSV file sent as it is written: UTF-8, RFC 4180 quoting by fastcsv, CRLF line ends, an optional
 * byte-order mark, and every cell neutralised against formulas. Rows reach the client while later rows are
 * still being read, so memory does not grow with the size of the file.
 */
public final class CsvDownload {

    /** Writes the data rows of one file; the header is already written. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(Sink sink) throws IOException;
    }

    /** Takes one row at a time, neutralising each cell. */
    public static final class Sink {
        private final CsvWriter writer;
        private final int width;
        private long count;

        Sink(CsvWriter writer, int width) {
            this.writer = writer;
            this.width = width;
        }

        public void row(List<String> cells) {
            if (cells.size() != width) {
                throw new IllegalArgumentException("row of " + cells.size() + " cells under a header of " + width);
            }
            writer.writeRecord(cells.stream().map(SpreadsheetSafe::neutralise).toList());
            count++;
        }

        public long count() {
            return count;
        }
    }

    private CsvDownload() {
    }

    /**
     * The response for a download named {@code {slug}-{kind}-{day}.csv}.
     *
     * @param day the as-of day, or today when the file shows the present
     */
    public static Response of(String slug, String kind, LocalDate day, boolean bom, List<String> header, Rows rows) {
        StreamingOutput body = output -> write(output, bom, header, rows);
        String filename = safe(slug) + "-" + kind + "-" + day + ".csv";
        return Response.ok(body)
                .type("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    static void write(OutputStream output, boolean bom, List<String> header, Rows rows) throws IOException {
        Writer text = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        if (bom) {
            text.write('\uFEFF');
        }
        CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(8192).build(text);
        Sink sink = new Sink(writer, header.size());
        sink.row(header);
        rows.writeTo(sink);
        writer.flush();
        text.flush();
    }

    /** Slugs are plain already; this keeps the header safe should one ever hold something else. */
    private static String safe(String slug) {
        return slug.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
