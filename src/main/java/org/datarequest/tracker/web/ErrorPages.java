package org.datarequest.tracker.web;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.datarequest.tracker.TrackerException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into a page a reader understands (or, under {@code /api}, a JSON problem detail):
 * never a stack trace. Unexpected errors are logged with an id the page shows.
 */
public class ErrorPages {

    public static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String message, String parameter);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        String message = e.getMessage() != null && e.getMessage().startsWith("There is no")
                ? e.getMessage() : "There is nothing at this address.";
        return render(uri, 404, "Not found", message, null);
    }

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e, UriInfo uri) {
        String message = "The value \u201c" + e.value + "\u201d of the parameter \u201c" + e.parameter
                + "\u201d is not understood: " + e.getMessage() + ".";
        return render(uri, 400, "Bad request", message, e.parameter);
    }

    /** A rule broken where no form catches it: still a clear 422, never a 500. */
    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, UriInfo uri) {
        String message = e.errors.entries().isEmpty() ? "The input breaks a rule." : e.errors.entries().get(0).getValue();
        return render(uri, 422, "Unprocessable Content", message, null);
    }

    /** Any other refusal made on purpose: its message, its status, its code and field (API). */
    @ServerExceptionMapper
    public Response refused(TrackerException e, UriInfo uri) {
        int status = switch (e.kind()) {
            case BAD_REQUEST -> 400;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case INVALID -> 422;
        };
        Response.Status known = Response.Status.fromStatusCode(status);
        return render(uri, status, known != null ? known.getReasonPhrase() : "Unprocessable Content", e.getMessage(),
                e.field(), e.code());
    }

    /** A signed-in account whose role does not reach this page: a page that says why, not an empty 403. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        SecurityIdentity identity = io.quarkus.arc.Arc.container().instance(SecurityIdentity.class).get();
        String needed = identity.hasRole("editor")
                ? "This page is for admins: they manage requests, fields, coverage and accounts."
                : "This page is for editors: your account may read and export, not change anything.";
        return render(uri, 403, "Not allowed", needed + " Ask an admin of this tracker if you need more.", null,
                "forbidden");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error " + status;
        String message = status >= 500 ? "Something went wrong on our side." : describe(status);
        return render(uri, status, title, message, null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        Log.errorf(e, "Unexpected error %s on %s", incident, uri.getPath());
        return render(uri, 500, "Something went wrong",
                "The error was logged as " + incident + ". Nothing was saved by the request that failed.", null);
    }

    private static String describe(int status) {
        return switch (status) {
            case 401 -> "Please log in first.";
            case 403 -> "Your account may not do this.";
            case 405 -> "This address does not answer that method.";
            case 413 -> "What was sent is too large.";
            case 415 -> "This address does not accept that kind of content.";
            default -> "The request could not be handled as sent.";
        };
    }

    private static Response render(UriInfo uri, int status, String title, String message, String parameter) {
        return render(uri, status, title, message, parameter, codeOf(status));
    }

    /** The code a script can test for statuses no domain exception names. */
    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "invalid-input";
            default -> status >= 500 ? "internal" : "error";
        };
    }

    private static Response render(UriInfo uri, int status, String title, String message, String parameter,
                                   String code) {
        if (uri.getPath().startsWith("/api/") || uri.getPath().equals("/api")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("status", status);
            problem.put("detail", message);
            problem.put("code", code);
            if (parameter != null) {
                problem.put("parameter", parameter);
            }
            return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, message, parameter)).build();
    }
}
