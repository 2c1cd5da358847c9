package io.matchday.api;

import io.matchday.MatchdayException;
import io.matchday.MatchdaySettings;
import io.matchday.data.Division;
import io.matchday.data.FileIngest;
import io.matchday.data.IngestListener;
import io.matchday.data.IngestService;
import io.matchday.data.Match;
import io.matchday.data.MatchRepository;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.jobs.RetrainingBusyException;
import io.matchday.jobs.RetrainingPipeline;
import io.matchday.jobs.RetrainingRun;
import io.matchday.models.ModelZoo;
import io.matchday.models.Trainer;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.RunTracker;
import io.matchday.registry.TrackedBacktest;
import io.matchday.simulation.SeasonSimulation;
import io.matchday.simulation.SimulationConfig;
import io.matchday.simulation.SimulationReport;
import io.matchday.simulation.Staking;
import io.matchday.simulation.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What each kind of background work does: a request is checked and turned into a plan (a title, how
 * many steps, and the job) — on the node that takes the request, so a bad one is refused before it is
 * queued, and again on the node that runs it.
 */
@Component
class WorkPlans {

    /** How a running job reports: a step done, more steps found, the tracked run it made. */
    interface Progress {
        void step();

        void plan(int more);

        void runId(String runId);
    }

    /** A job and what its result says in a few numbers. */
    interface Job {
        Object run(Progress progress) throws Exception;

        default Map<String, Object> summary(Object result) {
            return Map.of();
        }
    }

    /** {@code runId}: the tracked run the work is known by from the start, if any (a retraining's lock). */
    record Plan(String title, int total, Job job, String runId) {
        Plan(String title, int total, Job job) {
            this(title, total, job, null);
        }
    }

    private final MatchRepository matches;
    private final MatchdaySettings settings;
    private final RunTracker runs;
    private final IngestService ingest;
    private final RetrainingPipeline retraining;
    private final ServedModels served;
    private final TeamDirectory teams;
    private final HtmlReports reports;

    WorkPlans(MatchRepository matches, MatchdaySettings settings, RunTracker runs, IngestService ingest,
              io.matchday.jobs.Operations operations, ServedModels served, TeamDirectory teams, HtmlReports reports) {
        this.matches = matches;
        this.settings = settings;
        this.runs = runs;
        this.ingest = ingest;
        this.retraining = operations.retraining();
        this.served = served;
        this.teams = teams;
        this.reports = reports;
    }

    /** The plan of a new request; a retraining takes its model's lock here, so a second one is refused at once. */
    Plan prepare(WorkRequest request) {
        return plan(request, null);
    }

    /** The plan again, on the node that runs it; a retraining runs under the lock taken when it was submitted. */
    Plan resume(WorkRequest request, String runId) {
        return plan(request, runId);
    }

    private Plan plan(WorkRequest request, String runId) {
        if (request instanceof WorkRequest.Replay r) {
            return replay(r);
        } else if (request instanceof WorkRequest.Backtest b) {
            return backtest(b);
        } else if (request instanceof WorkRequest.Ingest i) {
            return ingest(i);
        }
        return retraining((WorkRequest.Retraining) request, runId);
    }

