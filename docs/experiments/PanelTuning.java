package io.matchday.models;

import io.matchday.MatchdaySettings;
import io.matchday.data.Database;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.MatchRepository;
import io.matchday.data.SeasonRange;
import io.matchday.data.TeamNames;
import io.matchday.evaluation.BacktestConfig;
import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.ModelResult;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.features.FeatureConfig;
import io.matchday.features.GapConfig;
import io.matchday.features.StateSpaceConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The panel tuning runs: variants of Dixon–Coles, the gap model and the price-free pool, backtested walk-forward on
 * tuning seasons of one or more leagues. For each league it prints every variant's ΔRPS against the benchmark, its
 * per-season difference to the first variant (the 4-of-5 gate), and, for score-grid models, the over/under 2.5 log
 * loss behind the de-vigged totals prices; then the mean over leagues. {@code hyperparameters.properties} records
 * the results these runs gave.
 *
 * <p>Variants: {@code dc:S[:O[:XI]]} Dixon–Coles with shot weight S, openness ridge O and decay ξ;
 * {@code gap:L,PH,PA[:FEATURES[:L2[:RECENT]]]} a multinomial logistic on GAP ratings with λ L and shares PH, PA
 * (FEATURES: {@code ;}-separated feature names, {@code GAP} for all eight GAP features, default GAP);
 * {@code ss:DV,IV,C,SV,LV[:FEATURES[:L2[:RECENT]]]} a multinomial logistic on state-space strengths with daily
 * variance DV, initial variance IV, season carry C, season variance SV and level variance LV (FEATURES as for gap,
 * {@code SS} for all four state-space features);
 * {@code pool:M1,M2,…[:SPREAD[:MONTHS]]} a price-free linear pool of zoo models; {@code =NAME} a zoo model as it is.
 *
 * <p>Run from the project root after {@code ./mvnw -q compile} and an ingest of the leagues into {@code $MATCHDAY_HOME}:
 * <pre>
 * ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * javac -d target/experiments -cp target/classes:$(cat target/cp.txt) docs/experiments/PanelTuning.java
 * java -cp target/experiments:target/classes:$(cat target/cp.txt) io.matchday.models.PanelTuning \
 *     E0,SP1,D1,I1,F1 2007-08..2009-10 market-open dc:0 dc:0.2 dc:0.2:0.02 gap:0.2,0.5,0.5 \
 *     pool:dixon-coles,logistic,elo,pi-ratings pool:dixon-coles,logistic,elo,pi-ratings,gap:0.05
 * </pre>
 */
public final class PanelTuning {

    public static void main(String[] args) {
        MatchdaySettings settings = MatchdaySettings.resolve(System.getenv(), System.getProperties(), Map.of());
        SeasonRange seasons = SeasonRange.parse(args[1]);
        String benchmark = args[2];
        List<String> variants = List.of(args).subList(3, args.length);
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (String division : args[0].split(",")) {
            List<Match> history;
            try (Database db = Database.open(settings.database())) {
                history = new MatchRepository(db.dataSource(), TeamNames.standard()).matches(Division.of(division), SeasonRange.ALL);
            }
            ModelCache cache = new ModelCache();
            List<Trainer> trainers = new ArrayList<>();
            trainers.add(ModelZoo.trainer(benchmark, cache));
            for (String variant : variants) {
                trainers.add(named(variant, trainer(variant, cache)));
            }
            BacktestReport report = new WalkForwardBacktest(new BacktestConfig(seasons, 0, 2), PairedBootstrap.DEFAULT, benchmark)
                    .run(history, trainers, week -> { });
            print(division, report, sums);
        }
        sums.forEach((name, s) -> System.out.printf("mean %-60s %+.5f%n", name, s[0] / s[1]));
    }

