package org.datarequest.tracker.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.NuChecker;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.cell.CellEdit;
import org.datarequest.tracker.cell.CellEditor;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.request.DataRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks against a receiver on loopback: the event of a save, its signature, a retry after a 500, nothing for
 * a save that rolled back, and delivery by a new dispatcher of what an instance left in the outbox.
 */
@QuarkusTest
class WebhookTest {

    @Inject
    TestRequests requests;

    @Inject
    TestAccounts accounts;

    @Inject
    CellEditor editor;

    @Inject
    Dispatcher dispatcher;

    Receiver receiver;
    DataRequest request;
    String slug;

    @BeforeEach
    void aRequestAndAReceiver() throws Exception {
        receiver = new Receiver();
        request = requests.create(2, List.of("NY", "TX"));
        slug = request.slug;
        accounts.ensure("hook-editor", Role.editor);
        drain();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    /** Delivers whatever earlier tests left due, so each test sees only its own events. */
    void drain() {
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.update("state = ?1 where state = ?2",
                OutboxEvent.State.FAILED, OutboxEvent.State.PENDING));
    }

    WebhookEndpoint endpoint(String jurisdiction, String status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookEndpoint endpoint = new WebhookEndpoint();
            endpoint.requestId = request.id;
            endpoint.url = receiver.url();
            endpoint.secret = Signatures.newSecret();
            endpoint.jurisdictionCode = jurisdiction;
            endpoint.status = status;
            endpoint.active = true;
            endpoint.createdAt = Instant.now();
            endpoint.createdBy = "test";
            endpoint.persist();
            return endpoint;
        });
    }

    void set(String code, String field, String status) {
        given().auth().preemptive().basic("hook-editor", TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", status, "effectiveDate", "2025-03-05", "sourceUrl", "https://example.org/letter",
                        "note", "said so", "version", 0))
                .put("/api/requests/" + slug + "/cells/" + code + "/" + field).then().statusCode(200);
    }

    long pending(WebhookEndpoint endpoint) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("endpointId = ?1 and state = ?2",
                endpoint.id, OutboxEvent.State.PENDING));
    }

    @Test
    void aSaveIsDeliveredAsOneSignedEventWithItsCellsFromAndToAndItsSources() throws Exception {
        WebhookEndpoint endpoint = endpoint(null, null);
        set("NY", "f1", "REFUSED");
        assertEquals(1, pending(endpoint), "the event is in the outbox as soon as the save commits");
        dispatcher.runOnce();
        assertEquals(1, receiver.received.size());
        Receiver.Received got = receiver.received.get(0);
        assertEquals(Signatures.sign(endpoint.secret, got.body()), got.header("X-Tracker-Signature"));
        assertTrue(got.header("X-Tracker-Signature").matches("sha256=[0-9a-f]{64}"));
        JsonNode event = new ObjectMapper().readTree(got.body());
        assertEquals("change_set.recorded", event.get("type").asText());
        assertEquals(event.get("id").asText(), got.header("X-Tracker-Event-Id"));
        assertEquals(slug, event.at("/request/slug").asText());
        assertEquals("hook-editor", event.at("/changeSet/recordedBy").asText());
        assertTrue(event.at("/changeSet/recordedAt").asText().matches(".*\\.\\d{6}Z"));
        assertEquals(1, event.get("changes").size());
        assertEquals("NY", event.at("/changes/0/jurisdiction").asText());
        assertEquals("NO_RESPONSE", event.at("/changes/0/from/status").asText());
        assertEquals("REFUSED", event.at("/changes/0/to/status").asText());
        assertEquals("https://example.org/letter", event.at("/sources/0/url").asText());
        assertEquals(0, pending(endpoint), "delivered, not sent again");
        dispatcher.runOnce();
        assertEquals(1, receiver.received.size());
    }

    @Test
    void filtersPickTheChangesAnEndpointWants() throws Exception {
        WebhookEndpoint texas = endpoint("TX", null);
        WebhookEndpoint provided = endpoint(null, "PROVIDED");
        set("NY", "f1", "REFUSED");
        assertEquals(0, pending(texas));
        assertEquals(0, pending(provided));
        set("TX", "f2", "PROVIDED");
        assertEquals(1, pending(texas));
        assertEquals(1, pending(provided));
    }

    @Test
    void aFailedDeliveryIsRetriedLaterWithTheSameEventAndLogged() throws Exception {
        WebhookEndpoint endpoint = endpoint(null, null);
        receiver.answers.add(500);
        set("TX", "f1", "WILL_PROVIDE");
        dispatcher.runOnce();
        assertEquals(1, receiver.received.size());
        OutboxEvent waiting = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("endpointId", endpoint.id).firstResult());
        assertEquals(OutboxEvent.State.PENDING, waiting.state);
        assertTrue(waiting.nextAttemptAt.isAfter(Instant.now().minusMillis(50)), "waits before the retry");
        dispatcher.runOnce();
        assertEquals(1, receiver.received.size(), "not retried before its time");
        Thread.sleep(300);
        dispatcher.runOnce();
        assertEquals(2, receiver.received.size());
        assertEquals(receiver.received.get(0).header("X-Tracker-Event-Id"), receiver.received.get(1).header("X-Tracker-Event-Id"));
        assertEquals(new String(receiver.received.get(0).body()), new String(receiver.received.get(1).body()));
        assertEquals(0, pending(endpoint));
        List<DeliveryAttempt> log = QuarkusTransaction.requiringNew().call(() -> DeliveryAttempt.latestOf(endpoint.id, 10));
        assertEquals(2, log.size());
        assertTrue(log.get(0).succeeded());
        assertEquals(500, log.get(1).httpStatus);
        assertEquals(Duration2.of(dispatcher), List.of(200L, 400L, 800L));
    }

    /** The back-off doubles each time. */
    static final class Duration2 {
        static List<Long> of(Dispatcher dispatcher) {
            return List.of(dispatcher.backoff(1).toMillis(), dispatcher.backoff(2).toMillis(), dispatcher.backoff(3).toMillis());
        }
    }

    @Test
    void aSaveThatRollsBackSendsNothing() {
        WebhookEndpoint endpoint = endpoint(null, null);
        QuarkusTransaction.begin();
        try {
            editor.apply(request, List.of(new CellEdit("NY", "f2", 0,
                            new CellValue(Status.REFUSED, LocalDate.of(2025, 3, 5), null, null, null, null, "Letter"))),
                    Saving.by("hook-editor", ChangeSet.Method.API, "rolled back"));
        } finally {
            QuarkusTransaction.rollback();
        }
        assertEquals(0, pending(endpoint));
        dispatcher.runOnce();
        assertEquals(0, receiver.received.size());
    }

    @Test
    void whatAnInstanceLeftInTheOutboxIsDeliveredByTheNextAndAClaimHeldElsewhereIsNotSentTwice() throws Exception {
        WebhookEndpoint endpoint = endpoint(null, null);
        set("NY", "f1", "REFUSED");
        set("TX", "f1", "REFUSED");
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "endpointId = ?1 order by id", endpoint.id).stream().map(event -> event.id).toList());
        assertEquals(2, ids.size());
        QuarkusTransaction.requiringNew().run(() -> {
            // the first instance claimed the first event and died before it was sent: its claim has run out
            OutboxEvent.update("claimedBy = 'dead-instance', claimedUntil = ?1, attempts = 1 where id = ?2",
                    Instant.now().minusSeconds(1), ids.get(0));
            // another, living instance is sending the second one right now
            OutboxEvent.update("claimedBy = 'busy-instance', claimedUntil = ?1 where id = ?2",
                    Instant.now().plusSeconds(60), ids.get(1));
        });
        assertEquals(1, dispatcher.runOnce("restarted-instance"));
        assertEquals(1, receiver.received.size());
        assertTrue(new String(receiver.received.get(0).body()).contains("\"jurisdiction\":\"NY\""));
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.update("claimedUntil = ?1 where id = ?2",
                Instant.now().minusSeconds(1), ids.get(1)));
        assertEquals(1, dispatcher.runOnce("restarted-instance"));
        assertEquals(2, receiver.received.size());
        assertEquals(0, pending(endpoint));
    }

    @Test
    void adminsRegisterOnlyAllowedHostsReadTheLogAndSendATestEvent() throws Exception {
        String session = Login.as("admin", Login.ADMIN_PASSWORD);
        String page = "/admin/requests/" + slug + "/webhooks";
        CsrfForms.Page form = CsrfForms.open(page, session);
        String refused = form.post().formParam("url", "https://internal.example.net/hook").when().post(page).then()
                .statusCode(422).body(containsString("is not in the allowed list")).extract().asString();
        assertEquals(List.of(), NuChecker.errors(refused), "the form with its error is valid HTML");
        String location = form.post().formParam("url", receiver.url()).formParam("jurisdiction", "NY")
                .when().post(page).then().statusCode(303).extract().header("Location");
        String endpointPage = location.replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        CsrfForms.Page detail = CsrfForms.open(endpointPage, session);
        assertNotNull(detail.document().selectFirst("code"));
        String secret = detail.document().select("code").first().text();
        assertTrue(secret.startsWith("whsec_"), secret);
        detail.post().when().post(endpointPage + "/test").then().statusCode(303);
        dispatcher.runOnce();
        assertEquals(1, receiver.received.size());
        Receiver.Received got = receiver.received.get(0);
        assertEquals("test", got.header("X-Tracker-Event"));
        assertEquals(Signatures.sign(secret, got.body()), got.header("X-Tracker-Signature"));
        String log = given().cookie(Login.COOKIE, session).get(endpointPage).then().statusCode(200)
                .body(containsString("delivered (204)")).extract().asString();
        assertEquals(List.of(), NuChecker.errors(log), "the delivery log is valid HTML");
        assertEquals(List.of(), NuChecker.errors(given().cookie(Login.COOKIE, session).get(page).asString()));
        String editor = Login.as("hook-editor", TestAccounts.PASSWORD);
        given().redirects().follow(false).cookie(Login.COOKIE, editor).get(page).then().statusCode(403);
    }
}
