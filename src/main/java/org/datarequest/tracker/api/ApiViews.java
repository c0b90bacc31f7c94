package org.datarequest.tracker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.cell.CellState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the JSON API answers. Names follow the long CSV columns of PRODUCT.md section 7 in camelCase, so a
 * script reads the same words in both.
 */
public final class ApiViews {

    private ApiViews() {
    }

    @Schema(description = "A data request, without its fields")
    public record RequestSummary(String slug, String title, String requester, LocalDate sentOn, LocalDate deadline,
                                 boolean archived) {
        static RequestSummary of(DataRequest request) {
            return new RequestSummary(request.slug, request.title, request.requester, request.sentOn,
                    request.deadline, request.archived);
        }
    }

    @Schema(description = "A requested field; retired fields have left the current matrix but keep their history")
    public record FieldView(String key, String label, String wording, String sensitivity, int position,
                            boolean retired, LocalDate retiredOn) {
        static FieldView of(RequestedField field) {
            return new FieldView(field.key, field.label, field.wording, field.sensitivity.name(), field.position,
                    field.retired, field.retiredOn);
        }
    }

    @Schema(description = "A covered jurisdiction and its own deadline, when it has one")
    public record CoverageView(String jurisdiction, String jurisdictionName, LocalDate deadline) {
        static CoverageView of(Coverage coverage) {
            return new CoverageView(coverage.jurisdiction.code, coverage.jurisdiction.name, coverage.deadline);
        }
    }

    @Schema(description = "A data request with every field (retired ones too) and its coverage")
    public record RequestDetail(String slug, String title, String requester, LocalDate sentOn, LocalDate deadline,
                                String description, String sourceUrl, String sourceTitle, boolean archived,
                                List<FieldView> fields, List<CoverageView> coverage) {
    }

    @Schema(description = "One cell: what one jurisdiction does about one field. version is the cell's current"
            + " version; send it back when setting the cell")
    public record CellView(String request, String jurisdiction, String jurisdictionName, String field,
                           String fieldLabel, String status, String statusLabel, LocalDate effectiveDate, String note,
                           String legalBasis, String conditions, String sourceUrl, String sourceTitle,
                           Instant verifiedAt, Instant recordedAt, String recordedBy, long version,
                           @Schema(description = "True when sources disagree about this cell; the other source follows."
                                   + " Cell writes through the API keep it as it is")
                           boolean contested, String contestedSourceUrl, String contestedSourceTitle,
                           Long contestedCommunicationId) {
        static CellView of(String slug, Jurisdiction jurisdiction, RequestedField field, CellState cell) {
            return new CellView(slug, jurisdiction.code, jurisdiction.name, field.key, field.label,
                    cell.status().name(), cell.status().label, cell.effectiveDate(), cell.note(), cell.legalBasis(),
                    cell.conditions(), cell.sourceUrl(), cell.sourceTitle(), cell.verifiedAt(),
                    cell.recordedAt(), cell.recordedBy(),
                    cell.version(), cell.contested(), cell.contestedSourceUrl(), cell.contestedSourceTitle(),
                    cell.contestedCommunicationId());
        }
    }

    @Schema(description = "One recorded change of a cell (the change log columns in camelCase). fromStatus is the"
            + " cell's status just before this change in effective order (effective date, then recorded time);"
            + " backdated is true when the cell already had a later-effective change when this one was recorded;"
            + " changed lists what the change altered")
    public record ChangeView(long changeId, long changeSet, String request, String jurisdiction, String field,
                             String fromStatus, String toStatus, LocalDate effectiveDate, Instant recordedAt,
                             String recordedBy, boolean backdated, List<String> changed, String note,
                             String legalBasis, String conditions, String sourceUrl, String sourceTitle) {
        static ChangeView of(String slug, CellChange change) {
            CellValue value = change.value;
            return new ChangeView(change.id, change.changeSetId, slug, change.jurisdictionCode, change.field.key,
                    change.from().status().name(), value.status().name(), value.effectiveDate(), change.recordedAt,
                    change.recordedBy, change.backdated, change.alters(), value.note(), value.legalBasis(),
                    value.conditions(), value.sourceUrl(), value.sourceTitle());
        }
    }

    @Schema(description = "A cell with every change it went through, newest effective first")
    public record CellDetail(CellView cell, List<ChangeView> history) {
    }

    @Schema(description = "One page of changes, newest first (effective order, or recorded order with order=recorded)")
    public record ChangePage(List<ChangeView> items, int page, int size, long total) {
    }

    @Schema(description = "A jurisdiction's stance")
    public record JurisdictionStance(String jurisdiction, String jurisdictionName, String stance, String stanceLabel) {
    }

    @Schema(description = "How many jurisdictions hold each stance, with the definition used to count them")
    public record StanceCounts(String request, LocalDate asOf, String definition, Map<String, Integer> counts,
                               List<JurisdictionStance> jurisdictions) {
    }

    @Schema(description = "A communication in the shape of the timeline it replaced (summary is its title)")
    public record TimelineView(long id, String kind, LocalDate date, String jurisdiction, String jurisdictionName,
                               String speaker, String office, String quote, String summary, String sourceUrl,
                               String sourceTitle) {
        static TimelineView of(Communication entry) {
            return new TimelineView(entry.id, entry.kind.name(), entry.occurredOn,
                    entry.jurisdiction == null ? null : entry.jurisdiction.code,
                    entry.jurisdiction == null ? null : entry.jurisdiction.name, entry.speaker, entry.office,
                    entry.quote, entry.title, entry.sourceUrl, entry.sourceTitle);
        }
    }
}
