package io.matchday.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One walk-forward backtest per league over the same test seasons, read side by side: each model's
 * ΔRPS against the benchmark per league with its interval, and across leagues the mean of the league
 * means with a paired bootstrap interval over every scored match of every league it was scored in.
 *
 * @param leagues        the leagues that had test matches, in the order asked for
 * @param skipped        what was not run and why (a league or season the data source does not hold)
 */
public record LeaguePanel(String testSeasons, String benchmark, List<League> leagues, List<String> skipped,
                          Map<String, Across> across) {

    public LeaguePanel {
        leagues = List.copyOf(leagues);
        skipped = List.copyOf(skipped);
        across = Collections.unmodifiableMap(new LinkedHashMap<>(across));
    }

    /** One league's backtest, the seasons it actually covered and the run that recorded it. */
    public record League(String division, String seasons, List<String> missingSeasons, BacktestReport report,
                         String runId) {

        public League {
            missingSeasons = List.copyOf(missingSeasons);
        }

        public Optional<ModelResult> model(String name) {
            return report.models().stream().filter(m -> m.name().equals(name)).findFirst();
        }
    }

    /**
     * A model across the leagues it was scored in: the mean of its league ΔRPS, and the paired
     * bootstrap of its per-match differences pooled over those leagues.
     */
    public record Across(int leagues, double meanDelta, PairedBootstrap.Difference pooled, boolean usesPrices) {
    }

    public static LeaguePanel of(String testSeasons, String benchmark, List<League> leagues, List<String> skipped,
                                 PairedBootstrap bootstrap) {
        Set<String> names = new LinkedHashSet<>();
        leagues.forEach(l -> l.report().models().forEach(m -> names.add(m.name())));
        Map<String, Across> across = new LinkedHashMap<>();
        for (String name : names) {
            List<Double> means = new ArrayList<>();
            List<double[]> model = new ArrayList<>();
            List<double[]> reference = new ArrayList<>();
            boolean prices = false;
            for (League league : leagues) {
                Optional<ModelResult> m = league.model(name);
                Optional<ModelResult> b = league.model(benchmark);
                if (m.isEmpty() || b.isEmpty() || m.get().deltaRpsVsMarket() == null) {
                    continue;
                }
                prices = m.get().usesPrices();
                means.add(m.get().deltaRpsVsMarket().mean());
                model.add(m.get().rpsByMatch());
                reference.add(b.get().rpsByMatch());
            }
            if (!means.isEmpty()) {
                across.put(name, new Across(means.size(), means.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                        bootstrap.difference(concat(model), concat(reference)), prices));
            }
        }
        return new LeaguePanel(testSeasons, benchmark, leagues, skipped, across);
    }

    /** The models in the panel, best mean ΔRPS first. */
    public List<String> models() {
        return across.entrySet().stream().sorted(Map.Entry.comparingByValue(
                Comparator.comparingDouble(Across::meanDelta))).map(Map.Entry::getKey).toList();
    }

    private static double[] concat(List<double[]> parts) {
        int n = parts.stream().mapToInt(p -> p.length).sum();
        double[] all = new double[n];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
