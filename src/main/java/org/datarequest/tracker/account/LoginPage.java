package org.datarequest.tracker.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestQuery;

/** The login form (its POST goes to the form-authentication mechanism) and logging out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean loggedOut, boolean passwordChanged);

        static native TemplateInstance logout();
    }

    private final String cookieName;
    private final LoginSessions sessions;
    private final SecurityIdentity identity;

    public LoginPage(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
                     String cookieName, LoginSessions sessions, SecurityIdentity identity) {
        this.cookieName = cookieName;
        this.sessions = sessions;
        this.identity = identity;
    }

    @GET
    @Path("login")
    public TemplateInstance login(@RestQuery String error, @RestQuery String loggedOut,
                                  @RestQuery String passwordChanged) {
        return Templates.login(error != null, loggedOut != null, passwordChanged != null);
    }

    @GET
    @Path("logout")
    public TemplateInstance confirmLogout() {
        return Templates.logout();
    }

    /**
     * Ends the session on the server and expires its cookie (a POST with a CSRF token, so no other site can log
     * you out): a copy of the cookie kept elsewhere no longer works either.
     */
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response logout() {
        sessions.end(identity.getAttribute(LoginSessions.ATTRIBUTE));
        NewCookie expired = new NewCookie.Builder(cookieName).path("/").maxAge(0).value("").httpOnly(true).build();
        return Response.seeOther(URI.create("/login?loggedOut=true")).cookie(expired).build();
    }
}
