package org.datarequest.tracker.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.datarequest.tracker.TestAccounts;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.request.DataRequest;
import org.junit.jupiter.api.Test;

/** The communications pages pass axe for readers and for editors, with their forms and errors shown. */
@QuarkusTest
class CommunicationPagesAxeTest extends BrowserTestBase {

    @Inject
    TestAccounts accounts;

    @Inject
    TestRequests requests;

    @Test
    void communicationPagesPassAxe() {
        for (String path : List.of("/requests/pacei-2017/communications",
                "/requests/pacei-2017/communications?kind=STATEMENT&asOf=2017-06-29",
                "/requests/pacei-2017/communications/2")) {
            page.navigate(path);
            assertAccessible(page, path);
            assertEquals(1, page.locator("h1").count(), path + " has one h1");
        }
        DataRequest request = requests.create(3, List.of("TX", "NY"));
        String base = "/requests/" + request.slug;
        logIn(page, accounts.ensure("axe-letter-editor", Role.editor));
        for (String path : List.of(base + "/communications/record", base + "/communications/import",
                "/admin/requests/" + request.slug + "/communications")) {
            page.navigate(path);
            assertAccessible(page, path);
        }
        page.navigate(base + "/communications/record");
        page.locator("#scope-all").check();
        page.getByText("Preview", new Page.GetByTextOptions().setExact(true)).click();
        assertEquals(1, page.locator(".error-summary").count());
        assertAccessible(page, "letter-first entry with errors");
    }
}
