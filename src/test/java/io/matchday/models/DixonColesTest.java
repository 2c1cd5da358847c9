package io.matchday.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import io.matchday.data.Team;
import io.matchday.evaluation.BacktestConfig;
import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.evaluation.ScoringRule;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.testsupport.SyntheticMatches;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Dixon–Coles against a synthetic league whose true strengths and probabilities are known. */
class DixonColesTest {

    private static final SyntheticMatches.League LEAGUE = SyntheticMatches.generate(20, 3, 7);

    @Test
    void recoversTheHiddenStrengthsOverThreeSeasons() {
        List<Match> matches = LEAGUE.matches();
        TrainingData data = new TrainingData(matches, matches.get(matches.size() - 1).date().plusDays(1));
        // The generator's strengths do not drift, so no time decay: every match is equally informative.
        DixonColesModel model = (DixonColesModel) new DixonColesTrainer(new DixonColesConfig(0, 1400, 10, 0.002)).train(data);
        double[] trueAttack = LEAGUE.strengths().stream().mapToDouble(SyntheticMatches.Strength::attack).toArray();
        double[] trueDefence = LEAGUE.strengths().stream().mapToDouble(SyntheticMatches.Strength::defence).toArray();
        double[] attack = LEAGUE.strengths().stream().mapToDouble(s -> model.attack(new Team(s.team()))).toArray();
        double[] defence = LEAGUE.strengths().stream().mapToDouble(s -> model.defence(new Team(s.team()))).toArray();
        double[] all = concat(attack, defence);
        double[] trueAll = concat(trueAttack, trueDefence);
        assertThat(spearman(all, trueAll)).as("all 40 strength parameters").isGreaterThan(0.9);
        assertThat(spearman(attack, trueAttack)).as("attack").isGreaterThan(0.9);
        assertThat(spearman(sum(attack, defence), sum(trueAttack, trueDefence))).as("overall").isGreaterThan(0.95);
        assertThat(model.homeAdvantage()).isCloseTo(0.25, within(0.08));
        assertThat(model.provenance().parameters()).containsKeys("rho", "home_advantage", "attack_Ashbury");
        assertThat(model.provenance().matches()).isEqualTo(1140);
    }

    @Test
    void forecastsWithinThreeThousandthsOfTheTrueProbabilitiesWalkForward() {
        BacktestReport report = new WalkForwardBacktest(new BacktestConfig(SeasonRange.parse("2022-23"), 0, 2),
                PairedBootstrap.DEFAULT).run(LEAGUE.matches(), List.of(new DixonColesTrainer(DixonColesConfig.DEFAULT)), i -> { });
        double modelRps = report.model("dixon-coles").evaluation().rps();
        double trueRps = report.matches().stream()
                .mapToDouble(m -> ScoringRule.RPS.score(LEAGUE.truthOf(m), m.result())).average().orElseThrow();
        assertThat(report.matches()).hasSize(380);
        assertThat(modelRps - trueRps).isLessThan(0.003);
    }

    @Test
    void theGridIsConsistentWithTheOutcomeProbabilities() {
        List<Match> matches = LEAGUE.matches();
        Model model = new DixonColesTrainer(DixonColesConfig.DEFAULT)
                .train(new TrainingData(matches, matches.get(matches.size() - 1).date().plusDays(1)));
        Match last = matches.get(matches.size() - 1);
        Forecast f = model.forecast(new io.matchday.data.Fixture(last.division(), last.date().plusDays(7),
                last.home(), last.away(), null));
        ScoreGrid grid = f.scoreGrid().orElseThrow();
        assertThat(f.home() + f.draw() + f.away()).isCloseTo(1, within(1e-12));
        assertThat(grid.expectedHomeGoals()).isEqualTo(f.expectedHomeGoals());
        assertThat(grid.over(2.5)).isBetween(0.2, 0.8);
        assertThat(grid.bothTeamsScore()).isBetween(0.2, 0.8);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static double[] sum(double[] a, double[] b) {
        return IntStream.range(0, a.length).mapToDouble(i -> a[i] + b[i]).toArray();
    }

    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double n = a.length;
        double d2 = IntStream.range(0, a.length).mapToDouble(i -> (ra[i] - rb[i]) * (ra[i] - rb[i])).sum();
        return 1 - 6 * d2 / (n * (n * n - 1));
    }

    private static double[] ranks(double[] v) {
        Integer[] order = IntStream.range(0, v.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[v.length];
        for (int k = 0; k < order.length; k++) {
            r[order[k]] = k;
        }
        return r;
    }
}
