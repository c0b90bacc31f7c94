package org.datarequest.tracker.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.datarequest.tracker.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One Chromium per test class, a fresh browser context per test. Helpers log in through the real form, scan a
 * page with axe-core and save screenshots for the docs when {@code -Dscreenshots=true}.
 */
abstract class BrowserTestBase {

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    BrowserContext context;
    Page page;
    private final java.util.List<BrowserContext> extraContexts = new java.util.ArrayList<>();

    /** Starts Chromium when it can run here; when it cannot, each test is skipped with the reason (see below). */
    @BeforeAll
    static void startBrowser() {
        if (Chromium.available()) {
            playwright = Chromium.playwright();
            browser = Chromium.launch(playwright);
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openContext() {
        // Per test rather than per class, so that Surefire counts each skipped test with its reason.
        Chromium.assumeAvailable();
        context = newContext(new Browser.NewContextOptions());
        page = context.newPage();
    }

    @AfterEach
    void closeContexts() {
        extraContexts.forEach(BrowserContext::close);
        extraContexts.clear();
    }

    BrowserContext newContext(Browser.NewContextOptions options) {
        return newContext(options, 1280, 900);
    }

    /** A context of its own (closed with the test's) with a viewport of the given size. */
    BrowserContext newContext(Browser.NewContextOptions options, int width, int height) {
        BrowserContext made = browser.newContext(options.setBaseURL(base.toString()).setViewportSize(width, height));
        extraContexts.add(made);
        return made;
    }

    /** Logs in through the login form, as a person would. */
    static void logIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    static void logIn(Page page, String username) {
        logIn(page, username, TestAccounts.PASSWORD);
    }

    /** Asserts that axe-core finds no violation at all (minor ones included) on the page as it is now. */
    static void assertAccessible(Page page, String what) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<Rule> grave = results.getViolations();
        String report = grave.stream().map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp()
                        + " at " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .limit(3).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        if (Boolean.getBoolean("axeReport")) {
            results.getViolations().forEach(rule -> System.out.println("AXE " + what + " | " + rule.getImpact() + " "
                    + rule.getId() + " (" + rule.getNodes().size() + ")"));
        }
        assertTrue(grave.isEmpty(), what + " has accessibility violations:\n" + report);
    }

    /** Saves a screenshot into docs/screenshots when asked to with -Dscreenshots=true. */
    static void screenshot(Page page, String name) {
        if (Boolean.getBoolean("screenshots")) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs", "screenshots", name + ".png"))
                    .setFullPage(false));
        }
    }
}
