package org.datarequest.tracker.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is looking, for templates: {@code {inject:currentUser.editor}} decides whether edit controls show. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isEditor() {
        return identity.hasRole(Role.EDITOR);
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN);
    }
}
