package io.matchday.monitoring;

import io.matchday.data.Match;
import io.matchday.data.Outcome;
import io.matchday.data.Team;
import io.matchday.features.FeatureBuilder;
import io.matchday.features.FeatureConfig;
import io.matchday.features.FeatureVector;
import io.matchday.models.Model;
import io.matchday.models.PointInTime;
import io.matchday.data.Season;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Feature, label and prediction drift between the most recent settled matches and a reference.
 * Features are the point-in-time feature vectors every model sees (ratings, form, rest, promotion),
 * replayed from the history.
 *
 * <p>The reference is season-aware: the same phase of earlier seasons — for each season in the
 * current window, the matches played the same number of days into each of up to
 * {@code referenceSeasons} earlier seasons. Early-season features (long rest after the summer, form
 * carried over, promoted teams) look like every early season, not like a whole season, so a normal
 * August raises no alarm while a real change still does. With too few earlier seasons (or
 * {@code referenceSeasons} 0) the reference is the {@code reference} matches just before the window.
 */
final class DriftMonitor {

    private final MonitoringConfig config;
    private final DriftTests tests;

    public DriftMonitor(MonitoringConfig config, DriftTests tests) {
        this.config = config;
        this.tests = tests;
    }

    /** Which rows of the history form the reference, and how to say so. */
    record Reference(List<Integer> rows, String description) {
    }

    /** {@code history}: settled matches by date; {@code champion} forecasts both windows for prediction drift. */
    public DriftReport measure(List<Match> history, Model champion, int quarantinedRows) {
        int n = history.size();
        int current = Math.min(config.window(), n / 2);
        if (current < 10) {
            throw new io.matchday.MatchdayException("drift needs at least 20 settled matches, there are " + n);
        }
        int currentStart = n - current;
        Reference reference = reference(history, currentStart);
        List<Integer> currentRows = IntStream.range(currentStart, n).boxed().toList();
        return measure(history, new FeatureBuilder(FeatureConfig.WITHOUT_PRICES).replay(history).rows(), reference,
                currentRows, champion, quarantinedRows);
    }

    /**
     * Drift of {@code current} rows against {@code reference} rows of {@code features} (one row per
     * history match): the measurement itself, open to tests that inject a shift.
     */
    DriftReport measure(List<Match> history, List<FeatureVector> features, Reference reference, List<Integer> current,
                        Model champion, int quarantinedRows) {
        List<String> names = features.get(0).names();
        List<FeatureDrift> drifts = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            drifts.add(tests.numeric(names.get(f), column(features, f, reference.rows()), column(features, f, current)));
        }
        List<Match> referenceMatches = reference.rows().stream().map(history::get).toList();
        List<Match> currentMatches = current.stream().map(history::get).toList();
        drifts.add(tests.categorical("result", List.of("H", "D", "A"), outcomes(referenceMatches), outcomes(currentMatches)));
        long drifted = drifts.stream().filter(FeatureDrift::drifted).count();
        double share = (double) drifted / drifts.size();
        return new DriftReport(referenceMatches.get(0).date(), referenceMatches.get(referenceMatches.size() - 1).date(),
                currentMatches.get(0).date(), currentMatches.get(currentMatches.size() - 1).date(), drifts, share,
                share >= config.driftShare(), predictionDrift(champion, referenceMatches, currentMatches),
                quality(referenceMatches, currentMatches, quarantinedRows), reference.description());
    }

    /** The same phase of earlier seasons when there are enough of them, else the matches just before the window. */
    Reference reference(List<Match> history, int currentStart) {
        if (config.referenceSeasons() > 0) {
            Reference seasonal = samePhase(history, currentStart);
            if (seasonal.rows().size() >= Math.min(config.window(), history.size() - currentStart)) {
                return seasonal;
            }
        }
        int from = Math.max(0, currentStart - config.reference());
        if (currentStart - from < 10) {
            throw new io.matchday.MatchdayException("drift needs at least 10 reference matches before the current window");
        }
        return new Reference(IntStream.range(from, currentStart).boxed().toList(),
                "the " + (currentStart - from) + " matches before the current window");
    }

    /**
     * For each season in the current window, the days into that season its current matches span;
     * the reference is every match of up to {@code referenceSeasons} earlier seasons (none of which has a
     * match in the current window) played within those days of its own season's first match.
     */
    private Reference samePhase(List<Match> history, int currentStart) {
        Map<Season, LocalDate> seasonStart = new TreeMap<>();
        history.forEach(m -> seasonStart.merge(m.season(), m.date(), (a, b) -> a.isBefore(b) ? a : b));
        Map<Season, long[]> phases = new TreeMap<>();
        for (int i = currentStart; i < history.size(); i++) {
            Match m = history.get(i);
            long day = ChronoUnit.DAYS.between(seasonStart.get(m.season()), m.date());
            phases.merge(m.season(), new long[]{day, day}, (a, b) -> new long[]{Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        Season firstCurrent = phases.keySet().iterator().next();
        List<Season> earlier = seasonStart.keySet().stream().filter(s -> s.compareTo(firstCurrent) < 0).toList();
        List<Season> used = earlier.subList(Math.max(0, earlier.size() - config.referenceSeasons()), earlier.size());
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < currentStart; i++) {
            Match m = history.get(i);
            if (!used.contains(m.season())) {
                continue;
            }
            long day = ChronoUnit.DAYS.between(seasonStart.get(m.season()), m.date());
            if (phases.values().stream().anyMatch(p -> day >= p[0] && day <= p[1])) {
                rows.add(i);
            }
        }
        String days = phases.values().stream().map(p -> "days " + p[0] + "–" + p[1])
                .reduce((a, b) -> a + " and " + b).orElse("");
        String seasons = used.isEmpty() ? "no earlier season"
                : used.size() == 1 ? used.get(0).label() : used.get(0).label() + ".." + used.get(used.size() - 1).label();
        return new Reference(rows, "the same phase of " + seasons + " (" + days + " of each season), " + rows.size()
                + " matches");
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
        return matches.stream().mapToDouble(m -> model.forecast(PointInTime.beforeKickOff(m)).home()).toArray();
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

    private static double[] column(List<FeatureVector> rows, int feature, List<Integer> which) {
        double[] values = new double[which.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rows.get(which.get(i)).values()[feature];
        }
        return values;
    }

    private static long[] outcomes(List<Match> matches) {
        long[] counts = new long[Outcome.values().length];
        matches.forEach(m -> counts[m.result().ordinal()]++);
        return counts;
    }
}
