package org.datarequest.tracker.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.datarequest.tracker.Timestamps;
import org.datarequest.tracker.TrackerConfig;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.ChangeSetOpened;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.web.Links;

/**
 * Puts every change set into the outbox of each endpoint that wants it, in the save's own transaction: when
 * the save commits the events are there, when it rolls back they never were. The JSON is built here, once, and
 * sent byte for byte (so the signature covers exactly what was recorded).
 */
@ApplicationScoped
public class WebhookEvents {

    public static final String CHANGE_SET = "change_set.recorded";
    public static final String TEST = "test";
    /** The longest event body kept (the column holds 10,000,000 characters). */
    static final int MAX_BODY = 9_000_000;

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final String base;

    public WebhookEvents(EntityManager entityManager, ObjectMapper json, Clock clock, TrackerConfig config) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.base = TrackerConfig.absoluteBase(config);
    }

    /** Runs just before the save commits, when every change of the set has been recorded. */
    void onChangeSet(@Observes(during = TransactionPhase.BEFORE_COMPLETION) ChangeSetOpened opened) {
        List<WebhookEndpoint> endpoints = WebhookEndpoint.activeFor(opened.request().id);
        if (endpoints.isEmpty()) {
            return;
        }
        List<CellChange> changes = entityManager.createQuery(
                        "select c from CellChange c join fetch c.field where c.changeSet = :set order by c.id", CellChange.class)
                .setParameter("set", opened.changeSet()).getResultList();
        Map<String, String> names = new LinkedHashMap<>();
        for (WebhookEndpoint endpoint : endpoints) {
            List<CellChange> wanted = changes.stream().filter(change -> wants(endpoint, change)).toList();
            if (!wanted.isEmpty()) {
                enqueue(endpoint, CHANGE_SET, opened.changeSet().id,
                        changeSetEvent(opened.request(), opened.changeSet(), wanted, names));
            }
        }
        entityManager.flush();
    }

    static boolean wants(WebhookEndpoint endpoint, CellChange change) {
        return (endpoint.jurisdictionCode == null || endpoint.jurisdictionCode.equals(change.jurisdictionCode))
                && (endpoint.fieldKey == null || endpoint.fieldKey.equals(change.field.key))
                && (endpoint.status == null || endpoint.status.equals(change.value.status().name()));
    }

    /** Queues a test event for one endpoint (the "send test event" button); the caller's transaction commits it. */
    public OutboxEvent enqueueTest(WebhookEndpoint endpoint, DataRequest request, String by) {
        Map<String, Object> event = envelope(TEST, request);
        event.put("message", "A test event sent by " + by + " from the tracker's webhook page.");
        return enqueue(endpoint, TEST, null, event);
    }

    private OutboxEvent enqueue(WebhookEndpoint endpoint, String type, Long changeSetId, Map<String, Object> event) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OutboxEvent row = new OutboxEvent();
        row.endpointId = endpoint.id;
        row.eventId = (String) event.get("id");
        row.eventType = type;
        row.changeSetId = changeSetId;
        row.body = fitting(event);
        row.state = OutboxEvent.State.PENDING;
        row.attempts = 0;
        row.nextAttemptAt = now;
        row.createdAt = now;
        row.persist();
        return row;
    }

    /**
     * The event as JSON, at most {@link #MAX_BODY} characters: a save of thousands of cells with long notes keeps
     * as many of its changes as fit, and says how many it left out ({@code changesOmitted}; the change set's
     * {@code url} shows them all), rather than making the save itself fail.
     */
    @SuppressWarnings("unchecked")
    private String fitting(Map<String, Object> event) {
        try {
            String body = json.writeValueAsString(event);
            if (body.length() <= MAX_BODY || !(event.get("changes") instanceof List<?>)) {
                return body;
            }
            List<Object> all = (List<Object>) event.get("changes");
            int kept = all.size();
            while (body.length() > MAX_BODY && kept > 0) {
                kept /= 2;
                event.put("changes", all.subList(0, kept));
                event.put("changesOmitted", all.size() - kept);
                body = json.writeValueAsString(event);
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a webhook event", e);
        }
    }

    private Map<String, Object> envelope(String type, DataRequest request) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("createdAt", Timestamps.format(clock.instant()));
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("slug", request.slug);
        about.put("title", request.title);
        about.put("url", base + new Links(request.slug, null).base());
        event.put("request", about);
        return event;
    }

    private Map<String, Object> changeSetEvent(DataRequest request, ChangeSet set, List<CellChange> changes,
                                               Map<String, String> names) {
        Links links = new Links(request.slug, null);
        Map<String, Object> event = envelope(CHANGE_SET, request);
        Map<String, Object> saved = new LinkedHashMap<>();
        saved.put("id", set.id);
        saved.put("recordedAt", Timestamps.format(set.recordedAt));
        saved.put("recordedBy", set.recordedBy);
        saved.put("method", set.method.name());
        saved.put("summary", set.summary);
        saved.put("sourceUrl", set.sourceUrl);
        saved.put("sourceTitle", set.sourceTitle);
        saved.put("reverts", set.revertsId);
        saved.put("url", base + links.changeSet(set.id));
        event.put("changeSet", saved);
        List<Map<String, Object>> cells = new ArrayList<>();
        Set<List<String>> sources = new LinkedHashSet<>();
        if (set.sourceUrl != null || set.sourceTitle != null) {
            sources.add(java.util.Arrays.asList(set.sourceUrl, set.sourceTitle));
        }
        for (CellChange change : changes) {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("changeId", change.id);
            cell.put("jurisdiction", change.jurisdictionCode);
            cell.put("jurisdictionName", names.computeIfAbsent(change.jurisdictionCode, code -> {
                Jurisdiction found = Jurisdiction.findById(code);
                return found == null ? code : found.name;
            }));
            cell.put("field", change.field.key);
            cell.put("fieldLabel", change.field.label);
            cell.put("effectiveDate", String.valueOf(change.effectiveDate()));
            cell.put("backdated", change.backdated);
            cell.put("from", value(change.from()));
            cell.put("to", value(change.value));
            cell.put("url", base + links.cellPath(change.jurisdictionCode, change.field.key));
            cells.add(cell);
            if (change.value.sourceUrl() != null || change.value.sourceTitle() != null) {
                sources.add(java.util.Arrays.asList(change.value.sourceUrl(), change.value.sourceTitle()));
            }
        }
        event.put("changes", cells);
        event.put("sources", sources.stream().map(pair -> {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("url", pair.get(0));
            source.put("title", pair.get(1));
            return source;
        }).toList());
        return event;
    }

    private static Map<String, Object> value(CellValue value) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("status", value.status().name());
        cell.put("statusLabel", value.status().label);
        cell.put("effectiveDate", value.effectiveDate() == null ? null : value.effectiveDate().toString());
        cell.put("note", value.note());
        cell.put("legalBasis", value.legalBasis());
        cell.put("conditions", value.conditions());
        cell.put("sourceUrl", value.sourceUrl());
        cell.put("sourceTitle", value.sourceTitle());
        return cell;
    }
}
