package io.matchday.models;

import io.matchday.data.Fixture;
import io.matchday.data.Team;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** A fitted Dixon–Coles model: named parameters and the scoreline grid of any fixture. */
final class DixonColesModel implements Model {

    /** Teams new to the window (promoted) start from the average of the weakest few. */
    static final int PROMOTED_PRIOR_TEAMS = 3;

    private final Map<Team, double[]> ratings;   // attack, defence
    private final double mu;
    private final double homeAdvantage;
    private final double rho;
    private final double[] promotedPrior;
    private final DixonColesConfig config;
    private final ModelProvenance provenance;
    /** The fit's parameter error over attack[teams], defence[teams], μ, h, r (teams in name order); null if unknown. */
    private final Laplace uncertainty;

    DixonColesModel(Map<Team, double[]> ratings, double mu, double homeAdvantage, double rho,
                            DixonColesConfig config, ModelProvenance provenance) {
        this(ratings, mu, homeAdvantage, rho, config, provenance, null);
    }

    DixonColesModel(Map<Team, double[]> ratings, double mu, double homeAdvantage, double rho,
                            DixonColesConfig config, ModelProvenance provenance, Laplace uncertainty) {
        this.uncertainty = uncertainty;
        this.ratings = Map.copyOf(ratings);
        this.mu = mu;
        this.homeAdvantage = homeAdvantage;
        this.rho = rho;
        this.config = config;
        this.provenance = provenance;
        List<double[]> weakest = ratings.values().stream()
                .sorted(Comparator.comparingDouble(r -> r[0] + r[1])).limit(PROMOTED_PRIOR_TEAMS).toList();
        this.promotedPrior = new double[]{weakest.stream().mapToDouble(r -> r[0]).average().orElse(0),
            weakest.stream().mapToDouble(r -> r[1]).average().orElse(0)};
    }

