package org.datarequest.tracker.admin;

import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataVersions;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.FieldCsv;
import org.datarequest.tracker.request.FieldForm;
import org.datarequest.tracker.request.FieldRules;
import org.datarequest.tracker.request.FieldSpec;
import org.datarequest.tracker.request.InvalidFieldFile;
import org.datarequest.tracker.request.RequestSetup;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.request.Sensitivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.cell.Cell;
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.Forms;
import org.datarequest.tracker.web.InvalidInput;

/**
 * Adds, edits, reorders, removes and retires a request's fields, and fills a request's fields from a CSV
 * file or from another request. A field's key never changes once made, because cell addresses use it.
 * Every new field gets its blank cells in every covered jurisdiction in the same transaction.
 */
@ApplicationScoped
@Transactional
public class FieldAdmin {

    @Inject
    DataVersions versions;

    private final RequestSetup setup;
    private final Clock clock;

    public FieldAdmin(RequestSetup setup, Clock clock) {
        this.setup = setup;
        this.clock = clock;
    }

    public RequestedField add(String slug, FieldForm form) {
        DataRequest request = Requests.bySlug(slug);
        FormErrors errors = check(form, true);
        if (!errors.has("key") && keyTaken(request, Forms.clean(form.key))) {
            errors.add("key", "This request already has a field with this key.");
        }
        errors.throwIfAny();
        FieldSpec spec = new FieldSpec(nextPosition(request), Forms.clean(form.key), Forms.clean(form.label),
                Forms.clean(form.wording), Sensitivity.parse(form.sensitivity).orElseThrow());
        return setup.addField(request, spec, covered(request));
    }

    /** Label, wording and sensitivity; the key stays. */
    public RequestedField update(String slug, String key, FieldForm form) {
        RequestedField field = Requests.field(Requests.bySlug(slug), key);
        check(form, false).throwIfAny();
        field.label = Forms.clean(form.label);
        field.wording = Forms.clean(form.wording);
        field.sensitivity = Sensitivity.parse(form.sensitivity).orElseThrow();
        versions.bump(field.request.id);
        return field;
    }

