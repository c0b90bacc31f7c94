package org.datarequest.tracker.webhook;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.cell.Status;
import org.datarequest.tracker.request.Coverage;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.RequestedField;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.Forms;
import org.datarequest.tracker.web.NotFound;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Admins register the addresses that receive a request's change sets (optionally only one jurisdiction, field
 * or status), read each endpoint's secret and delivery log, send a test event, and switch an endpoint off.
 */
@Path("/admin/requests/{slug}/webhooks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
@Transactional(Transactional.TxType.SUPPORTS)
public class WebhookAdminPage {

    static final int LOG_SIZE = 50;

    private static final Map<String, String> CONFIRMATIONS = Map.of(
            "added", "The endpoint was added. Give its secret to the receiver so it can check the signatures.",
            "test", "A test event was queued; its delivery shows below in a few seconds (reload the page).",
            "disabled", "The endpoint was switched off: nothing more is sent to it.",
            "enabled", "The endpoint was switched on again.");

    /** What the add form holds. */
    public record Typed(String url, String jurisdiction, String field, String status, String description) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(DataRequest request, List<WebhookEndpoint> endpoints,
                                            List<Coverage> coverage, List<RequestedField> fields, Status[] statuses,
                                            boolean switchedOff, FormErrors errors, Typed typed, String saved);

        static native TemplateInstance endpoint(DataRequest request, WebhookEndpoint endpoint,
                                                List<DeliveryAttempt> deliveries, List<OutboxEvent> waiting,
                                                String saved);
    }

    private final AllowedHosts allowed;
    private final WebhookEvents events;
    private final SecurityIdentity identity;
    private final Clock clock;

    public WebhookAdminPage(AllowedHosts allowed, WebhookEvents events, SecurityIdentity identity, Clock clock) {
        this.allowed = allowed;
        this.events = events;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    public TemplateInstance list(@RestPath String slug, @RestQuery String saved) {
        return page(Requests.bySlug(slug), new FormErrors(), new Typed("", "", "", "", ""),
                Forms.confirmation(CONFIRMATIONS, saved));
    }

    @POST
    @Transactional
    public Response add(@RestPath String slug, @RestForm String url, @RestForm String jurisdiction,
                        @RestForm String field, @RestForm String status, @RestForm String description) {
        DataRequest request = Requests.bySlug(slug);
        Typed typed = new Typed(text(url), text(jurisdiction), text(field), text(status), text(description));
        FormErrors errors = new FormErrors();
        String refusal = typed.url().isEmpty() ? "Enter the address that receives the events." : typed.url().length() > 2000
                ? "The address is too long (2,000 characters at most)." : allowed.refusal(typed.url());
        if (refusal != null) {
            errors.add("url", refusal);
        }
        String code = typed.jurisdiction().toUpperCase(Locale.ROOT);
        if (!code.isEmpty() && Coverage.of(request).stream().noneMatch(one -> one.jurisdiction.code.equals(code))) {
            errors.add("jurisdiction", "Choose a jurisdiction the request covers, or none.");
        }
        if (!typed.field().isEmpty() && RequestedField.allOf(request).stream().noneMatch(one -> one.key.equals(typed.field()))) {
            errors.add("field", "Choose a field of the request, or none.");
        }
        if (!typed.status().isEmpty() && java.util.Arrays.stream(Status.values()).noneMatch(one -> one.name().equals(typed.status()))) {
            errors.add("status", "Choose a status from the list, or none.");
        }
        if (typed.description().length() > 200) {
            errors.add("description", "Keep the description to 200 characters.");
        }
        if (!errors.isEmpty()) {
            return Response.status(422).entity(page(request, errors, typed, null)).build();
        }
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.requestId = request.id;
        endpoint.url = typed.url();
        endpoint.secret = Signatures.newSecret();
        endpoint.jurisdictionCode = code.isEmpty() ? null : code;
        endpoint.fieldKey = typed.field().isEmpty() ? null : typed.field();
        endpoint.status = typed.status().isEmpty() ? null : typed.status();
        endpoint.description = typed.description().isEmpty() ? null : typed.description();
        endpoint.active = true;
        endpoint.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        endpoint.createdBy = identity.getPrincipal().getName();
        endpoint.persist();
        return Forms.seeOther(base(request) + "/" + endpoint.id + "?saved=added");
    }

    @GET
    @Path("{id}")
    public TemplateInstance endpoint(@RestPath String slug, @RestPath String id, @RestQuery String saved) {
        DataRequest request = Requests.bySlug(slug);
        WebhookEndpoint endpoint = find(request, id);
        List<OutboxEvent> waiting = OutboxEvent.list("endpointId = ?1 and state = ?2 order by id", endpoint.id,
                OutboxEvent.State.PENDING);
        return Templates.endpoint(request, endpoint, DeliveryAttempt.latestOf(endpoint.id, LOG_SIZE), waiting,
                Forms.confirmation(CONFIRMATIONS, saved));
    }

    @POST
    @Path("{id}/test")
    @Transactional
    public Response test(@RestPath String slug, @RestPath String id) {
        DataRequest request = Requests.bySlug(slug);
        WebhookEndpoint endpoint = find(request, id);
        events.enqueueTest(endpoint, request, identity.getPrincipal().getName());
        return Forms.seeOther(base(request) + "/" + endpoint.id + "?saved=test");
    }

    @POST
    @Path("{id}/active")
    @Transactional
    public Response active(@RestPath String slug, @RestPath String id, @RestForm String active) {
        DataRequest request = Requests.bySlug(slug);
        WebhookEndpoint endpoint = find(request, id);
        endpoint.active = "true".equals(active);
        return Forms.seeOther(base(request) + "/" + endpoint.id + "?saved=" + (endpoint.active ? "enabled" : "disabled"));
    }

    private TemplateInstance page(DataRequest request, FormErrors errors, Typed typed, String saved) {
        return Templates.list(request, WebhookEndpoint.of(request.id), Coverage.of(request),
                RequestedField.allOf(request), Status.values(), allowed.isEmpty(), errors, typed, saved);
    }

    private static WebhookEndpoint find(DataRequest request, String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw NotFound.of("webhook", id);
        }
        WebhookEndpoint endpoint = WebhookEndpoint.findById(number);
        if (endpoint == null || !endpoint.requestId.equals(request.id)) {
            throw NotFound.of("webhook", id);
        }
        return endpoint;
    }

    private static String base(DataRequest request) {
        return "/admin/requests/" + java.net.URLEncoder.encode(request.slug, java.nio.charset.StandardCharsets.UTF_8)
                + "/webhooks";
    }

    private static String text(String value) {
        String cleaned = Forms.clean(value);
        return cleaned == null ? "" : cleaned;
    }
}
