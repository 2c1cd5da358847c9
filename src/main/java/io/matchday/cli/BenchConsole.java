package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.MatchdaySettings;
import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.http.MatchdayServer;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import io.matchday.Ids;
import io.matchday.ledger.LedgerStore;
import io.matchday.ledger.ServedPrediction;
import io.matchday.web.ConsoleModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Render time of every console page on the full data source: a fresh H2 database with every division "
            + "ingested, the demo's champions trained, a monitoring run and 100,000 ledger rows; each page fetched over "
            + "HTTP after warm-up, median and 95th percentile.", "Target: every page <= 100 ms."})
final class BenchConsole extends StoreCommand implements Callable<Integer> {

    @Option(names = "--repeats", defaultValue = "20", description = "Timed fetches per page after 5 warm-up ones. Default: ${DEFAULT-VALUE}")
    int repeats;

    @Option(names = "--ledger-rows", defaultValue = "100000", description = "Ledger rows to fill in. Default: ${DEFAULT-VALUE}")
    int ledgerRows;

    @Mixin
    BenchResult output;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter console = out();
        Path dir = Files.createTempDirectory("matchday-bench-console");
        MatchdaySettings settings = new MatchdaySettings(dir, store.settings().dataUrl(),
                new DatabaseSettings("jdbc:h2:file:" + dir.resolve("db/matchday") + ";AUTO_SERVER=TRUE", "sa", ""), dir.resolve("artifacts"));
        String fixture;
        String run;
        try (Matchday matchday = StoreCommand.open(settings)) {
            console.println("filling a fresh database in " + dir + " ...");
            console.flush();
            PrintWriter quiet = new PrintWriter(new StringWriter());
            List<Division> divisions = matchday.ingest().client().listDivisions();
            IngestRun.run(matchday, divisions.isEmpty() ? List.of(Division.of("E0")) : divisions, SeasonRange.ALL, quiet);
            matchday.operations().loadFixtures();
            for (Division division : DemoCommand.trainable(matchday.matches().seasons())) {
                DemoCommand.trainChampions(matchday, division, quiet);
            }
            matchday.jobScheduler().runHere("monitor", "bench");
            List<Match> e0 = matchday.matches().matches(Division.of("E0"), SeasonRange.ALL);
            fillLedger(matchday.ledger(), e0);
            Match last = e0.get(e0.size() - 1);
            fixture = "/forecasts/fixture?division=E0&date=" + last.date() + "&home=" + url(last.home().name()) + "&away="
                    + url(last.away().name());
            run = matchday.registry().champion("e0-outcome").orElseThrow().runId();
        }
        List<String> pages = List.of("/", "/forecasts?division=E0", "/forecasts?division=SP1", fixture,
                "/forecasts/ask?home=Arsenal&away=Chelsea&homeOdds=2.1&drawOdds=3.4&awayOdds=3.6", "/models",
                "/models/e0-outcome/1", "/runs", "/runs/" + run, "/monitoring", "/jobs", "/replays", "/data", "/data?division=E0",
                "/ledger", "/ledger?team=Arsenal", "/signin", "/no-such-page", "/jobs/triggers?division=E0");
        List<Map<String, Object>> rows = new ArrayList<>();
        try (MatchdayServer server = MatchdayServer.start(settings, 0, Map.of("matchday.jobs.enabled", "false"), ConsoleModule.class)) {
            HttpClient http = HttpClient.newHttpClient();
            console.printf("%-58s %6s %9s %9s %9s %8s%n", "page", "status", "median ms", "p95 ms", "max ms", "KiB");
            for (String page : pages) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + page)).header("Accept", "text/html").build();
                int status = 0;
                int bytes = 0;
                for (int i = 0; i < 5; i++) {
                    http.send(request, HttpResponse.BodyHandlers.ofString());
                }
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < repeats; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    times.add((System.nanoTime() - t0) / 1e6);
                    status = response.statusCode();
                    bytes = response.body().getBytes(StandardCharsets.UTF_8).length;
                }
                times.sort(Double::compare);
                double median = times.get(times.size() / 2);
                double p95 = times.get((int) Math.ceil(0.95 * times.size()) - 1);
                double max = times.get(times.size() - 1);
                String shown = page.length() > 58 ? page.substring(0, 55) + "..." : page;
                console.printf("%-58s %6d %9.1f %9.1f %9.1f %8.1f%n", shown, status, median, p95, max, bytes / 1024.0);
                Map<String, Object> row = Json.fields("page", page, "status", status, "median_ms", median,
                        "p95_ms", p95, "max_ms", max, "bytes", bytes);
                rows.add(row);
            }
        }
        // The triggers fragment is not a page: the Jobs page loads it after itself (it measures drift).
        double worst = rows.stream().filter(r -> !((String) r.get("page")).startsWith("/jobs/triggers"))
                .mapToDouble(r -> (Double) r.get("p95_ms")).max().orElse(0);
        console.printf("slowest page p95 %.1f ms (target <= 100 ms: %s); %d ledger rows%n", worst, worst <= 100 ? "met" : "MISSED",
                ledgerRows);
        Map<String, Object> result = Json.fields("ledger_rows", ledgerRows, "repeats", repeats, "pages", rows);
        output.write("console", result, console);
        return 0;
    }

    /** Served forecasts of stored matches (so most are settled), seeded, in batches. */
    private void fillLedger(LedgerStore ledger, List<Match> matches) {
        Random random = new Random(13);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        List<ServedPrediction> batch = new ArrayList<>();
        for (int i = 0; i < ledgerRows; i++) {
            Match m = matches.get(random.nextInt(matches.size()));
            double h = 0.3 + 0.3 * random.nextDouble();
            double d = 0.2 + 0.1 * random.nextDouble();
            Instant at = start.plusSeconds(60L * i);
            batch.add(new ServedPrediction(Ids.next(at), at, "bench", "e0-outcome", 1, "E0", m.date(), m.home().name(),
                    m.away().name(), 2.1, 3.4, 3.6, h, d, 1 - h - d, 1.4, 1.1));
            if (batch.size() == 5000) {
                ledger.append(batch);
                batch.clear();
            }
        }
        ledger.append(batch);
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
