package io.matchday.work;

import static io.matchday.work.Plans.division;
import static io.matchday.work.Plans.field;
import static io.matchday.work.Plans.or;

import io.matchday.InvalidField;
import io.matchday.InvalidInputException;
import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.MatchRepository;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.simulation.SeasonSimulation;
import io.matchday.simulation.SimulationConfig;
import io.matchday.simulation.SimulationReport;
import io.matchday.simulation.Staking;
import io.matchday.simulation.Strategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A season replay, as {@code matchday simulate} runs it; its steps are the match weeks. */
final class ReplayPlanner {

    private final MatchRepository matches;
    private final SeasonSimulation simulation;

    ReplayPlanner(MatchRepository matches, SeasonSimulation simulation) {
        this.matches = matches;
        this.simulation = simulation;
    }

    Plan plan(WorkRequest.Replay request) {
        SimulationConfig config = config(request);
        List<Match> history = matches.matches(config.division(), SeasonRange.ALL);
        int weeks = SeasonSimulation.weeks(history, config.seasons());
        if (weeks == 0) {
            String nothing = "no stored matches of " + config.division() + " in " + config.seasons();
            throw new InvalidInputException("no-matches", "Nothing to replay", nothing,
                    List.of(new InvalidField("/seasons", nothing)), Map.of());
        }
        String title = config.division() + " " + config.seasons() + ", " + config.model() + ", retrain " + config.retrain().label()
                + ", " + config.strategy().name().toLowerCase(Locale.ROOT) + " bets";
        return new Plan(title, weeks, new Plan.Job() {
            @Override
            public Object run(Plan.Progress progress) {
                return simulation.run(history, config, w -> progress.step());
            }

            @Override
            public Map<String, Object> summary(Object result) {
                SimulationReport r = (SimulationReport) result;
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("matches", r.matches());
                s.put("rps", r.rps());
                s.put("market_rps", r.marketRps());
                s.put("roi", r.roi());
                s.put("max_drawdown", r.maxDrawdown());
                s.put("retrains", r.retrains());
                return s;
            }
        });
    }

    /** The request as a replay's config, every absent field at the replay's default; a bad field names itself. */
    private static SimulationConfig config(WorkRequest.Replay request) {
        if (request.seasons() == null || request.seasons().isBlank()) {
            throw InvalidInputException.of("/seasons", "is required, e.g. 2023-24");
        }
        Season first = field("/seasons", () -> Season.parse(request.seasons()));
        Season last = request.to() == null || request.to().isBlank() ? first : field("/to", () -> Season.parse(request.to()));
        Division division = division("/division", or(request.division(), Division.DEFAULT_CODE));
        SimulationConfig config = field("/", () -> new SimulationConfig(division, SeasonRange.of(first, last),
                or(request.model(), SimulationConfig.DEFAULT_MODEL),
                field("/retrain", () -> SimulationConfig.Retrain.parse(or(request.retrain(), SimulationConfig.DEFAULT_RETRAIN))),
                field("/strategy", () -> Strategy.parse(or(request.strategy(), SimulationConfig.DEFAULT_STRATEGY))),
                field("/stake", () -> Staking.parse(or(request.stake(), SimulationConfig.DEFAULT_STAKE))),
                request.valueThreshold() == null ? SimulationConfig.DEFAULT_VALUE_THRESHOLD : request.valueThreshold(),
                request.bankroll() == null ? SimulationConfig.DEFAULT_BANKROLL : request.bankroll(),
                SimulationConfig.DEFAULT_MARGIN, SimulationConfig.DEFAULT_NOISE,
                request.seed() == null ? SimulationConfig.DEFAULT_SEED : request.seed()));
        try {
            SeasonSimulation.validate(config);
        } catch (MatchdayException e) {
            throw InvalidInputException.of("/model", e.getMessage());
        }
        return config;
    }
}
