package org.datarequest.tracker.api;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.datarequest.tracker.web.ErrorPages;

/** RFC 9457 problem details for the API's own answers (409, 422, 401, 403). */
final class Problems {

    private Problems() {
    }

    static Map<String, Object> body(int status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return problem;
    }

    static Response of(int status, String title, String detail) {
        return of(body(status, title, detail));
    }

    static Response of(Map<String, Object> problem) {
        return Response.status((Integer) problem.get("status")).type(ErrorPages.PROBLEM_JSON).entity(problem).build();
    }

    /** 401 with the Basic challenge, so a script knows how to authenticate. */
    static Response unauthorized() {
        return Response.fromResponse(of(401, "Unauthorized",
                        "Authenticate with HTTP Basic, using the user name and password of an account."))
                .header("WWW-Authenticate", "Basic realm=\"tracker\"").build();
    }

    static Response forbidden() {
        return of(403, "Forbidden", "Your account's role may not do this: writing needs an editor account.");
    }
}
