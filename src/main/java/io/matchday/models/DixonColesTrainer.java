package io.matchday.models;

import io.matchday.data.Match;
import io.matchday.data.Team;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Dixon–Coles: Poisson goals with team attack and defence, home advantage and the low-score
 * correction ρ, each match weighted by {@code exp(−ξ · days before the cutoff)}. Fitted by
 * maximum likelihood with analytic gradients (non-linear conjugate gradient).
 *
 * <p>{@code log λ_home = μ + h + attack[home] − defence[away]},
 * {@code log λ_away = μ + attack[away] − defence[home]}; attack and defence sum to zero
 * (a penalty keeps them there).
 */
public final class DixonColesTrainer implements PriceFreeTrainer {

    static final double RHO_BOUND = 0.25;

    private final DixonColesConfig config;

    public DixonColesTrainer(DixonColesConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "dixon-coles";
    }

    @Override
    public Model train(TrainingData data) {
        List<Match> window = data.matches().stream()
                .filter(m -> ChronoUnit.DAYS.between(m.date(), data.cutoff()) <= config.windowDays()).toList();
        if (window.isEmpty()) {
            window = data.matches();
        }
        List<Team> teams = new ArrayList<>(new TreeSet<>(window.stream()
                .flatMap(m -> java.util.stream.Stream.of(m.home(), m.away())).toList()));
        Map<Team, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            index.put(teams.get(i), i);
        }
        DixonColesLikelihood likelihood = new DixonColesLikelihood(window, index, data.cutoff(), config);
        double[] start = new double[2 * teams.size() + 3];
        start[2 * teams.size()] = Math.log(1.35);   // μ
        start[2 * teams.size() + 1] = 0.25;          // h
        double[] fitted = Minimizer.minimize(likelihood::evaluate, start, 20_000);
        return DixonColesModel.from(fitted, teams, config, data, window.size());
    }
}
