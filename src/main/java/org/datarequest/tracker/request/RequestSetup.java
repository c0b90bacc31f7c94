package org.datarequest.tracker.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.tracking.Response;

/**
 * Creates requests with their fields and coverage, and keeps one blank cell (No response) for every
 * covered jurisdiction and field, so every page reads cells without guessing at missing ones.
 */
@ApplicationScoped
@Transactional
public class RequestSetup {

    @Inject
    DataVersions versions;

    public RequestedField addField(DataRequest request, FieldSpec spec, List<Jurisdiction> covered) {
        RequestedField field = new RequestedField();
        field.request = request;
        field.position = spec.position();
        field.key = spec.key();
        field.label = spec.label();
        field.wording = spec.wording();
        field.sensitivity = spec.sensitivity();
        field.persist();
        covered.forEach(jurisdiction -> Response.blank(request, jurisdiction, field).persist());
        versions.bump(request);
        return field;
    }

    public void cover(DataRequest request, Jurisdiction jurisdiction, List<RequestedField> fields) {
        Coverage.of(request, jurisdiction).persistAndFlush();
        fields.forEach(field -> Response.blank(request, jurisdiction, field).persist());
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
