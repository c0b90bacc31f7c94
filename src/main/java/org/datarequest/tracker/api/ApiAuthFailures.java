package org.datarequest.tracker.api;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A wrong user name or password on {@code /api} fails before any resource runs, where Quarkus would answer an
 * empty 401. This gives it the same problem detail and Basic challenge as every other API refusal.
 */
@ApplicationScoped
public class ApiAuthFailures {

    void onRouter(@Observes Router router) {
        router.route("/api/*").failureHandler(routing -> {
            if (!(routing.failure() instanceof AuthenticationFailedException) || routing.response().ended()) {
                routing.next();
                return;
            }
            JsonObject problem = new JsonObject(Problems.body(401, "Unauthorized",
                    "The user name or password is wrong, the account is disabled, or there were too many failed"
                            + " attempts from this address: wait a little and check the credentials."));
            problem.put("code", "unauthorized");
            routing.response().setStatusCode(401)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("WWW-Authenticate", "Basic realm=\"tracker\"")
                    .end(problem.encode());
        });
    }
}
