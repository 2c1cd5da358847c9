package io.matchday.models;

import static io.matchday.testsupport.Statistics.spearman;
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
import java.util.List;
import java.util.stream.IntStream;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.hipparchus.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
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
        assertThat(model.provenance().parameters()).containsKeys("rho", "home_advantage", "attack_Ashbury")
                .containsEntry("ridge", 0.002).containsEntry("shot_weight", 0.0).containsEntry("openness_ridge", 0.0);
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

    /** The synthetic league with shots on target: about three per goal, plus noise. */
    private static List<Match> withShotsOnTarget(List<Match> matches) {
        java.util.Random random = new java.util.Random(11);
        return matches.stream().map(m -> SyntheticMatches.withStats(m, SyntheticMatches.shotsOnTarget(
                3 * m.fullTime().home() + random.nextInt(4), 3 * m.fullTime().away() + random.nextInt(4)))).toList();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void theAnalyticGradientAndHessianMatchFiniteDifferences(boolean shotsAndOpenness) {
        List<Match> matches = shotsAndOpenness ? withShotsOnTarget(LEAGUE.matches().subList(0, 400)) : LEAGUE.matches().subList(0, 400);
        DixonColesConfig config = shotsAndOpenness
                ? DixonColesConfig.DEFAULT.withShotWeight(0.4).withOpennessRidge(0.02) : DixonColesConfig.DEFAULT.withShotWeight(0);
        java.util.Map<Team, Integer> index = new java.util.LinkedHashMap<>();
        matches.stream().flatMap(m -> java.util.stream.Stream.of(m.home(), m.away())).distinct().sorted()
                .forEach(t -> index.put(t, index.size()));
        DixonColesLikelihood likelihood = new DixonColesLikelihood(matches, index,
                matches.get(matches.size() - 1).date().plusDays(1), config);
        java.util.Random random = new java.util.Random(5);
        double[] p = new double[likelihood.parameters()];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0.3 * random.nextGaussian();
        }
        p[p.length - 1] = -0.4;   // ρ ≈ −0.1: every τ branch is live
        Minimizer.Curvature c = likelihood.curvature(p);
        assertThat(c.value()).isCloseTo(likelihood.evaluate(p).value(), within(1e-12));
        assertThat(c.gradient()).containsExactly(likelihood.evaluate(p).gradient(), within(1e-12));
        double step = 1e-6;
        for (int j = 0; j < p.length; j++) {
            double[] up = p.clone();
            double[] down = p.clone();
            up[j] += step;
            down[j] -= step;
            assertThat(c.gradient()[j]).as("g[%d]", j).isCloseTo(
                    (likelihood.evaluate(up).value() - likelihood.evaluate(down).value()) / (2 * step), within(1e-7));
            double[] gUp = likelihood.evaluate(up).gradient();
            double[] gDown = likelihood.evaluate(down).gradient();
            for (int i = 0; i < p.length; i++) {
                assertThat(c.hessian()[i][j]).as("H[%d][%d]", i, j).isCloseTo((gUp[i] - gDown[i]) / (2 * step), within(1e-6));
            }
        }
    }

    @Test
    void shotsOnTargetCountOnlyWhenTheyAreWeighted() {
        List<Match> plain = LEAGUE.matches();
        java.time.LocalDate cutoff = plain.get(plain.size() - 1).date().plusDays(1);
        // Ashbury's shots on target say it played far better than its goals: 12 a match, the others 3.
        List<Match> shots = plain.stream().map(m -> SyntheticMatches.withStats(m, SyntheticMatches.shotsOnTarget(
                m.home().name().equals("Ashbury") ? 12 : 3, m.away().name().equals("Ashbury") ? 12 : 3))).toList();
        DixonColesConfig goalsOnly = DixonColesConfig.DEFAULT.withShotWeight(0);
        DixonColesModel a = (DixonColesModel) new DixonColesTrainer(goalsOnly).train(new TrainingData(plain, cutoff));
        DixonColesModel b = (DixonColesModel) new DixonColesTrainer(goalsOnly).train(new TrainingData(shots, cutoff));
        DixonColesModel c = (DixonColesModel) new DixonColesTrainer(goalsOnly.withShotWeight(0.3)).train(new TrainingData(shots, cutoff));
        Team ashbury = new Team("Ashbury");
        assertThat(b.attack(ashbury)).as("weight 0 ignores shots").isEqualTo(a.attack(ashbury));
        assertThat(c.attack(ashbury)).as("weighted shots raise its attack").isGreaterThan(a.attack(ashbury) + 0.2);
    }

    @Test
    void theOpennessRidgeNarrowsTheSpreadOfGoalExpectationsButNotOfStrength() {
        List<Match> matches = LEAGUE.matches();
        TrainingData data = new TrainingData(matches, matches.get(matches.size() - 1).date().plusDays(1));
        DixonColesModel free = (DixonColesModel) new DixonColesTrainer(DixonColesConfig.DEFAULT).train(data);
        DixonColesModel tight = (DixonColesModel) new DixonColesTrainer(DixonColesConfig.DEFAULT.withOpennessRidge(0.5)).train(data);
        double[] openFree = LEAGUE.strengths().stream().mapToDouble(s -> free.attack(new Team(s.team())) - free.defence(new Team(s.team()))).toArray();
        double[] openTight = LEAGUE.strengths().stream().mapToDouble(s -> tight.attack(new Team(s.team())) - tight.defence(new Team(s.team()))).toArray();
        double[] strengthFree = LEAGUE.strengths().stream().mapToDouble(s -> free.attack(new Team(s.team())) + free.defence(new Team(s.team()))).toArray();
        double[] strengthTight = LEAGUE.strengths().stream().mapToDouble(s -> tight.attack(new Team(s.team())) + tight.defence(new Team(s.team()))).toArray();
        assertThat(spread(openTight)).isLessThan(0.5 * spread(openFree));
        assertThat(spread(strengthTight)).isGreaterThan(0.9 * spread(strengthFree));
    }

    private static double spread(double[] values) {
        double mean = Arrays.stream(values).average().orElseThrow();
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElseThrow());
    }

    @Test
    void aFitConvergesToAGradientBelowOneMillionthOnThreeSeasons() {
        List<Match> matches = LEAGUE.matches();
        java.time.LocalDate cutoff = matches.get(matches.size() - 1).date().plusDays(1);
        java.util.Map<Team, Integer> index = new java.util.LinkedHashMap<>();
        matches.stream().flatMap(m -> java.util.stream.Stream.of(m.home(), m.away())).distinct().sorted()
                .forEach(t -> index.put(t, index.size()));
        DixonColesLikelihood likelihood = new DixonColesLikelihood(matches, index, cutoff, DixonColesConfig.DEFAULT);
        double[] start = new double[likelihood.parameters()];
        start[2 * index.size()] = Math.log(1.35);
        Minimizer.Optimum newton = Minimizer.newton(likelihood::curvature, likelihood::evaluate, start, DixonColesTrainer.TOLERANCE, 100);
        assertThat(newton.maxGradient()).isLessThanOrEqualTo(1e-6);
        assertThat(Minimizer.maxAbs(likelihood.evaluate(newton.point()).gradient())).isLessThanOrEqualTo(1e-6);
        assertThat(newton.iterations()).isLessThan(20);
        // The conjugate-gradient fit it replaced stops short: higher objective, a far larger gradient.
        double[] cg = conjugateGradient(likelihood, start);
        assertThat(likelihood.evaluate(newton.point()).value()).isLessThanOrEqualTo(likelihood.evaluate(cg).value());
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

    /** The fit Newton's method replaced: Hipparchus' non-linear conjugate gradient (Polak–Ribière). */
    private static double[] conjugateGradient(DixonColesLikelihood likelihood, double[] start) {
        NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-10, 1e-12));
        return optimizer.optimize(new MaxEval(20_000), new ObjectiveFunction(x -> likelihood.evaluate(x).value()),
                new ObjectiveFunctionGradient(x -> likelihood.evaluate(x).gradient()), GoalType.MINIMIZE,
                new InitialGuess(start)).getPoint();
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static double[] sum(double[] a, double[] b) {
        return IntStream.range(0, a.length).mapToDouble(i -> a[i] + b[i]).toArray();
    }
}