    /** Swaps the field with its neighbour ({@code up} towards the start), numbering positions 1, 2, 3... */
    public void move(String slug, String key, boolean up) {
        DataRequest request = Requests.bySlug(slug);
        List<RequestedField> fields = RequestedField.allOf(request);
        int at = indexOf(fields, key);
        int other = up ? at - 1 : at + 1;
        if (other >= 0 && other < fields.size()) {
            fields.add(other, fields.remove(at));
        }
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).position = i + 1;
        }
        versions.bump(request);
    }

    /** Deletes a field and its blank cells; only while nothing was ever recorded on it (else: retire it). */
    public void remove(String slug, String key) {
        RequestedField field = Requests.field(Requests.bySlug(slug), key);
        if (hasChanges(field)) {
            throw InvalidInput.of("key", "Changes were recorded on \u201c" + key
                    + "\u201d, so it cannot be removed; retire it instead to keep its history.");
        }
        Cell.delete("field", field);
        field.delete();
        versions.bump(field.request.id);
    }

    /** Takes a field out of the current matrix from today; its history and past views keep it. */
    public void retire(String slug, String key, boolean retired) {
        RequestedField field = Requests.field(Requests.bySlug(slug), key);
        field.retired = retired;
        field.retiredOn = retired ? LocalDate.now(clock) : null;
        versions.bump(field.request.id);
    }

    public static boolean hasChanges(RequestedField field) {
        return CellChange.count("field", field) > 0;
    }

    /** The ids of a request's fields that have recorded changes, in one statement, for the fields page. */
    public static Set<Long> fieldsWithChanges(DataRequest request) {
        return Set.copyOf(CellChange.getEntityManager().createQuery(
                "select distinct c.field.id from CellChange c where c.requestId = :request", Long.class)
                .setParameter("request", request.id).getResultList());
    }

    /**
     * Adds the fields of a CSV file after the existing ones. Any problem (in the file, or a key the request
     * already has) is reported per line and nothing is written.
     */
    public List<RequestedField> importCsv(String slug, String text) {
        DataRequest request = Requests.bySlug(slug);
        FieldCsv.Parsed parsed = FieldCsv.parse(text);
        List<FieldCsv.LineError> errors = new ArrayList<>(parsed.errors());
        if (errors.isEmpty()) {
            Set<String> taken = keys(request);
            parsed.fields().stream().filter(spec -> taken.contains(spec.key())).forEach(spec -> errors.add(
                    new FieldCsv.LineError(parsed.lineOf(spec.key()), "key", "the request already has a field \u201c" + spec.key() + "\u201d")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldFile(errors);
        }
        int offset = nextPosition(request) - 1;
        List<Jurisdiction> covered = covered(request);
        return parsed.fields().stream().sorted(java.util.Comparator.comparingInt(FieldSpec::position))
                .map(spec -> setup.addField(request, new FieldSpec(offset + spec.position(), spec.key(),
                        spec.label(), spec.wording(), spec.sensitivity()), covered)).toList();
    }

    /** Copies another request's current fields (key, label, wording, sensitivity, order) after the existing ones. */
    public List<RequestedField> copyFrom(String slug, String sourceSlug) {
        DataRequest request = Requests.bySlug(slug);
        DataRequest source = DataRequest.findBySlug(sourceSlug == null ? "" : sourceSlug)
                .orElseThrow(() -> InvalidInput.of("source", "Choose the request to copy the fields from."));
        Set<String> taken = keys(request);
        List<RequestedField> toCopy = RequestedField.activeOf(source);
        String clashes = toCopy.stream().map(field -> field.key).filter(taken::contains).collect(Collectors.joining(", "));
        if (!clashes.isEmpty()) {
            throw InvalidInput.of("source", "This request already has fields with the keys " + clashes + ".");
        }
        int next = nextPosition(request);
        List<Jurisdiction> covered = covered(request);
        List<RequestedField> added = new ArrayList<>();
        for (RequestedField field : toCopy) {
            added.add(setup.addField(request, new FieldSpec(next++, field.key, field.label, field.wording,
                    field.sensitivity), covered));
        }
        return added;
    }

    private static FormErrors check(FieldForm form, boolean withKey) {
        FormErrors errors = new FormErrors();
        if (withKey) {
            FieldRules.key(Forms.clean(form.key)).ifPresent(message -> errors.add("key", sentence(message)));
        }
        FieldRules.label(Forms.clean(form.label)).ifPresent(message -> errors.add("label", sentence(message)));
        FieldRules.wording(Forms.clean(form.wording)).ifPresent(message -> errors.add("wording", sentence(message)));
        if (Sensitivity.parse(form.sensitivity).isEmpty()) {
            errors.add("sensitivity", "Choose a sensitivity.");
        }
        return errors;
    }

    private static String sentence(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }

    private static boolean keyTaken(DataRequest request, String key) {
        return RequestedField.count("request = ?1 and key = ?2", request, key) > 0;
    }

    private static Set<String> keys(DataRequest request) {
        return RequestedField.allOf(request).stream().map(field -> field.key).collect(Collectors.toSet());
    }

    private static int nextPosition(DataRequest request) {
        Integer max = RequestedField.getEntityManager().createQuery(
                "select max(f.position) from RequestedField f where f.request = :request", Integer.class)
                .setParameter("request", request).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static List<Jurisdiction> covered(DataRequest request) {
        return Coverage.of(request).stream().map(coverage -> coverage.jurisdiction).toList();
    }

    private static int indexOf(List<RequestedField> fields, String key) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key.equals(key)) {
                return i;
            }
        }
        throw org.datarequest.tracker.web.NotFound.of("field in this request with the key", key);
    }
}
