package org.datarequest.tracker.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.datarequest.tracker.cell.CellState;
import org.datarequest.tracker.cell.Status;

/**
 * A jurisdiction's fields grouped by status, for its page: New York's 13 refused fields read as one group with
 * its date, note and source said once, instead of 13 identical rows. A group whose cells differ lists each one.
 */
public record FieldGroups(List<Group> groups, int unverifiedSinceDeadline, LocalDate deadline) {

    /**
     * The fields in one status. {@code shared} is the cell whose date, note, legal basis, conditions and source
     * every field of the group has in common, or null when they differ.
     */
    public record Group(Status status, List<JurisdictionPage.FieldRow> fields, CellState shared) {

        public String count() {
            return fields.size() == 1 ? "1 field" : fields.size() + " fields";
        }
    }

    /** Statuses in the order the page lists them: what is kept back first, silence last (as the sentence says). */
    private static final List<Status> ORDER = List.of(Status.REFUSED, Status.WITHHELD_BY_LAW, Status.CONDITIONAL,
            Status.ON_HOLD, Status.REVIEWING, Status.PROVIDED, Status.WILL_PROVIDE, Status.NOT_COLLECTED,
            Status.NO_RESPONSE);

    /**
     * @param deadline the jurisdiction's deadline for the request, or null
     * @param day      the day shown (today, or the as-of day): a check counts as stale only once the deadline passed
     */
    public static FieldGroups of(List<JurisdictionPage.FieldRow> rows, LocalDate deadline, LocalDate day) {
        Map<Status, List<JurisdictionPage.FieldRow>> byStatus = new EnumMap<>(Status.class);
        rows.forEach(row -> byStatus.computeIfAbsent(row.cell().status(), status -> new ArrayList<>()).add(row));
        List<Status> order = new ArrayList<>(ORDER);
        byStatus.keySet().stream().filter(status -> !ORDER.contains(status)).forEach(order::add);
        List<Group> groups = new ArrayList<>();
        for (Status status : order) {
            List<JurisdictionPage.FieldRow> fields = byStatus.get(status);
            if (fields != null) {
                groups.add(new Group(status, List.copyOf(fields), shared(fields)));
            }
        }
        int unverified = 0;
        if (deadline != null && deadline.isBefore(day)) {
            Instant due = deadline.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            for (JurisdictionPage.FieldRow row : rows) {
                Instant verified = row.cell().verifiedAt();
                if (verified == null || verified.isBefore(due)) {
                    unverified++;
                }
            }
        }
        return new FieldGroups(List.copyOf(groups), unverified, deadline);
    }

    private static CellState shared(List<JurisdictionPage.FieldRow> fields) {
        CellState first = fields.get(0).cell();
        for (JurisdictionPage.FieldRow row : fields) {
            CellState cell = row.cell();
            if (!Objects.equals(cell.effectiveDate(), first.effectiveDate()) || !Objects.equals(cell.note(), first.note())
                    || !Objects.equals(cell.legalBasis(), first.legalBasis())
                    || !Objects.equals(cell.conditions(), first.conditions())
                    || !Objects.equals(cell.sourceText(), first.sourceText())
                    || !Objects.equals(cell.sourceUrl(), first.sourceUrl())) {
                return null;
            }
        }
        return first;
    }
}
