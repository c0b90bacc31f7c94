package org.datarequest.tracker.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, without any download: locally a missing browser skips the browser
 * tests with a reason; in CI ({@code CI=true}) it fails them, so CI never passes without having run them.
 */
final class Chromium {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private Chromium() {
    }

    /** Skips (or, in CI, fails) when the browser tests cannot or should not run here. */
    static void assumeAvailable() {
        Assumptions.assumeFalse("skip".equals(System.getProperty("browserTests")),
                "browser tests switched off with -DbrowserTests=skip");
        if (!Files.isExecutable(EXECUTABLE)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs Chromium at " + EXECUTABLE + " for the browser tests"
                        + " (apt-get install chromium)");
            }
            Assumptions.abort("Chromium is not installed at " + EXECUTABLE + " (apt-get install chromium):"
                    + " browser tests skipped");
        }
    }

    /** Whether the browser tests can and should run here (no exception, no skip). */
    static boolean available() {
        return !"skip".equals(System.getProperty("browserTests")) && Files.isExecutable(EXECUTABLE);
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS));
    }
}
