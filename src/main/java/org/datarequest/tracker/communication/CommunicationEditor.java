package org.datarequest.tracker.communication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.datarequest.tracker.TrackerException;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.DataVersions;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.Forms;
import org.datarequest.tracker.web.InvalidInput;
import org.datarequest.tracker.web.SaneDates;

/**
 * Adds, edits and deletes a request's communications and their documents. Each of these also appends a
 * {@link CommunicationRevision} and moves the request's data version on, in the same transaction. Pages, the
 * API and the CSV import all come here.
 */
@ApplicationScoped
@Transactional
public class CommunicationEditor {

    /** An uploaded file as it arrived: its bytes are read only once its name and size passed. */
    public interface Upload {
        String fileName();

        long size();

        InputStream open() throws IOException;
    }

    private final DataVersions versions;
    private final Forms forms;
    private final ObjectMapper json;
    private final Clock clock;
    private final EntityManager entityManager;

    public CommunicationEditor(DataVersions versions, Forms forms, ObjectMapper json, Clock clock,
                               EntityManager entityManager) {
        this.versions = versions;
        this.forms = forms;
        this.json = json;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    public Communication add(String slug, CommunicationForm form, String user) {
        return add(Requests.bySlug(slug), form, user);
    }

    public Communication add(DataRequest request, CommunicationForm form, String user) {
        Communication communication = new Communication();
        communication.request = request;
        apply(form, communication, new FormErrors());
        communication.persist();
        revise(communication, CommunicationRevision.Action.ADD, null, snapshot(communication), user);
        return communication;
    }

    public Communication update(String slug, long id, CommunicationForm form, String user) {
        Communication communication = Communications.find(Requests.bySlug(slug), id);
        String before = snapshot(communication);
        apply(form, communication, new FormErrors());
        revise(communication, CommunicationRevision.Action.EDIT, before, snapshot(communication), user);
        return communication;
    }

    /**
     * Deletes a communication no cell change, contested cell or litigation change cites; one that is cited stays
     * (the history points to it).
     */
    public void delete(String slug, long id, String user) {
        Communication communication = Communications.find(Requests.bySlug(slug), id);
        Number cited = (Number) entityManager.createNativeQuery("select (select count(*) from change_set"
                        + " where communication_id = :id) + (select count(*) from cell_change"
                        + " where contested_communication_id = :id) + (select count(*) from litigation_change"
                        + " where communication_id = :id)")
                .setParameter("id", id).getSingleResult();
        if (cited.longValue() > 0) {
            throw new TrackerException(TrackerException.Kind.CONFLICT, "communication-cited", "id",
                    "Changes cite this communication as their source, so it stays; edit it instead.");
        }
        revise(communication, CommunicationRevision.Action.DELETE, snapshot(communication), null, user);
        CommunicationDocument.deleteById(communication.id);
        communication.delete();
    }

    /**
     * Checks every rule before anything is stored: names without folder parts, at most 20 MB (asked of the
     * upload before a byte is read), a PDF or image by its bytes. Replaces a document already attached.
     */
    public Communications.DocumentInfo attach(String slug, long id, Upload upload, String user) {
        Communication communication = Communications.find(Requests.bySlug(slug), id);
        byte[] bytes = checkedBytes(upload);
        String type = DocumentCheck.sniff(bytes).orElseThrow();
        String before = snapshot(communication);
        CommunicationDocument document = CommunicationDocument.findById(communication.id);
        if (document == null) {
            document = new CommunicationDocument();
            document.communicationId = communication.id;
        }
        document.fileName = upload.fileName().strip();
        document.contentType = type;
        document.size = bytes.length;
        document.sha256 = sha256(bytes);
        document.content = bytes;
        document.uploadedAt = clock.instant();
        document.uploadedBy = user;
        document.persist();
        entityManager.flush();
        revise(communication, CommunicationRevision.Action.EDIT, before, snapshot(communication), user);
        return Communications.document(communication.id).orElseThrow();
    }

    public void removeDocument(String slug, long id, String user) {
        Communication communication = Communications.find(Requests.bySlug(slug), id);
        String before = snapshot(communication);
        if (CommunicationDocument.deleteById(communication.id)) {
            entityManager.flush();
            revise(communication, CommunicationRevision.Action.EDIT, before, snapshot(communication), user);
        }
    }

    /** The bytes of an upload that passed every check, or {@link InvalidInput} on the field "document". */
    static byte[] checkedBytes(Upload upload) {
        if (upload == null) {
            throw InvalidInput.of("document", "Choose a file to attach.");
        }
        String problem = DocumentCheck.nameProblem(upload.fileName());
        if (problem == null) {
            problem = DocumentCheck.sizeProblem(upload.size());
        }
        if (problem != null) {
            throw InvalidInput.of("document", problem);
        }
        byte[] bytes;
        try (InputStream in = upload.open()) {
            bytes = in.readNBytes((int) DocumentCheck.MAX_BYTES + 1);
        } catch (IOException e) {
            throw InvalidInput.of("document", "The file could not be read; try again.");
        }
        problem = DocumentCheck.sizeProblem(bytes.length);
        if (problem == null && DocumentCheck.sniff(bytes).isEmpty()) {
            problem = DocumentCheck.typeProblem();
        }
        if (problem != null) {
            throw InvalidInput.of("document", problem);
        }
        return bytes;
    }

    /** Checks the form and copies it onto {@code communication}, or throws {@link InvalidInput} with every message. */
    void apply(CommunicationForm form, Communication communication, FormErrors errors) {
        check(form, errors);
        errors.throwIfAny();
        Kind kind = Kind.parse(form.kind).orElseThrow();
        DatePrecision precision = DatePrecision.parse(form.precision).orElseThrow();
        Jurisdiction jurisdiction = form.jurisdiction == null ? null
                : Jurisdiction.findByCode(form.jurisdiction).orElseThrow();
        communication.kind = kind;
        communication.direction = Direction.parse(form.direction).orElseGet(() -> defaultDirection(kind, jurisdiction));
        communication.date(precision.parseDate(form.date).orElseThrow(), precision);
        communication.jurisdiction = jurisdiction;
        communication.title = form.title;
        communication.speaker = form.speaker;
        communication.office = form.office;
        communication.quote = form.quote;
        communication.sourceUrl = form.sourceUrl;
        communication.sourceTitle = form.sourceTitle;
    }

    /** Every message the form earns, added to {@code errors} (nothing stored). */
    public FormErrors check(CommunicationForm form, FormErrors errors) {
        forms.check(form.cleaned()).entries().forEach(entry -> errors.add(entry.getKey(), entry.getValue()));
        if (Kind.parse(form.kind).isEmpty() && !errors.has("kind")) {
            errors.add("kind", "Choose one of the kinds in the list.");
        }
        if (form.direction != null && Direction.parse(form.direction).isEmpty()) {
            errors.add("direction", "Choose to the jurisdiction, from it, or third party.");
        }
        var precision = DatePrecision.parse(form.precision);
        if (precision.isEmpty()) {
            errors.add("precision", "Choose day, month or year.");
        }
        if (form.date == null || form.date.isBlank()) {
            errors.add("date", "Enter the date.");
        } else if (precision.isPresent()) {
            var day = precision.get().parseDate(form.date);
            if (day.isEmpty()) {
                errors.add("date", switch (precision.get()) {
                    case DAY -> "Enter a date written YYYY-MM-DD.";
                    case MONTH -> "Enter a month written YYYY-MM.";
                    case YEAR -> "Enter a year written YYYY.";
                });
            } else if (!SaneDates.contains(day.get())) {
                errors.add("date", "Enter a date " + SaneDates.PROBLEM + ".");
            } else if (day.get().isAfter(LocalDate.now(clock).plusYears(1))) {
                errors.add("date", "The date is more than a year ahead; check the year.");
            }
        }
        if (form.jurisdiction != null && Jurisdiction.findByCode(form.jurisdiction).isEmpty()) {
            errors.add("jurisdiction", "There is no jurisdiction \u201c" + form.jurisdiction + "\u201d.");
        }
        return errors;
    }

    static Direction defaultDirection(Kind kind, Jurisdiction jurisdiction) {
        if (kind == Kind.LETTER || kind == Kind.EMAIL) {
            return Direction.TO_JURISDICTION;
        }
        return kind == Kind.STATEMENT && jurisdiction != null ? Direction.FROM_JURISDICTION : Direction.THIRD_PARTY;
    }

    private void revise(Communication communication, CommunicationRevision.Action action, String before, String after,
                        String user) {
        CommunicationRevision revision = new CommunicationRevision();
        revision.communicationId = communication.id;
        revision.requestId = communication.request.id;
        revision.action = action;
        revision.before = before;
        revision.after = after;
        revision.recordedAt = clock.instant();
        revision.recordedBy = user;
        revision.persist();
        versions.bump(revision.requestId);
    }

    private String snapshot(Communication communication) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", communication.kind.name());
        fields.put("direction", communication.direction.name());
        fields.put("date", communication.dateIso());
        fields.put("precision", communication.precision.name());
        fields.put("jurisdiction", communication.jurisdiction == null ? null : communication.jurisdiction.code);
        fields.put("title", communication.title);
        fields.put("speaker", communication.speaker);
        fields.put("office", communication.office);
        fields.put("quote", communication.quote);
        fields.put("sourceUrl", communication.sourceUrl);
        fields.put("sourceTitle", communication.sourceTitle);
        Communications.document(communication.id).ifPresent(document -> fields.put("document",
                Map.of("fileName", document.fileName(), "contentType", document.contentType(),
                        "size", document.size(), "sha256", document.sha256())));
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
