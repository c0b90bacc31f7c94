package org.datarequest.tracker.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.datarequest.tracker.web.BadParameterException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Admins manage accounts: create, change role, disable or enable, reset a password. */
@Path("/admin/accounts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class AccountAdmin {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(List<Account> accounts, Role[] roles, AccountForm form,
                                                FormErrors errors, String notice, String problem);
    }

    private final AccountService accounts;

    public AccountAdmin(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    public Response page(@RestQuery String done, @RestQuery String problem) {
        return render(new AccountForm("", Role.editor.name(), ""), new FormErrors(), notice(done),
                AccountService.Refusal.describe(problem), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String role, @RestForm String password) {
        AccountForm form = new AccountForm(username, role, password);
        FormErrors errors = accounts.create(form);
        if (!errors.isEmpty()) {
            return render(new AccountForm(username, role, ""), errors, null, null, 422);
        }
        return done("created");
    }

    @POST
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response role(@RestPath long id, @RestForm String role) {
        Role chosen = Role.parse(role).orElseThrow(() -> new BadParameterException("role", role, "not a role"));
        return outcome(accounts.changeRole(id, chosen), "role");
    }

    @POST
    @Path("{id}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enabled(@RestPath long id, @RestForm("enabled") String enabledText) {
        boolean enabled = org.datarequest.tracker.web.QueryParams.choice("enabled", enabledText);
        return outcome(accounts.setEnabled(id, enabled), enabled ? "enabled" : "disabled");
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response password(@RestPath long id, @RestForm String password) {
        FormErrors errors = accounts.setPassword(id, password);
        return outcome(errors.isEmpty() ? null : AccountService.Refusal.PASSWORD_LENGTH, "password");
    }

    private Response outcome(AccountService.Refusal problem, String done) {
        if (problem != null) {
            return Response.seeOther(URI.create("/admin/accounts?problem=" + problem.name())).build();
        }
        return done(done);
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/admin/accounts?done=" + what)).build();
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "created" -> "Account created.";
            case "role" -> "Role changed.";
            case "enabled" -> "Account enabled.";
            case "disabled" -> "Account disabled: it can no longer log in.";
            case "password" -> "Password reset.";
            default -> null;
        };
    }

    private Response render(AccountForm form, FormErrors errors, String notice, String problem, int status) {
        return Response.status(status)
                .entity(Templates.accounts(accounts.list(), Role.values(), form, errors, notice, problem)).build();
    }
}
