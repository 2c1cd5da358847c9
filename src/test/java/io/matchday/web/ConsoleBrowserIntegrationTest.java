package io.matchday.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SameSiteAttribute;
import io.matchday.testsupport.Http;
import io.matchday.testsupport.ServedLeague;
import io.matchday.data.Division;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.testsupport.PlaywrightChromium;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console in a real Chromium on a served synthetic league: every page loads with no console
 * error, no failed request and no serious or critical axe-core violation, and fits a phone's width;
 * the forecast form, signing in, promotions through the gate (refused and accepted), a rollback,
 * a replay followed to its end, backtests compared, and the ledger's filter and CSV all work as a
 * person would use them. Screenshots of every page go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String MODEL = "e0-outcome";

    @TempDir
    static Path home;

    private ServedLeague league;
    private PlaywrightChromium chromium;
    private BrowserContext context;
    private Page page;
    private String base;
    private final List<String> problems = new ArrayList<>();
    private List<String> teams;

    @BeforeAll
    void start() throws Exception {
        league = ServedLeague.synthetic(home);
        base = league.server.url();
        // v2: climatology, which the gate keeps as challenger behind the Dixon–Coles champion (v1).
        league.training.train(new ModelTraining.Request(Division.of("E0"), "climatology", MODEL, null, 0));
        league.registry.challenge(MODEL, 2, "shadow the baseline");
        teams = new ArrayList<>();
        league.http.get("/api/v1/teams?division=E0").json().path("teams").forEach(t -> teams.add(t.path("name").asText()));
        for (int i = 0; i < 6; i++) {
            assertThat(league.http.post("/api/v1/predict", Http.json(Map.of("home", teams.get(i), "away", teams.get(i + 1),
                    "date", "2031-09-1" + i, "odds", Map.of("home", 2.1, "draw", 3.4, "away", 3.6)))).status()).isEqualTo(200);
        }
        Files.writeString(Path.of(league.settings.dataUrl()).resolve("fixtures.csv"), "Div,Date,Time,HomeTeam,AwayTeam,AvgH,AvgD,AvgA\r\n"
                + "E0,14/09/2031,15:00," + teams.get(0) + "," + teams.get(1) + ",2.10,3.40,3.60\r\n"
                + "E0,15/09/2031,16:30," + teams.get(2) + "," + teams.get(3) + ",,,\r\n");
        runJob("refresh-data");
        runJob("monitor");
        runJob("predict-upcoming");
        chromium = PlaywrightChromium.launch();
        context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1400, 900).setAcceptDownloads(true).setTimezoneId("Europe/Madrid"));
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                problems.add("console error on " + page.url() + ": " + m.text());
            }
        });
        page.onPageError(e -> problems.add("script error on " + page.url() + ": " + e));
        page.onRequestFailed(r -> problems.add("failed request " + r.url() + ": " + r.failure()));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (league != null) {
            league.close();
        }
    }

    @Test
    @Order(1)
    void everyPageLoadsCleanlyIsAccessibleAndFitsAPhone() {
        String run = league.registry.version(MODEL, 1).runId();
        String week = page(base + "/forecasts").locator("#f-week option").first().getAttribute("value");
        List<String> pages = List.of("/", "/forecasts", "/forecasts?division=E0&week=" + week,
                "/forecasts/fixture?division=E0&date=2031-09-14&home=" + teams.get(0) + "&away=" + teams.get(1),
                "/forecasts/ask?home=" + teams.get(4) + "&away=" + teams.get(5), "/tables/E0", "/models", "/models/" + MODEL + "/1", "/challengers",
                "/challengers/" + MODEL + "/2", "/runs",
                "/runs/" + run, "/monitoring", "/jobs", "/replays", "/data", "/data?division=E0", "/ledger", "/signin");
        for (String path : pages) {
            visit(path, 200);
        }
        visit("/no-such-page", 404);
        assertThat(page.locator("h1").textContent()).isEqualTo("Not found");

        visit("/", 200);
        assertThat(page.locator("h2#health-h").textContent()).contains("UP");
        assertThat(page.locator("main").textContent()).contains(MODEL + " v1").contains("dixon-coles");
        // Times are rewritten into the reader's zone (the UTC text keeps the exact instant as its title).
        assertThat(page.locator("time[data-local]").first().getAttribute("title")).endsWith("Z");

        visit("/forecasts", 200);
        assertThat(page.locator("table.fixtures").first().textContent()).contains(teams.get(0) + " v " + teams.get(1));
        visit("/monitoring", 200);
        assertThat(page.locator("canvas[data-drawn]").count()).as("drift histograms and rolling RPS drawn").isGreaterThanOrEqualTo(2);
        assertThat(problems).isEmpty();
    }

    @Test
    @Order(2)
    void theForecastFormGivesProbabilitiesAndAnswersBadInputNextToTheField() {
        visit("/forecasts", 200);
        page.fill("#away", teams.get(7));
        ask(teams.get(2), "2.5", "3.3", "2.9");
        assertThat(page.url()).contains("/forecasts/ask?home=");
        double sum = 0;
        for (String outcome : List.of("home", "draw", "away")) {
            String text = page.locator("td[data-p=" + outcome + "]").textContent().replace("%", "").strip();
            sum += Double.parseDouble(text);
        }
        assertThat(sum).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.2));
        assertThat(page.locator("#answer").textContent()).contains("Market (de-vigged)").contains("Expected goals");

        ask(teams.get(2).substring(0, teams.get(2).length() - 1), "", "", "");
        assertThat(page.locator("#home-error").textContent()).contains("unknown team");
        assertThat(page.locator("#home").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("main").textContent()).contains("Did you mean").contains(teams.get(2));

        ask(teams.get(2), "1.0", "3.3", "2.9");
        assertThat(page.locator("#homeOdds-error").textContent()).contains("above 1.0");
        assertThat(page.content()).doesNotContain("Exception").doesNotContain("application/problem+json");
        checkAccessibility("forecast form with errors");
        assertThat(problems.stream().filter(p -> !p.contains("status of 422"))).isEmpty();
        problems.clear();
    }

    @Test
    @Order(3)
    void signingInThenPromotionsThroughTheGateAndARollback() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/models/" + MODEL
                + "/2/promote")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reason=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(anonymous.body()).contains("Sign in").contains("/signin");

        visit("/models/" + MODEL + "/2", 200);
        assertThat(page.locator("main").textContent()).contains("sign in");
        page.click("header >> text=Sign in");
        page.fill("#key", "not-the-key");
        page.click("main button[type=submit]");
        assertThat(page.locator("#key-error").textContent()).contains("not an admin key");
        assertThat(problems).singleElement().asString().contains("status of 401");
        problems.clear();
        page.fill("#key", ServedLeague.API_KEY);
        page.click("main button[type=submit]");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.url()).endsWith("/models/" + MODEL + "/2");
        assertThat(page.locator("header .badge").textContent()).isEqualTo("admin");
        assertThat(page.content()).doesNotContain(ServedLeague.API_KEY);
        Cookie session = context.cookies().stream().filter(c -> c.name.equals("SESSION")).findFirst().orElseThrow();
        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite).isEqualTo(SameSiteAttribute.STRICT);

        // Through the gate, climatology does not beat the Dixon–Coles champion: refused, with the numbers.
        page.fill("#promote-reason", "try the baseline");
        Response refused = page.waitForResponse(r -> r.url().endsWith("/promote"), () -> page.click("form[action$='/promote'] button"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(page.locator(".notice.error").textContent()).contains("Refused by the promotion gate")
                .contains("champion").contains("95% CI");
        assertThat(league.registry.alias(MODEL, ModelRegistry.CHAMPION)).contains(1);
        checkAccessibility("refused promotion");
        assertThat(problems).singleElement().asString().contains("status of 409");
        problems.clear();

        page.fill("#promote-reason", "forced for the test");
        page.check("#force");
        page.click("form[action$='/promote'] button");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".notice.ok").textContent()).contains("champion now");
        assertThat(league.registry.alias(MODEL, ModelRegistry.CHAMPION)).contains(2);

        // Dixon–Coles back through the gate: it clearly beats climatology.
        visit("/models/" + MODEL + "/1", 200);
        page.fill("#promote-reason", "the better model");
        page.click("form[action$='/promote'] button");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".notice.ok").textContent()).contains("champion now");
        assertThat(league.registry.alias(MODEL, ModelRegistry.CHAMPION)).contains(1);

        page.fill("#rollback-reason", "back to the baseline");
        page.click("form[action$='/rollback'] button");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.url()).contains("/models/" + MODEL + "/2");
        assertThat(page.locator(".notice.ok").textContent()).contains("Rolled back");
        assertThat(league.registry.alias(MODEL, ModelRegistry.CHAMPION)).contains(2);
        visit("/models", 200);
        assertThat(page.locator("main").textContent()).contains("back to the baseline").contains("forced for the test");
        assertThat(problems).isEmpty();
    }

    @Test
    @Order(4)
    void aReplayStartedFromThePageIsFollowedToItsReport() {
        visit("/replays", 200);
        page.fill("#rp-seasons", "2022-23");
        page.selectOption("#rp-model", "dixon-coles");
        page.selectOption("#rp-retrain", "weekly");
        page.click("form[action='/replays'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/replays/[0-9a-f-]+$"));
        List<Integer> seen = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 120_000;
        while (page.locator("canvas[data-drawn]").count() < 2 && System.currentTimeMillis() < deadline) {
            // Read in one step: the page reloads itself when the replay ends, so the bar may vanish at any moment,
            // and a reload that lands during the read destroys the context it runs in: then read again after it.
            try {
                Object value = page.evaluate("() => { const bar = document.querySelector('progress'); return bar ? bar.value : null; }");
                if (value instanceof Number n) {
                    seen.add(n.intValue());
                }
            } catch (com.microsoft.playwright.PlaywrightException navigated) {
                page.waitForLoadState();
            }
            page.waitForTimeout(150);
        }
        assertThat(page.locator("main").textContent()).contains("against the closing market").contains("bets");
        assertThat(page.locator("canvas[data-drawn]").count()).isEqualTo(2);
        assertThat(seen).as("the progress bar was shown while it ran").isNotEmpty();
        assertThat(seen).isSorted();
        shoot("replay-report");
        checkAccessibility("replay report");
        assertThat(problems).isEmpty();
    }

    @Test
    @Order(5)
    void twoBacktestsStartedFromThePageAreCompared() {
        List<String> runs = new ArrayList<>();
        for (String second : List.of("elo", "climatology")) {
            visit("/runs", 200);
            page.locator("input[name=model]").all().forEach(box -> box.uncheck());
            page.check("#bt-m-dixon-coles");
            page.check("#bt-m-" + second);
            page.fill("#bt-seasons", "2022-23");
            page.click("form[action='/runs/backtest'] button[type=submit]");
            page.waitForURL(Pattern.compile(".*/runs/work/.*"));
            page.locator("text=Open the run").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
            assertThat(page.locator("progress").getAttribute("value")).isEqualTo("100");
            page.click("text=Open the run");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            runs.add(page.url().substring(page.url().lastIndexOf('/') + 1));
            assertThat(page.locator("canvas[data-drawn]").count()).isEqualTo(2);
        }
        visit("/runs?kind=backtest", 200);
        for (String run : runs) {
            page.check("#c-" + run);
        }
        page.click("text=Compare ticked runs");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.url()).contains("/runs/compare?run=");
        String text = page.locator("main").textContent();
        assertThat(text).contains("Paired differences").contains("dixon-coles").contains("market").contains("380");
        assertThat(page.locator("canvas[data-drawn]").count()).isEqualTo(1);
        shoot("runs-compare");
        checkAccessibility("compare");
        assertThat(problems).isEmpty();
    }

    @Test
    @Order(6)
    void theLedgerFiltersByTeamAndDownloadsTheFilteredRowsAsCsv() throws Exception {
        visit("/ledger", 200);
        // six served through the API, two by the predict-upcoming job (the setup runs it for the season's projection)
        assertThat(page.locator("main table caption").textContent()).contains("8 forecasts");
        page.fill("#l-team", teams.get(1));
        page.click("form[action='/ledger'] button[type=submit]");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.url()).contains("team=");
        assertThat(page.locator("main table caption").textContent()).contains("3 forecasts");
        assertThat(page.locator("main tbody tr").count()).isEqualTo(3);
        Download download = page.waitForDownload(() -> page.click("text=Download CSV"));
        List<String> lines = Files.readAllLines(download.path());
        assertThat(lines.get(0)).startsWith("id,served_at,node,model,version,division,match_date,home,away");
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(1, 4)).allSatisfy(line -> assertThat(line).contains(teams.get(1)));
        assertThat(problems).isEmpty();
    }

    @Test
    @Order(7)
    void anIngestAndAManualRetrainingStartedFromThePagesRunToTheEnd() throws IOException {
        // A card count written 1.2 in a stored season: the ingest keeps the match and shows a field issue.
        Path file;
        try (var files = Files.walk(Path.of(league.settings.dataUrl()))) {
            file = files.filter(f -> f.getFileName().toString().equals("E0.csv")).sorted().findFirst().orElseThrow();
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String[] row = lines.get(1).split(",", -1);
        row[List.of(lines.get(0).split(",")).indexOf("HY")] = "1.2";
        lines.set(1, String.join(",", row));
        Files.write(file, lines);
        visit("/data", 200);
        page.fill("#i-div", "E0");
        page.fill("#i-seasons", "all");
        page.click("form[action='/data/ingest'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/data/work/.*"));
        page.locator("[data-state=SUCCEEDED]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
        assertThat(page.locator("main").textContent()).contains("unchanged=").contains("field_issues=1");
        assertThat(page.locator("progress").getAttribute("value")).isEqualTo("100");
        visit("/data?division=E0", 200);
        assertThat(page.locator("section[aria-labelledby=f-h] tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("section[aria-labelledby=f-h] tbody").textContent()).contains("HY").contains("1.2")
                .contains(row[3] + " v " + row[4]);

        visit("/jobs?division=E0", 200);
        page.locator("#triggers table").waitFor();
        assertThat(page.locator("#triggers").textContent()).contains("age").contains("new-data");
        page.fill("#mr-reason", "from the console");
        page.check("#mr-force");
        page.click("form[action='/jobs/retrain'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/jobs/work/.*"));
        page.locator("[data-state=SUCCEEDED]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
        visit("/jobs?division=E0", 200);
        assertThat(page.locator("main").textContent()).contains("manual: from the console");
        assertThat(problems).isEmpty();
    }

    private Page page(String url) {
        page.navigate(url);
        return page;
    }

    /** Loads a page, checks its status, scripts, requests, accessibility and phone width, and screenshots it. */
    private void visit(String path, int status) {
        Response response = page.navigate(base + path);
        assertThat(response.status()).as(path).isEqualTo(status);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        if (status >= 400) {
            problems.removeIf(p -> p.contains("status of " + status));
        }
        assertThat(problems).as("console errors and failed requests on " + path).isEmpty();
        checkAccessibility(path);
        String name = path.equals("/") ? "overview" : path.substring(1).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
        shoot(name.length() > 60 ? name.substring(0, 60) : name);
        page.setViewportSize(390, 844);
        page.waitForTimeout(100);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        Object wide = page.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
                + " > window.innerWidth + 1 && !e.closest('.scroll')).slice(0, 5).map(e => e.tagName + '.' + e.className)");
        assertThat(((Number) overflow).intValue()).as(path + " fits 390 px; too wide: " + wide).isLessThanOrEqualTo(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-phone.png")).setFullPage(true));
        page.setViewportSize(1400, 900);
    }

    private void shoot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private void checkAccessibility(String what) {
        AxeResults results = new AxeBuilder(page).analyze();
        List<String> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(ConsoleBrowserIntegrationTest::describe).toList();
        assertThat(serious).as("serious or critical accessibility violations on " + what).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream().limit(3).map(n -> n.getHtml()).toList();
    }

    private void runJob(String job) throws InterruptedException {
        assertThat(league.http.post("/api/v1/jobs/" + job + "/run", "", Map.of("X-API-Key", ServedLeague.API_KEY)).status())
                .isEqualTo(202);
        for (int i = 0; i < 300; i++) {
            JsonNode history = league.http.get("/api/v1/jobs/history?job=" + job).json();
            if (history.size() > 0 && !history.get(0).path("status").asText().equals("RUNNING")) {
                assertThat(history.get(0).path("status").asText()).as(history.toString()).isEqualTo("SUCCEEDED");
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(job + " did not finish");
    }

    /** Asks the forecast form about {@code home} (the away side as filled) at these prices, and waits for the answer. */
    private void ask(String home, String homeOdds, String drawOdds, String awayOdds) {
        page.fill("#home", home);
        page.fill("#homeOdds", homeOdds);
        page.fill("#drawOdds", drawOdds);
        page.fill("#awayOdds", awayOdds);
        page.click("form[action='/forecasts/ask'] button[type=submit]");
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }
}
