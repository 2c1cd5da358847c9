package io.matchday.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Playwright driving Debian's Chromium, headless and offline: Playwright's own browser download is
 * skipped, its Node driver comes from its Maven jar. In CI ({@code CI=true}) a missing browser fails
 * instead of skipping.
 */
public final class PlaywrightChromium implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    private PlaywrightChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static PlaywrightChromium launch() {
        boolean present = Files.isExecutable(BINARY);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("chromium is missing at " + BINARY + " (.ci/run installs it)");
        }
        Assumptions.assumeTrue(present, "chromium not installed");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(BINARY).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-quic", "--disable-gpu")));
        return new PlaywrightChromium(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