    static DixonColesModel from(double[] p, List<Team> teams, DixonColesConfig config, TrainingData data, int used,
                                Laplace uncertainty) {
        int n = teams.size();
        Map<Team, double[]> ratings = new LinkedHashMap<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            ratings.put(teams.get(i), new double[]{p[i], p[n + i]});
            parameters.put("attack_" + teams.get(i), p[i]);
            parameters.put("defence_" + teams.get(i), p[n + i]);
        }
        double rho = DixonColesTrainer.RHO_BOUND * Math.tanh(p[2 * n + 2]);
        parameters.put("intercept", p[2 * n]);
        parameters.put("home_advantage", p[2 * n + 1]);
        parameters.put("rho", rho);
        parameters.put("xi", config.xi());
        parameters.put("window_days", config.windowDays());
        parameters.put("ridge", config.ridge());
        parameters.put("shot_weight", config.shotWeight());
        parameters.put("openness_ridge", config.opennessRidge());
        parameters.put("window_matches", used);
        return new DixonColesModel(ratings, p[2 * n], p[2 * n + 1], rho, config,
                ModelProvenance.of("dixon-coles", parameters, data), uncertainty);
    }

    Laplace uncertainty() {
        return uncertainty;
    }

    /** Teams in the order of the parameter vector: by name. */
    List<Team> teamOrder() {
        return ratings.keySet().stream().sorted().toList();
    }

    @Override
    public String name() {
        return "dixon-coles";
    }

    @Override
    public boolean usesPrices() {
        return false;
    }

    public double attack(Team team) {
        return ratingOf(team)[0];
    }

    public double defence(Team team) {
        return ratingOf(team)[1];
    }

    Map<Team, double[]> ratings() {
        return ratings;
    }

    double intercept() {
        return mu;
    }

    DixonColesConfig config() {
        return config;
    }

    public double homeAdvantage() {
        return homeAdvantage;
    }

    public double rho() {
        return rho;
    }

    private double[] ratingOf(Team team) {
        return ratings.getOrDefault(team, promotedPrior);
    }

    @Override
    public Forecast forecast(Fixture fixture) {
        double[] home = ratingOf(fixture.home());
        double[] away = ratingOf(fixture.away());
        double lambda = Math.exp(mu + homeAdvantage + home[0] - away[1]);
        double muRate = Math.exp(mu + away[0] - home[1]);
        return Forecast.of(name(), fixture, grid(lambda, muRate));
    }

    /** The five factors of a goal model, each a parameter group set to the fixture's value or the average side's. */
    static final List<String> FACTORS = List.of(FactorGroups.HOME_ATTACK, FactorGroups.AWAY_DEFENCE, FactorGroups.AWAY_ATTACK,
            FactorGroups.HOME_DEFENCE, FactorGroups.HOME_ADVANTAGE);

    /**
     * Exact Shapley values of home attack, away defence, away attack, home defence and home advantage on the
     * outcome and over 2.5 probabilities, against the average fixture: every rating at the league average (0) and
     * no home advantage, the goal level μ and ρ held.
     */
    @Override
    public Optional<Explanation> explain(Fixture fixture) {
        double[] home = ratingOf(fixture.home());
        double[] away = ratingOf(fixture.away());
        double[] actual = {home[0], away[1], away[0], home[1], homeAdvantage};
        double[][] phi = Shapley.values(actual.length, mask -> {
            double[] x = new double[actual.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = (mask & (1 << i)) != 0 ? actual[i] : 0;
            }
            ScoreGrid g = grid(Math.exp(mu + x[4] + x[0] - x[1]), Math.exp(mu + x[2] - x[3]));
            double[] p = g.outcomeProbabilities();
            return new double[]{p[0], p[1], p[2], g.over(2.5)};
        });
        List<Explanation.Share> factors = new java.util.ArrayList<>();
        for (int i = 0; i < FACTORS.size(); i++) {
            factors.add(FactorGroups.share(FACTORS.get(i), phi[i + 1]));
        }
        return Optional.of(new Explanation(FactorGroups.share("baseline", phi[0]), factors, List.of()));
    }

    /** Ratings, μ, h and ρ moved by one draw of the fit's parameter error. */
    @Override
    public Optional<Model> draw(RandomGenerator random) {
        if (uncertainty == null) {
            return Optional.empty();
        }
        double[] d = uncertainty.draw(random);
        List<Team> order = teamOrder();
        int n = order.size();
        Map<Team, double[]> drawn = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            double[] r = ratings.get(order.get(i));
            drawn.put(order.get(i), new double[]{r[0] + d[i], r[1] + d[n + i]});
        }
        double r = org.hipparchus.util.FastMath.atanh(rho / DixonColesTrainer.RHO_BOUND) + d[2 * n + 2];
        return Optional.of(new DixonColesModel(drawn, mu + d[2 * n], homeAdvantage + d[2 * n + 1],
                DixonColesTrainer.RHO_BOUND * Math.tanh(r), config, provenance, null));
    }

    ScoreGrid grid(double lambda, double muRate) {
        int g = config.maxGoals();
        double[] ph = poisson(lambda, g);
        double[] pa = poisson(muRate, g);
        double[][] grid = new double[g + 1][g + 1];
        for (int i = 0; i <= g; i++) {
            for (int j = 0; j <= g; j++) {
                grid[i][j] = ph[i] * pa[j] * Math.max(0, tau(i, j, lambda, muRate));
            }
        }
        return new ScoreGrid(grid);
    }

    private double tau(int x, int y, double lambda, double muRate) {
        if (x == 0 && y == 0) {
            return 1 - lambda * muRate * rho;
        } else if (x == 0 && y == 1) {
            return 1 + lambda * rho;
        } else if (x == 1 && y == 0) {
            return 1 + muRate * rho;
        } else if (x == 1 && y == 1) {
            return 1 - rho;
        }
        return 1;
    }

    private static double[] poisson(double rate, int max) {
        double[] p = new double[max + 1];
        p[0] = Math.exp(-rate);
        for (int k = 1; k <= max; k++) {
            p[k] = p[k - 1] * rate / k;
        }
        return p;
    }

    @Override
    public ModelProvenance provenance() {
        return provenance;
    }
}
