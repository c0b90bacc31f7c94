package org.datarequest.tracker.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.datarequest.tracker.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Every user's own page: who they are, what their role allows, and changing their password. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MyAccount {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(String username, Role role, FormErrors errors, boolean changed);
    }

    private final AccountService accounts;
    private final SecurityIdentity identity;

    private final LoginSessions sessions;

    public MyAccount(AccountService accounts, SecurityIdentity identity, LoginSessions sessions) {
        this.accounts = accounts;
        this.identity = identity;
        this.sessions = sessions;
    }

    @GET
    public TemplateInstance page(@RestQuery String changed) {
        return Templates.account(identity.getPrincipal().getName(), role(), new FormErrors(), changed != null);
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String current, @RestForm String password, @RestForm String confirm,
                                   RoutingContext routing) {
        FormErrors errors = password != null && password.equals(confirm)
                ? accounts.changeOwnPassword(identity.getPrincipal().getName(), ClientAddress.of(routing), current,
                        password)
                : new FormErrors().add("confirm", "The two new passwords differ.");
        if (!errors.isEmpty()) {
            return Response.status(422)
                    .entity(Templates.account(identity.getPrincipal().getName(), role(), errors, false)).build();
        }
        return Response.seeOther(URI.create("/login?passwordChanged=true")).build();
    }

    /** Ends every session of this account, on every device, this one included. */
    @POST
    @Path("sessions/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response endAllSessions() {
        Account.findByUsername(identity.getPrincipal().getName()).ifPresent(account -> sessions.endAll(account.id));
        return Response.seeOther(URI.create("/login?loggedOut=true")).build();
    }

    private Role role() {
        return identity.hasRole(Role.ADMIN) ? Role.admin : identity.hasRole(Role.EDITOR) ? Role.editor : Role.viewer;
    }
}
