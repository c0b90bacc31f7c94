package org.datarequest.tracker.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body that is not the JSON an API write expects: a problem detail naming the member at fault (a version of
 * {@code 0.5} or {@code "latest"}, an array instead of an object), never Jackson's own wording or an empty 400.
 */
public class ApiJsonErrors {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e) {
        String member = path(e);
        String detail = member.isEmpty()
                ? "The body does not have the shape this address expects: send one JSON object as documented."
                : "The value of \u201c" + member + "\u201d has the wrong type"
                + (e.getTargetType() == null ? "" : ": expected " + expected(e.getTargetType())) + ".";
        Map<String, Object> problem = Problems.body(400, "Bad Request", detail);
        problem.put("code", "bad-json");
        if (!member.isEmpty()) {
            problem.put("parameter", member);
        }
        return Problems.of(problem);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response malformed(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        Map<String, Object> problem = Problems.body(400, "Bad Request", "The body is not valid JSON" + where + ".");
        problem.put("code", "bad-json");
        return Problems.of(problem);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String expected(Class<?> type) {
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object or list as documented";
    }
}
