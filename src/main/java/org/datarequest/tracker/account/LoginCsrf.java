package org.datarequest.tracker.account;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The login form posts to the form-authentication mechanism, which no REST filter sees, so its CSRF token is
 * checked here: the form's token must equal the CSRF cookie the login page set (without this, another site
 * could log a visitor into an account of its choosing).
 */
final class LoginCsrf {

    static final String NAME = "csrf-token";

    private LoginCsrf() {
    }

    static boolean carriesToken(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(NAME);
        String token = routing.request().formAttributes().get(NAME);
        if (cookie == null || token == null || cookie.getValue().isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
