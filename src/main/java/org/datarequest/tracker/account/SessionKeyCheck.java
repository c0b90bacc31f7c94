package org.datarequest.tracker.account;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Says at start when no session key is set, without ever printing a key. */
@ApplicationScoped
public class SessionKeyCheck {

    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key) {
        if (key.filter(value -> !value.isBlank()).isEmpty()) {
            Log.warn("No TRACKER_SESSION_KEY is set: a random key is used, so logins end when the app restarts"
                    + " and instances do not share them. Set TRACKER_SESSION_KEY (16+ characters) in production.");
        }
    }
}
