package org.datarequest.tracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import jakarta.enterprise.event.Event;

/**
 * Creates requests with their fields and coverage. Each new field and each newly covered jurisdiction is
 * announced as an event in the same transaction; the cell package answers it with one blank cell (No
 * response) per covered jurisdiction and field, so every page reads cells without guessing at missing ones.
 */
@ApplicationScoped
@Transactional
public class RequestSetup {

    /** A field was added to a request that covers {@code covered}. */
    public record FieldAdded(DataRequest request, RequestedField field, List<Jurisdiction> covered) {
    }

    /** A request now covers {@code jurisdiction}, for its {@code fields}. */
    public record JurisdictionCovered(DataRequest request, Jurisdiction jurisdiction, List<RequestedField> fields) {
    }

    private final Event<FieldAdded> fieldAdded;
    private final Event<JurisdictionCovered> jurisdictionCovered;
    private final DataVersions versions;

    public RequestSetup(Event<FieldAdded> fieldAdded, Event<JurisdictionCovered> jurisdictionCovered,
                        DataVersions versions) {
        this.fieldAdded = fieldAdded;
        this.jurisdictionCovered = jurisdictionCovered;
        this.versions = versions;
    }

    public RequestedField addField(DataRequest request, FieldSpec spec, List<Jurisdiction> covered) {
        RequestedField field = new RequestedField();
        field.request = request;
        field.position = spec.position();
        field.key = spec.key();
        field.label = spec.label();
        field.wording = spec.wording();
        field.sensitivity = spec.sensitivity();
        field.persist();
        fieldAdded.fire(new FieldAdded(request, field, List.copyOf(covered)));
        versions.bump(request);
        return field;
    }

    public void cover(DataRequest request, Jurisdiction jurisdiction, List<RequestedField> fields) {
        Coverage.of(request, jurisdiction).persistAndFlush();
        jurisdictionCovered.fire(new JurisdictionCovered(request, jurisdiction, List.copyOf(fields)));
        versions.bump(request);
    }

    /** A request covering {@code covered}, with {@code fields} in their order and every cell blank. */
    public DataRequest create(DataRequest request, List<FieldSpec> fields, List<Jurisdiction> covered) {
        request.persist();
        covered.forEach(jurisdiction -> Coverage.of(request, jurisdiction).persist());
        // cells reference coverage by a foreign key: coverage rows must be written before the first cell
        Coverage.flush();
        fields.forEach(spec -> addField(request, spec, covered));
        return request;
    }
}
