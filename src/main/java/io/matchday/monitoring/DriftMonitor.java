package io.matchday.monitoring;

import io.matchday.data.Match;
import io.matchday.data.Outcome;
import io.matchday.data.Team;
import io.matchday.features.FeatureBuilder;
import io.matchday.features.FeatureConfig;
import io.matchday.features.FeatureVector;
import io.matchday.models.Model;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Feature, label and prediction drift between the most recent settled matches and the matches
 * before them. Features are the point-in-time feature vectors every model sees (ratings, form,
 * rest, promotion), replayed from the history.
 */
public final class DriftMonitor {

    private final MonitoringConfig config;
    private final DriftTests tests;

    public DriftMonitor(MonitoringConfig config, DriftTests tests) {
        this.config = config;
        this.tests = tests;
    }

    /** {@code history}: settled matches by date; {@code champion} forecasts both windows for prediction drift. */
    public DriftReport measure(List<Match> history, Model champion, int quarantinedRows) {
        int n = history.size();
        int current = Math.min(config.window(), n / 2);
        int reference = Math.min(config.reference(), n - current);
        if (current < 10 || reference < 10) {
            throw new io.matchday.MatchdayException("drift needs at least 20 settled matches, there are " + n);
        }
        int currentStart = n - current;
        int referenceStart = currentStart - reference;
        FeatureBuilder.Replay replay = new FeatureBuilder(FeatureConfig.WITHOUT_PRICES).replay(history);
        List<FeatureVector> rows = replay.rows();
        List<String> names = rows.get(0).names();
        List<FeatureDrift> features = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            features.add(tests.numeric(names.get(f), column(rows, f, referenceStart, currentStart),
                    column(rows, f, currentStart, n)));
        }
        features.add(tests.categorical("result", java.util.List.of("H", "D", "A"), outcomes(history.subList(referenceStart, currentStart)),
                outcomes(history.subList(currentStart, n))));
        long drifted = features.stream().filter(FeatureDrift::drifted).count();
        double share = (double) drifted / features.size();
        return new DriftReport(history.get(referenceStart).date(), history.get(currentStart - 1).date(),
                history.get(currentStart).date(), history.get(n - 1).date(), features, share, share >= config.driftShare(),
                predictionDrift(champion, history.subList(referenceStart, currentStart), history.subList(currentStart, n)),
                quality(history.subList(referenceStart, currentStart), history.subList(currentStart, n), quarantinedRows));
    }

    /** Drift of the champion's home-win probability; null when the model cannot forecast past fixtures. */
    private FeatureDrift predictionDrift(Model champion, List<Match> reference, List<Match> current) {
        try {
            return tests.numeric("prediction.home", homeProbabilities(champion, reference), homeProbabilities(champion, current));
        } catch (RuntimeException pointInTimeGuard) {
            // Feature models refuse fixtures inside their history (point-in-time): no prediction drift for them.
            return null;
        }
    }

    private static double[] homeProbabilities(Model model, List<Match> matches) {
        return matches.stream().mapToDouble(m -> model.forecast(model.usesPrices() ? m.fixture() : m.fixture().withoutOdds())
                .home()).toArray();
    }

    private static DriftReport.DataQuality quality(List<Match> reference, List<Match> current, int quarantinedRows) {
        long missing = current.stream().filter(m -> m.odds().averageClosing().isEmpty()).count();
        Set<Team> seen = new HashSet<>();
        reference.forEach(m -> {
            seen.add(m.home());
            seen.add(m.away());
        });
        List<String> newTeams = current.stream().flatMap(m -> Stream.of(m.home(), m.away())).distinct()
                .filter(t -> !seen.contains(t)).map(Team::name).sorted().toList();
        return new DriftReport.DataQuality((double) missing / current.size(), newTeams, quarantinedRows);
    }

    private static double[] column(List<FeatureVector> rows, int feature, int from, int to) {
        double[] values = new double[to - from];
        for (int i = from; i < to; i++) {
            values[i - from] = rows.get(i).values()[feature];
        }
        return values;
    }

    private static long[] outcomes(List<Match> matches) {
        long[] counts = new long[Outcome.values().length];
        matches.forEach(m -> counts[m.result().ordinal()]++);
        return counts;
    }
}
