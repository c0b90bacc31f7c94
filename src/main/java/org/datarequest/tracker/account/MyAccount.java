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
import java.util.List;
import org.datarequest.tracker.web.FormErrors;
import org.datarequest.tracker.web.InvalidInput;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Every user's own page: who they are, what their role allows, changing their password, their API tokens. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MyAccount {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(String username, Role role, FormErrors errors, boolean changed,
                                               List<ApiToken> tokens, ApiTokens.Created created, String tokenNotice);
    }

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final SecurityIdentity identity;

    private final LoginSessions sessions;

    public MyAccount(AccountService accounts, ApiTokens tokens, SecurityIdentity identity, LoginSessions sessions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.identity = identity;
        this.sessions = sessions;
    }

    @GET
    public TemplateInstance page(@RestQuery String changed, @RestQuery String revoked) {
        return page(new FormErrors(), changed != null, null, revoked != null ? "The token was revoked." : null);
    }

    /** Makes a personal API token and shows it on this answer only: it is kept as a digest, never as text. */
    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createToken(@RestForm String name) {
        try {
            ApiTokens.Created created = tokens.create(identity.getPrincipal().getName(), name);
            return Response.ok(page(new FormErrors(), false, created, null))
                    .header("Cache-Control", "no-store").build();
        } catch (InvalidInput refused) {
            return Response.status(422).entity(page(refused.errors, false, null, null)).build();
        }
    }

    @POST
    @Path("tokens/{id}/revoke")
    public Response revokeToken(@RestPath long id) {
        tokens.revoke(identity.getPrincipal().getName(), id);
        return Response.seeOther(URI.create("/account?revoked=true")).build();
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
            return Response.status(422).entity(page(errors, false, null, null)).build();
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

    private TemplateInstance page(FormErrors errors, boolean changed, ApiTokens.Created created, String notice) {
        String username = identity.getPrincipal().getName();
        return Templates.account(username, role(), errors, changed, tokens.of(username), created, notice);
    }

    private Role role() {
        return identity.hasRole(Role.ADMIN) ? Role.admin : identity.hasRole(Role.EDITOR) ? Role.editor : Role.viewer;
    }
}
