package io.matchday.monitoring;

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
import io.matchday.features.FeatureBuilder;
import io.matchday.features.FeatureConfig;
import io.matchday.features.FeatureVector;
import io.matchday.models.Model;
import io.matchday.models.ModelZoo;
import io.matchday.models.TrainingData;
import io.matchday.testsupport.Mirror;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Season-aware drift on the mirror's Premier League: the current window is the latest season's stored
 * matches (early season while the mirror holds a partial season). Against the same phase of earlier
 * seasons a normal early season is no alarm; against the whole of the previous season it is (the
 * calendar effect the seasonal reference removes); and a shift injected into the current window is
 * still found.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MirrorDriftIntegrationTest {

    @TempDir
    static Path temp;

    private List<Match> history;
    private Model champion;

    @BeforeAll
    void ingest() {
        try (Database db = Database.open(new DatabaseSettings("jdbc:h2:mem:drift-" + System.nanoTime(), "sa", ""))) {
            new IngestService(new FootballDataClient(Mirror.baseUrl(), temp.resolve("cache"), RetryPolicy.DEFAULT,
                    Clock.systemUTC()), db.dataSource(), TeamNames.standard(), Clock.systemUTC())
                    .ingest(Division.of("E0"), SeasonRange.ALL, IngestListener.NONE);
            history = new ArrayList<>(new MatchRepository(db.dataSource(), TeamNames.standard())
                    .matches(Division.of("E0"), SeasonRange.ALL));
        }
        history.sort(Comparator.comparing(Match::date).thenComparing(m -> m.home().name()));
        champion = ModelZoo.trainer("climatology").train(TrainingData.all(history));
    }

    private static DriftMonitor monitor(int referenceSeasons) {
        MonitoringConfig d = MonitoringConfig.DEFAULTS;
        return new DriftMonitor(new MonitoringConfig(d.window(), d.reference(), referenceSeasons, d.alpha(), d.driftShare(),
                d.performanceWindow(), d.minSettled(), d.rpsDegradation(), d.marketGap(), d.missingPrices()),
                new DriftTests(d.alpha(), 20240611L));
    }

    @Test
    void anEarlySeasonAgainstEarlierEarlySeasonsRaisesNoAlarmWhereTheWholeLastSeasonDoes() {
        DriftReport seasonal = monitor(5).measure(history, champion, 0);
        DriftReport contiguous = monitor(0).measure(history, champion, 0);
        Season latest = history.get(history.size() - 1).season();

        assertThat(seasonal.reference()).startsWith("the same phase of ").contains("days 0–");
        assertThat(seasonal.referenceFrom().getYear()).isLessThan(latest.startYear());
        assertThat(seasonal.datasetDrift()).isFalse();
        assertThat(seasonal.driftShare()).as("few or no drifted features: %s", drifted(seasonal)).isLessThanOrEqualTo(0.10);
        // The whole previous season as the reference: rest days, fouls, cards, shots — what every early season looks like.
        assertThat(contiguous.reference()).isEqualTo("the 380 matches before the current window");
        assertThat(contiguous.driftShare()).as("calendar drift: %s", drifted(contiguous))
                .isGreaterThan(3 * seasonal.driftShare()).isGreaterThanOrEqualTo(0.25);
        assertThat(drifted(contiguous)).contains("rest_home", "rest_away");
        assertThat(drifted(seasonal)).doesNotContain("rest_home", "rest_away");
    }

    @Test
    void aShiftInjectedIntoTheCurrentWindowIsStillDetected() {
        DriftMonitor monitor = monitor(5);
        int currentStart = history.size() - MonitoringConfig.DEFAULTS.window();
        DriftMonitor.Reference reference = monitor.reference(history, currentStart);
        List<Integer> current = IntStream.range(currentStart, history.size()).boxed().toList();
        List<FeatureVector> rows = new FeatureBuilder(FeatureConfig.WITHOUT_PRICES).replay(history).rows();
        List<String> names = rows.get(0).names();
        List<String> shifted = List.of("elo_diff", "home_sf", "away_sf", "home_stf", "rest_home", "home_pts_all");
        // Each shifted feature moves by one standard deviation of its reference values, in the current window only.
        List<FeatureVector> injected = new ArrayList<>(rows);
        for (int i : current) {
            double[] v = rows.get(i).values().clone();
            for (String name : shifted) {
                int f = names.indexOf(name);
                v[f] += sd(rows, reference.rows(), f);
            }
            injected.set(i, new FeatureVector(names, v));
        }
        DriftReport clean = monitor.measure(history, rows, reference, current, champion, 0);
        DriftReport shift = monitor.measure(history, injected, reference, current, champion, 0);

        assertThat(drifted(shift)).as("every shifted feature is flagged").containsAll(shifted);
        assertThat(shift.driftShare()).isGreaterThan(clean.driftShare());
        assertThat(drifted(shift)).as("nothing else moves").containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(drifted(clean).stream(), shifted.stream()).distinct().toList());
    }

    private static double sd(List<FeatureVector> rows, List<Integer> which, int feature) {
        double mean = which.stream().mapToDouble(i -> rows.get(i).values()[feature]).average().orElseThrow();
        return Math.sqrt(which.stream().mapToDouble(i -> Math.pow(rows.get(i).values()[feature] - mean, 2)).sum()
                / (which.size() - 1));
    }

    private static List<String> drifted(DriftReport report) {
        return report.features().stream().filter(FeatureDrift::drifted).map(FeatureDrift::feature).toList();
    }
}
