package io.matchday.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.data.Database;
import io.matchday.data.Division;
import io.matchday.data.FootballDataClient;
import io.matchday.data.IngestListener;
import io.matchday.data.IngestService;
import io.matchday.data.Match;
import io.matchday.data.MatchRepository;
import io.matchday.data.RetryPolicy;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.data.TeamNames;
import io.matchday.models.Model;
import io.matchday.monitoring.AlertRouting;
import io.matchday.monitoring.AlertStore;
import io.matchday.monitoring.MonitoringConfig;
import io.matchday.monitoring.MonitoringService;
import io.matchday.registry.ArtifactStore;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.RunTracker;
import io.matchday.testsupport.Mirror;
import io.matchday.SettableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real 2023-24 Premier League fed in week by week, as the refresh job would see it, with the
 * retraining check after every week. Age and new-data triggers are computed here independently
 * from the configuration; every week they imply (outside the cool-down) must start a run that
 * names them, no other week may, and every run's decision carries its numbers.
 */
class MirrorRetrainingReplayIntegrationTest {

    private static final Division E0 = Division.of("E0");
    private static final String MODEL = "e0-outcome";
    private static final RetrainingConfig CONFIG = new RetrainingConfig(60, 50, Duration.ofDays(6), "dixon-coles", 0);

    @TempDir
    Path home;

    @Test
    void theSeasonWeekByWeekFiresTheConfiguredTriggersAndRecordsEachDecision() throws Exception {
        SettableClock clock = SettableClock.at(LocalDate.of(2023, 8, 1));
        try (Database database = Database.open(new DatabaseSettings("jdbc:h2:file:" + home.resolve("db/m"), "sa", ""))) {
            TeamNames names = TeamNames.standard();
            new IngestService(new FootballDataClient(Mirror.baseUrl(), home.resolve("cache"), RetryPolicy.DEFAULT, clock),
                    database.dataSource(), names, clock).ingest(E0, SeasonRange.parse("2017-18..2022-23"), IngestListener.NONE);
            ArtifactStore artifacts = new ArtifactStore(home.resolve("artifacts"));
            ModelRegistry registry = new ModelRegistry(database.dataSource(), artifacts, clock);
            RunTracker runs = new RunTracker(database.dataSource(), artifacts, clock);
            MatchRepository matches = new MatchRepository(database.dataSource(), names);
            ModelTraining training = new ModelTraining(matches, runs, registry);
            training.train(new ModelTraining.Request(E0, "dixon-coles", MODEL, null, 0));
            MonitoringService monitoring = new MonitoringService(database.dataSource(), matches, registry, runs,
                    new AlertStore(database.dataSource(), clock, AlertRouting.NONE), MonitoringConfig.DEFAULTS, clock);
            RetrainingPipeline pipeline = new RetrainingPipeline(database.dataSource(), monitoring, training::train, CONFIG,
                    clock, "replay");

            List<String> season = Files.readAllLines(Path.of(Mirror.baseUrl()).resolve("2324/E0.csv"), StandardCharsets.UTF_8);
            Path feed = home.resolve("feed");
            IngestService weekly = new IngestService(new FootballDataClient(feed.toUri(), home.resolve("cache2"), RetryPolicy.DEFAULT,
                    clock), database.dataSource(), names, clock);
            Season s2324 = Season.parse("2023-24");
            int expectedRuns = 0;
            for (LocalDate monday = LocalDate.of(2023, 8, 14); !monday.isAfter(LocalDate.of(2024, 5, 27)); monday = monday.plusWeeks(1)) {
                writeSeasonUpTo(season, monday, feed.resolve("2324/E0.csv"));
                weekly.ingest(E0, SeasonRange.of(s2324, s2324), IngestListener.NONE);
                clock.set(monday);

                Model champion = registry.load(registry.champion(MODEL).orElseThrow());
                LocalDate trainedThrough = champion.provenance().lastMatch();
                LocalDate today = monday;
                List<Match> history = matches.matches(E0, SeasonRange.ALL);
                long settled = history.stream().filter(m -> m.date().isAfter(trainedThrough) && !m.date().isAfter(today)).count();
                long age = ChronoUnit.DAYS.between(trainedThrough, today);
                List<String> implied = new ArrayList<>();
                if (age > CONFIG.maxDaysSinceTraining()) {
                    implied.add("age");
                }
                if (settled >= CONFIG.newMatches()) {
                    implied.add("new-data");
                }
                Optional<RetrainingRun> last = pipeline.history(MODEL, 1).stream().findFirst();
                boolean cooling = last.isPresent() && last.get().startedAt().plus(CONFIG.cooldown()).isAfter(clock.instant());

                List<String> fired = pipeline.evaluate(E0, MODEL).stream().filter(Trigger::fired).map(Trigger::name).toList();
                assertThat(fired).as("triggers on %s", monday).containsAll(implied);
                Optional<RetrainingRun> run = pipeline.check(E0, MODEL);
                // Nothing settled since training (the week after the season): a refit would learn nothing.
                if (fired.isEmpty() || cooling || settled == 0) {
                    assertThat(run).as("no run on %s (fired %s, cooling %s, settled %d)", monday, fired, cooling, settled)
                            .isEmpty();
                } else {
                    expectedRuns++;
                    assertThat(run).as("a run on %s for %s", monday, fired).isPresent();
                    implied.forEach(name -> assertThat(run.get().triggers()).contains(name + " ("));
                    assertThat(run.get().status()).as(run.get().toString()).isEqualTo("PROMOTED");
                    assertThat(run.get().decision()).contains("candidate RPS").contains("vs the closing market");
                }
            }
            List<RetrainingRun> history = pipeline.history(MODEL, 100);
            assertThat(history).hasSize(expectedRuns);
            assertThat(expectedRuns).as("the season retrains the model several times").isGreaterThanOrEqualTo(5);
            // The first week of the season: the champion's data are 78 days old.
            assertThat(history.get(history.size() - 1).triggers()).startsWith("age (78 > 60");
        }
    }

    /** The season file as the site would have served it on {@code day}: the header and every match before it. */
    private static void writeSeasonUpTo(List<String> lines, LocalDate day, Path file) throws java.io.IOException {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<String> kept = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", 3);
            if (fields.length > 1 && !fields[1].isBlank() && LocalDate.parse(fields[1], format).isBefore(day)) {
                kept.add(line);
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\r\n", kept) + "\r\n", StandardCharsets.UTF_8);
    }
}
