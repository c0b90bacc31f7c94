package org.datarequest.tracker.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
        static native TemplateInstance login(boolean failed, boolean loggedOut);

        static native TemplateInstance logout();
    }

    private final String cookieName;

    public LoginPage(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
                     String cookieName) {
        this.cookieName = cookieName;
    }

    @GET
    @Path("login")
    public TemplateInstance login(@RestQuery String error, @RestQuery String loggedOut) {
        return Templates.login(error != null, loggedOut != null);
    }

    @GET
    @Path("logout")
    public TemplateInstance confirmLogout() {
        return Templates.logout();
    }

    /** Ends the session by expiring its cookie (a POST with a CSRF token, so no other site can log you out). */
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(cookieName).path("/").maxAge(0).value("").httpOnly(true).build();
        return Response.seeOther(URI.create("/login?loggedOut=true")).cookie(expired).build();
    }
}