    private static Trainer trainer(String variant, ModelCache cache) {
        String[] parts = variant.split(":");
        return switch (parts[0]) {
            case "dc" -> {
                DixonColesConfig c = DixonColesConfig.DEFAULT.withShotWeight(Double.parseDouble(parts[1]));
                c = parts.length > 2 ? c.withOpennessRidge(Double.parseDouble(parts[2])) : c;
                yield new DixonColesTrainer(parts.length > 3 ? c.withXi(Double.parseDouble(parts[3])) : c);
            }
            case "gap" -> {
                String[] g = parts[1].split(",");
                GapConfig gap = new GapConfig(Double.parseDouble(g[0]), Double.parseDouble(g[1]), Double.parseDouble(g[2]));
                List<String> features = parts.length > 2 ? features(parts[2]) : GapConfig.featureNames();
                yield new FeatureModelTrainer(new FeatureModelTrainer.Config(variant, FeatureConfig.WITHOUT_PRICES.withGap(gap),
                        features, parts.length > 3 ? Double.parseDouble(parts[3]) : 0.01,
                        parts.length > 4 ? Integer.parseInt(parts[4]) : 3800));
            }
            case "ss" -> {
                String[] g = parts[1].split(",");
                StateSpaceConfig filter = new StateSpaceConfig(Double.parseDouble(g[0]), Double.parseDouble(g[1]),
                        Double.parseDouble(g[2]), Double.parseDouble(g[3]), Double.parseDouble(g[4]));
                List<String> features = parts.length > 2 ? features(parts[2]) : StateSpaceConfig.featureNames();
                yield new FeatureModelTrainer(new FeatureModelTrainer.Config(variant,
                        FeatureConfig.PRICE_FREE_MODELS.withStateSpace(filter), features,
                        parts.length > 3 ? Double.parseDouble(parts[3]) : 0.01, parts.length > 4 ? Integer.parseInt(parts[4]) : 3800));
            }
            case "pool" -> new EnsembleTrainer(variant, new EnsembleTrainer.Config(List.of(parts[1].split(",")),
                    parts.length > 3 ? Integer.parseInt(parts[3]) : 24, 0, parts.length > 2 ? Double.parseDouble(parts[2]) : 0),
                    cache);
            default -> {
                if (!variant.startsWith("=")) {
                    throw new IllegalArgumentException("unknown variant " + variant);
                }
                yield ModelZoo.trainer(variant.substring(1), cache);
            }
        };
    }

    private static List<String> features(String spec) {
        List<String> names = new ArrayList<>();
        for (String name : spec.split(";")) {
            if (name.equals("GAP")) {
                names.addAll(GapConfig.featureNames());
            } else if (name.equals("SS")) {
                names.addAll(StateSpaceConfig.featureNames());
            } else {
                names.add(name);
            }
        }
        return names;
    }

    /** Each variant under its own name, so a backtest can tell two Dixon–Coles variants apart. */
    private static Trainer named(String name, Trainer trainer) {
        return new ForwardingTrainer(trainer) {
            @Override
            public String name() {
                return name;
            }
        };
    }

    private static void print(String division, BacktestReport report, Map<String, double[]> sums) {
        ModelResult first = report.models().get(1);
        double benchmark = report.models().get(0).evaluation().rps();
        System.out.println(division);
        for (ModelResult m : report.models().subList(1, report.models().size())) {
            Map<Integer, double[]> bySeason = new TreeMap<>();
            for (int i = 0; i < report.matches().size(); i++) {
                double[] s = bySeason.computeIfAbsent(report.matches().get(i).season().startYear(), y -> new double[2]);
                s[0] += m.rpsByMatch()[i] - first.rpsByMatch()[i];
                s[1]++;
            }
            StringBuilder perSeason = new StringBuilder();
            bySeason.values().forEach(s -> perSeason.append(String.format(" %+.5f", s[0] / s[1])));
            double delta = m.evaluation().rps() - benchmark;
            System.out.printf("  %-60s ΔRPS %+.5f  per season vs the first:%s%n", m.name(), delta, perSeason);
            double[] sum = sums.computeIfAbsent(m.name(), n -> new double[2]);
            sum[0] += delta;
            sum[1]++;
        }
        if (report.totals() != null) {
            double market = report.totals().market().logLoss();
            System.out.printf("  over/under 2.5 (%s, %d matches): market log loss %.5f%n", report.totals().prices(),
                    report.totals().matches(), market);
            report.totals().models().forEach((name, score) ->
                    System.out.printf("    %-58s %.5f (%+.5f)%n", name, score.logLoss(), score.logLoss() - market));
        }
    }
}
