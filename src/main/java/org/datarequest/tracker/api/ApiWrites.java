package org.datarequest.tracker.api;

import java.util.List;
import org.datarequest.tracker.cell.CellInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What scripts send to write cells; the same fields, rules and optimistic version as the forms. */
public final class ApiWrites {

    private ApiWrites() {
    }

    @Schema(description = "A new value for one cell. version is the cell's version you started from (from a read);"
            + " effectiveDate defaults to today; a source (URL or title) is needed unless status is NO_RESPONSE")
    public record CellWrite(@Schema(required = true, example = "WILL_PROVIDE") String status,
                            @Schema(example = "2025-07-01") String effectiveDate, String note, String legalBasis,
                            String conditions, String sourceUrl, String sourceTitle,
                            @Schema(required = true) Long version) {
        CellInput input() {
            return new CellInput(status, effectiveDate, note, legalBasis, conditions, sourceUrl, sourceTitle);
        }
    }

    @Schema(description = "One cell of a batch: which cell, and its new value")
    public record BatchItem(@Schema(required = true, example = "TX") String jurisdiction,
                            @Schema(required = true, example = "full_name") String field,
                            @Schema(required = true) Long version,
                            @Schema(required = true, example = "WILL_PROVIDE") String status,
                            String effectiveDate, String note, String legalBasis, String conditions, String sourceUrl,
                            String sourceTitle) {
        CellWrite write() {
            return new CellWrite(status, effectiveDate, note, legalBasis, conditions, sourceUrl, sourceTitle, version);
        }
    }

    @Schema(description = "Cells to set together: all are written, or none")
    public record Batch(@Schema(required = true) List<BatchItem> items) {
    }

    @Schema(description = "What a write recorded: one change per cell whose value really changed")
    public record WriteResult(int changesRecorded, List<ApiViews.ChangeView> changes) {
    }

    @Schema(description = "The problems of one item of a write (index 0 for a single cell), by input name")
    public record ItemErrors(int index, String jurisdiction, String field, java.util.Map<String, String> errors) {
    }

    @Schema(description = "A cell someone else saved since you read it: your value and the current one")
    public record Conflict(String jurisdiction, String field, long yourVersion, CellWrite yours,
                           ApiViews.CellView current) {
    }

    @Schema(description = "A new communication in the timeline's shape (summary is its title); see communications")
    public record TimelineWrite(@Schema(required = true, example = "LAWSUIT",
                                        enumeration = {"LETTER", "STATEMENT", "LAWSUIT", "RULING", "DEADLINE", "OTHER"})
                                String kind,
                                @Schema(required = true, example = "2025-09-16") String occurredOn,
                                @Schema(example = "NY") String jurisdiction, String speaker, String office,
                                String quote, @Schema(required = true) String summary, String sourceUrl,
                                String sourceTitle) {
        org.datarequest.tracker.communication.CommunicationForm form() {
            var form = new org.datarequest.tracker.communication.CommunicationForm();
            form.kind = kind;
            form.date = occurredOn;
            form.jurisdiction = jurisdiction;
            form.speaker = speaker;
            form.office = office;
            form.quote = quote;
            form.title = summary;
            form.sourceUrl = sourceUrl;
            form.sourceTitle = sourceTitle;
            return form;
        }
    }
}
