package io.matchday.work;

import static io.matchday.work.Plans.division;
import static io.matchday.work.Plans.field;
import static io.matchday.work.Plans.or;

import io.matchday.InvalidInputException;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.MatchRepository;
import io.matchday.data.SeasonRange;
import io.matchday.evaluation.BacktestReport;
import io.matchday.models.ModelZoo;
import io.matchday.models.Trainer;
import io.matchday.registry.RunTracker;
import io.matchday.registry.TrackedBacktest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A walk-forward backtest, as {@code matchday backtest} runs it, recorded as a tracked run; its steps are the trainings. */
final class BacktestPlanner {

    private final MatchRepository matches;
    private final RunTracker runs;
    private final Function<BacktestReport, String> html;

    BacktestPlanner(MatchRepository matches, RunTracker runs, Function<BacktestReport, String> html) {
        this.matches = matches;
        this.runs = runs;
        this.html = html;
    }

    Plan plan(WorkRequest.Backtest request) {
        Division division = division("/division", or(request.division(), Division.DEFAULT_CODE));
        String benchmark = or(request.benchmark(), TrackedBacktest.DEFAULT_BENCHMARK);
        List<Trainer> trainers = field("/models", () -> ModelZoo.trainers(or(request.models(), TrackedBacktest.DEFAULT_MODELS),
                benchmark));
        SeasonRange seasons = field("/seasons", () -> SeasonRange.parse(or(request.seasons(), TrackedBacktest.DEFAULT_SEASONS)));
        List<Match> history = matches.matches(division, SeasonRange.ALL);
        int total = TrackedBacktest.trainings(history, seasons, trainers.size());
        if (total == 0) {
            throw InvalidInputException.of("/seasons", "no stored matches of " + division + " in " + seasons);
        }
        String title = division + " " + seasons + ": " + String.join(", ", trainers.stream().map(Trainer::name).toList());
        return new Plan(title, total, new Plan.Job() {
            @Override
            public Object run(Plan.Progress progress) {
                TrackedBacktest.Result result = new TrackedBacktest(runs, html).run(
                        new TrackedBacktest.Request(division.code(), history, trainers, seasons, 0, TrackedBacktest.DEFAULT_THREADS),
                        new TrackedBacktest.Listener() {
                            @Override
                            public void started(String runId) {
                                progress.runId(runId);
                            }

                            @Override
                            public void trained(int done) {
                                progress.step();
                            }
                        });
                return TrackedBacktest.summary(result.report());
            }

            @Override
            @SuppressWarnings("unchecked")
            public Map<String, Object> summary(Object result) {
                Map<String, Object> s = (Map<String, Object>) result;
                return Map.of("matches", s.get("matches"), "models", ((List<?>) s.get("models")).size());
            }
        });
    }
}
