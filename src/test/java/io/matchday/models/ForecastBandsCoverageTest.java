package io.matchday.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.data.Match;
import io.matchday.data.Season;
import io.matchday.testsupport.SyntheticMatches;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bands validated where the truth is known: a model trained on a synthetic league's earlier seasons gives bands
 * for every fixture of its last season, and the true probabilities (the generator's truth file) must fall inside
 * them about as often as the level says, over several seeds and league sizes.
 */
class ForecastBandsCoverageTest {

    record Coverage(double ninety, double fifty) { }

    static Coverage coverage(DixonColesConfig config, int teams, long seed) {
        return coverage(new DixonColesTrainer(config), teams, seed);
    }

    static Coverage coverage(Trainer trainer, int teams, long seed) {
        SyntheticMatches.League league = SyntheticMatches.generate(teams, 4, seed);
        Season last = league.matches().get(league.matches().size() - 1).season();
        List<Match> history = league.matches().stream().filter(m -> m.season().compareTo(last) < 0).toList();
        List<Match> next = league.matches().stream().filter(m -> m.season().equals(last)).toList();
        LocalDate cutoff = next.get(0).date();
        Model trained = trainer.train(new TrainingData(history, cutoff));
        ForecastBands bands = new ForecastBands(trained);
        int in90 = 0;
        int in50 = 0;
        int total = 0;
        for (Match m : next) {
            double[] truth = league.truthOf(m);
            ForecastBand b90 = bands.band(PointInTime.beforeKickOff(m), 0.9).orElseThrow();
            ForecastBand b50 = bands.band(PointInTime.beforeKickOff(m), 0.5).orElseThrow();
            double[][] i90 = {b90.home(), b90.draw(), b90.away()};
            double[][] i50 = {b50.home(), b50.draw(), b50.away()};
            for (int k = 0; k < 3; k++) {
                in90 += truth[k] >= i90[k][0] && truth[k] <= i90[k][1] ? 1 : 0;
                in50 += truth[k] >= i50[k][0] && truth[k] <= i50[k][1] ? 1 : 0;
                total++;
            }
        }
        return new Coverage((double) in90 / total, (double) in50 / total);
    }

    /**
     * Dixon–Coles fitted to goals: the model the generator's world is made of, so what is left between forecast and
     * truth is the parameters' error, which the band must measure. Coverage pools sizes and seeds: within one season
     * a team's error moves all its fixtures together, so one season's coverage is itself noisy (0.83–0.94 by size).
     */
    @Test
    void bandsCoverTheTrueProbabilitiesAsOftenAsTheirLevelSays() {
        double ninety = 0;
        double fifty = 0;
        int leagues = 0;
        for (int teams : new int[]{16, 20, 24}) {
            for (long seed = 11; seed <= 14; seed++) {
                Coverage c = coverage(GOALS, teams, seed);
                ninety += c.ninety();
                fifty += c.fifty();
                leagues++;
            }
        }
        assertThat(ninety / leagues).as("90 %% band coverage").isBetween(0.85, 0.95);
        assertThat(fifty / leagues).as("50 %% band coverage").isBetween(0.45, 0.55);
    }

    static final DixonColesConfig GOALS = DixonColesConfig.DEFAULT.withShotWeight(0).withOpennessRidge(0);

    /** Prints the coverage table in docs/forecasting.md: {@code -Dcoverage.table=true}. */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "coverage.table", matches = "true")
    void printTable() {
        java.util.Map<String, java.util.function.Supplier<Trainer>> trainers = new java.util.LinkedHashMap<>();
        trainers.put("dixon-coles, goals", () -> new DixonColesTrainer(GOALS));
        trainers.put("dixon-coles", () -> new DixonColesTrainer(DixonColesConfig.DEFAULT));
        for (String name : System.getProperty("coverage.models", "state-space").split(",")) {
            trainers.put(name, () -> ModelZoo.trainer(name));
        }
        for (var config : trainers.entrySet()) {
            for (int teams : new int[]{16, 20, 24}) {
                double ninety = 0;
                double fifty = 0;
                for (long seed = 11; seed <= 14; seed++) {
                    Coverage c = coverage(config.getValue().get(), teams, seed);
                    ninety += c.ninety() / 4;
                    fifty += c.fifty() / 4;
                }
                System.out.printf(java.util.Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", config.getKey(), teams, ninety, fifty);
            }
        }
    }
}
