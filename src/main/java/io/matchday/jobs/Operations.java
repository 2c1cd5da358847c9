package io.matchday.jobs;

import io.matchday.data.Division;
import io.matchday.data.FileIngest;
import io.matchday.data.Fixture;
import io.matchday.data.FixtureRepository;
import io.matchday.data.IngestListener;
import io.matchday.data.IngestService;
import io.matchday.data.MatchRepository;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.data.SourceException;
import io.matchday.data.TeamNames;
import io.matchday.data.UpcomingFixtures;
import io.matchday.models.Forecast;
import io.matchday.models.Model;
import io.matchday.Ids;
import io.matchday.monitoring.MonitoringResult;
import io.matchday.monitoring.MonitoringService;
import io.matchday.ledger.LedgerStore;
import io.matchday.ledger.ServedPrediction;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.ModelVersion;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** The four recurring jobs, over the domain services they drive. */
public final class Operations {

    public static final String REFRESH_DATA = "refresh-data";
    public static final String PREDICT_UPCOMING = "predict-upcoming";
    public static final String MONITOR = "monitor";
    public static final String RETRAINING_CHECK = "retraining-check";

    private final IngestService ingest;
    private final MatchRepository matches;
    private final FixtureRepository fixtures;
    private final TeamNames names;
    private final ModelRegistry registry;
    private final LedgerStore ledger;
    private final MonitoringService monitoring;
    private final RetrainingPipeline retraining;
    private final OperationsConfig config;
    private final Clock clock;
    private final String node;

    public Operations(IngestService ingest, MatchRepository matches, FixtureRepository fixtures, TeamNames names,
                      ModelRegistry registry, LedgerStore ledger, MonitoringService monitoring,
                      RetrainingPipeline retraining, OperationsConfig config, Clock clock, String node) {
        this.ingest = ingest;
        this.matches = matches;
        this.fixtures = fixtures;
        this.names = names;
        this.registry = registry;
        this.ledger = ledger;
        this.monitoring = monitoring;
        this.retraining = retraining;
        this.config = config;
        this.clock = clock;
        this.node = node;
    }

    public List<Job> jobs() {
        return List.of(Job.of(REFRESH_DATA, "0 0 6 * * *", this::refreshData),
                Job.of(PREDICT_UPCOMING, "0 30 6 * * *", this::predictUpcoming),
                Job.of(MONITOR, "0 0 7 * * MON", this::monitor),
                Job.of(RETRAINING_CHECK, "0 0 8 * * *", this::retrainingCheck));
    }

    public OperationsConfig config() {
        return config;
    }

    public RetrainingPipeline retraining() {
        return retraining;
    }

    public MonitoringService monitoring() {
        return monitoring;
    }

    /** The current season (and the one before, which may still be settling) of every division, and fixtures.csv. */
    String refreshData() {
        Season current = Season.containing(LocalDate.now(clock));
        List<String> done = new ArrayList<>();
        for (Division division : config.divisions()) {
            int inserted = 0;
            int updated = 0;
            for (Season season : List.of(current.previous(), current)) {
                try {
                    for (FileIngest file : ingest.ingest(division, SeasonRange.of(season, season), IngestListener.NONE)) {
                        inserted += file.inserted();
                        updated += file.updated();
                    }
                } catch (SourceException.NotFound notPublished) {
                    // A season the source does not have (yet): nothing to refresh.
                }
            }
            done.add(String.format(Locale.ROOT, "%s %d new, %d updated", division, inserted, updated));
        }
        OptionalInt loaded = loadFixtures();
        String upcoming = loaded.isPresent() ? loaded.getAsInt() + " upcoming fixtures" : "no fixtures file at the source";
        return String.join("; ", done) + "; " + upcoming;
    }

    /**
     * Replaces the stored fixtures with the source's {@code fixtures.csv} (every division in it: the
     * console shows them all, the forecast job forecasts its own divisions); empty when the source has none.
     */
    public OptionalInt loadFixtures() {
        Optional<byte[]> file = ingest.client().fixturesFile();
        if (file.isEmpty()) {
            return OptionalInt.empty();
        }
        List<Fixture> parsed = UpcomingFixtures.parse(file.get(), names);
        fixtures.replace(parsed, clock.instant());
        return OptionalInt.of(parsed.size());
    }

    /** Forecasts every upcoming fixture with its division's champion, into the ledger. */
    String predictUpcoming() {
        List<Fixture> upcoming = fixtures.upcoming(LocalDate.now(clock));
        List<ServedPrediction> rows = new ArrayList<>();
        int skipped = 0;
        for (Division division : config.divisions()) {
            String name = ModelTraining.defaultModelName(division);
            Optional<ModelVersion> champion = registry.champion(name);
            if (champion.isEmpty()) {
                continue;
            }
            Model model = registry.load(champion.get());
            for (Fixture fixture : upcoming.stream().filter(f -> f.division().equals(division)).toList()) {
                try {
                    Forecast f = model.forecast(fixture);
                    java.time.Instant at = clock.instant();
                    rows.add(ServedPrediction.of(Ids.next(at), at, node, name, champion.get().version(), f,
                            fixture.odds().averageOpening()));
                } catch (RuntimeException cannot) {
                    skipped++;   // e.g. a price-based champion and a fixture without prices yet
                }
            }
        }
        ledger.append(rows);
        return rows.size() + " fixtures forecast into the ledger" + (skipped > 0 ? ", " + skipped + " skipped" : "");
    }

    String monitor() {
        List<String> out = new ArrayList<>();
        for (Division division : config.divisions()) {
            String name = ModelTraining.defaultModelName(division);
            if (registry.champion(name).isEmpty()) {
                continue;
            }
            MonitoringResult r = monitoring.run(division, name);
            out.add(String.format(Locale.ROOT, "%s v%d: drift share %.2f, %d alerts", name, r.version(),
                    r.drift().driftShare(), r.alerts().size()));
        }
        return out.isEmpty() ? "no champion to monitor" : String.join("; ", out);
    }

    String retrainingCheck() {
        List<String> out = new ArrayList<>();
        for (Division division : config.divisions()) {
            String name = ModelTraining.defaultModelName(division);
            if (registry.champion(name).isEmpty()) {
                continue;
            }
            out.add(retraining.check(division, name).map(r -> name + ": " + r.status() + " after " + r.triggers()
                    + (r.decision() == null ? "" : " — " + r.decision()) + (r.message() == null ? "" : " — " + r.message()))
                    .orElse(name + ": no trigger fired"));
        }
        return out.isEmpty() ? "no champion to check" : String.join("; ", out);
    }
}
