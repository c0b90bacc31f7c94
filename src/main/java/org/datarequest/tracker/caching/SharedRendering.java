package org.datarequest.tracker.caching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Whether this request renders a page to be kept for other readers. While it does, the layout leaves a marker
 * where the account menu goes ({@code {inject:sharedRendering.active}} in {@code layout/top.html}), and the menu — the
 * reader's name and CSRF token — is rendered for each reader apart.
 */
@Named("sharedRendering")
@RequestScoped
public class SharedRendering {

    /** What the layout writes instead of the account menu in a page kept for several readers. */
    public static final String ACCOUNT_MENU = "<!--account-nav-->";

    private boolean active;

    public boolean isActive() {
        return active;
    }

    void activate() {
        active = true;
    }
}