    private Plan replay(WorkRequest.Replay request) {
        SimulationConfig config;
        try {
            if (request.seasons() == null || request.seasons().isBlank()) {
                throw ApiProblem.invalid("/seasons", "is required, e.g. 2023-24");
            }
            Season first = parse("/seasons", () -> Season.parse(request.seasons()));
            Season last = request.to() == null || request.to().isBlank() ? first : parse("/to", () -> Season.parse(request.to()));
            config = new SimulationConfig(RequestParameters.division("/division", or(request.division(), "E0")),
                    SeasonRange.of(first, last), or(request.model(), "dixon-coles"),
                    parse("/retrain", () -> SimulationConfig.Retrain.parse(or(request.retrain(), "weekly"))),
                    parse("/strategy", () -> Strategy.parse(or(request.strategy(), "value"))),
                    parse("/stake", () -> Staking.parse(or(request.stake(), "flat:1"))),
                    request.valueThreshold() == null ? SimulationConfig.DEFAULT_VALUE_THRESHOLD : request.valueThreshold(),
                    request.bankroll() == null ? SimulationConfig.DEFAULT_BANKROLL : request.bankroll(),
                    SimulationConfig.DEFAULT_MARGIN, SimulationConfig.DEFAULT_NOISE,
                    request.seed() == null ? SimulationConfig.DEFAULT_SEED : request.seed());
            parse("/model", () -> SeasonSimulation.validate(config));
        } catch (MatchdayException e) {
            throw ApiProblem.invalid("/", e.getMessage());
        }
        List<Match> history = matches.matches(config.division(), SeasonRange.ALL);
        int weeks = SeasonSimulation.weeks(history, config.seasons());
        if (weeks == 0) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "no-matches", "Nothing to replay", "no stored matches of "
                    + config.division() + " in " + config.seasons(), List.of(new FieldProblem("/seasons", "no stored matches of "
                    + config.division() + " in " + config.seasons())), Map.of());
        }
        String title = config.division() + " " + config.seasons() + ", " + config.model() + ", retrain " + config.retrain().label()
                + ", " + config.strategy().name().toLowerCase(java.util.Locale.ROOT) + " bets";
        return new Plan(title, weeks, new Job() {
            @Override
            public Object run(Progress progress) throws Exception {
                return new SeasonSimulation().run(history, config, w -> progress.step());
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

    private Plan backtest(WorkRequest.Backtest request) {
        Division division = RequestParameters.division("/division", or(request.division(), "E0"));
        String benchmark = or(request.benchmark(), ModelZoo.MARKET);
        List<Trainer> trainers = parse("/models", () -> ModelZoo.trainers(or(request.models(), "dixon-coles"), benchmark));
        if (request.seasons() == null || request.seasons().isBlank()) {
            throw ApiProblem.invalid("/seasons", "is required, e.g. 2023-24 or 2019-20..2023-24");
        }
        SeasonRange seasons = parse("/seasons", () -> SeasonRange.parse(request.seasons()));
        List<Match> history = matches.matches(division, SeasonRange.ALL);
        int total = TrackedBacktest.trainings(history, seasons, trainers.size());
        if (total == 0) {
            throw ApiProblem.invalid("/seasons", "no stored matches of " + division + " in " + seasons);
        }
        String title = division + " " + seasons + ": " + String.join(", ", trainers.stream().map(Trainer::name).toList());
        return new Plan(title, total, new Job() {
            @Override
            public Object run(Progress progress) {
                TrackedBacktest.Result result = new TrackedBacktest(runs, reports::backtest).run(
                        new TrackedBacktest.Request(division.code(), history, trainers, seasons, 0, 2),
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

    private Plan ingest(WorkRequest.Ingest request) {
        List<Division> divisions;
        String asked = or(request.divisions(), "E0");
        if (asked.equalsIgnoreCase("all")) {
            divisions = ingest.client().listDivisions();
            if (divisions.isEmpty()) {
                throw ApiProblem.invalid("/divisions", "'all' needs a file: data source that can be listed; name the divisions");
            }
        } else {
            divisions = new ArrayList<>();
            for (String code : asked.split(",")) {
                divisions.add(RequestParameters.division("/divisions", code.strip()));
            }
        }
        SeasonRange seasons = parse("/seasons", () -> SeasonRange.parse(or(request.seasons(), "all")));
        String title = divisions.stream().map(Division::code).toList() + " " + seasons;
        return new Plan(title, 0, new Job() {
            @Override
            public Object run(Progress progress) {
                List<Map<String, Object>> files = new ArrayList<>();
                for (Division division : divisions) {
                    for (FileIngest f : ingest.ingest(division, seasons, new IngestListener() {
                        @Override
                        public void planned(int count) {
                            progress.plan(count);
                        }

                        @Override
                        public void fileDone(Division d, Season season, FileIngest done) {
                            progress.step();
                        }
                    })) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("division", f.division().code());
                        row.put("season", f.season().label());
                        row.put("inserted", f.inserted());
                        row.put("updated", f.updated());
                        row.put("unchanged", f.unchanged());
                        row.put("quarantined", f.quarantined());
                        row.put("field_issues", f.fieldIssues());
                        files.add(row);
                    }
                }
                teams.reload();
                return files;
            }

            @Override
            public Map<String, Object> summary(Object result) {
                List<?> files = (List<?>) result;
                int[] sums = new int[5];
                for (Object o : files) {
                    Map<?, ?> row = (Map<?, ?>) o;
                    sums[0] += (Integer) row.get("inserted");
                    sums[1] += (Integer) row.get("updated");
                    sums[2] += (Integer) row.get("unchanged");
                    sums[3] += (Integer) row.get("quarantined");
                    sums[4] += (Integer) row.get("field_issues");
                }
                return Map.of("files", files.size(), "inserted", sums[0], "updated", sums[1], "unchanged", sums[2],
                        "quarantined", sums[3], "field_issues", sums[4]);
            }
        });
    }

    private Plan retraining(WorkRequest.Retraining request, String lock) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw ApiProblem.invalid("/reason", "is required (it is kept in the history)");
        }
        Division division = RequestParameters.division("/division", or(request.division(), "E0"));
        String model = ModelTraining.defaultModelName(division);
        String why = retraining.manualCause(division, model, request.reason(), Boolean.TRUE.equals(request.force()))
                .orElseThrow(() -> new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "no-trigger", "No trigger fired",
                        "no retraining trigger of " + model + " fires; force it to retrain anyway",
                        List.of(new FieldProblem("/force", "no trigger fires: force it to retrain anyway")), Map.of()));
        if (lock == null) {
            try {
                lock = retraining.acquire(model, why);
            } catch (RetrainingBusyException busy) {
                throw new ApiProblem(HttpStatus.CONFLICT, "retraining-running", "Retraining already running", busy.getMessage(),
                        List.of(), Map.of("running", busy.runningId()));
            }
        }
        String id = lock;
        return new Plan("retrain " + model + " (" + request.reason() + ")", 1, new Job() {
            @Override
            public Object run(Progress progress) {
                RetrainingRun run = retraining.execute(id, division, model);
                served.refresh();
                progress.step();
                if ("FAILED".equals(run.status())) {
                    throw new MatchdayException("retraining failed: " + run.message());
                }
                return run;
            }

            @Override
            public Map<String, Object> summary(Object result) {
                RetrainingRun run = (RetrainingRun) result;
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("status", run.status());
                if (run.candidate() != null) {
                    s.put("candidate", run.candidate());
                }
                return s;
            }
        }, id);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static <T> T parse(String pointer, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (MatchdayException e) {
            throw ApiProblem.invalid(pointer, e.getMessage());
        }
    }
}
