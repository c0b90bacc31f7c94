package org.datarequest.tracker.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.account.Role;
import org.junit.jupiter.api.Test;

/** A failed login comes back with the user name still typed and the focus on the password. */
@QuarkusTest
class LoginFormTest extends BrowserTestBase {

    @Inject
    TestAccounts accounts;

    @Test
    void aFailedLoginKeepsTheUserNameAndFocusesThePassword() {
        String name = accounts.ensure("typo-maker", Role.viewer);
        page.navigate("/login");
        page.getByLabel("User name").fill(name);
        page.getByLabel("Password").fill("not the password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> url.contains("error"));
        assertTrue(page.locator(".error-summary").isVisible());
        assertEquals(name, page.getByLabel("User name").inputValue());
        assertEquals("j_password", page.evaluate("document.activeElement.id"));
    }
}
