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
import io.matchday.monitoring.LedgerIds;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.RunTracker;
import io.matchday.registry.TrackedBacktest;
import io.matchday.simulation.SeasonSimulation;
import io.matchday.simulation.SimulationConfig;
import io.matchday.simulation.SimulationReport;
import io.matchday.simulation.Staking;
import io.matchday.simulation.Strategy;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Background work on this node's own executors, one per kind with its concurrency limit. The
 * statuses live in this JVM: a node sees only the work it runs itself (the cluster issue moves
 * this onto the shared scheduler behind the same interface).
 */
@Service
class LocalBackgroundWork implements BackgroundWork, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LocalBackgroundWork.class);

    /** One piece of work as it goes. */
    private static final class Entry {
        final String id;
        final WorkRequest request;
        final String title;
        final Instant submittedAt;
        final AtomicInteger done = new AtomicInteger();
        volatile int total;
        volatile State state = State.QUEUED;
        volatile Instant startedAt;
        volatile Instant endedAt;
        volatile String error;
        volatile String runId;
        volatile Object result;
        volatile Map<String, Object> summary;

        Entry(String id, WorkRequest request, String title, int total, Instant submittedAt) {
            this.id = id;
            this.request = request;
            this.title = title;
            this.total = total;
            this.submittedAt = submittedAt;
        }

        /** Counts a step; stops the work when it was cancelled. */
        void step() {
            if (state == State.CANCELLED) {
                throw new CancellationException("cancelled");
            }
            done.incrementAndGet();
        }
    }

    /** A checked request, ready to run. */
    private interface Job {
        Object run(Entry entry) throws Exception;

        default Map<String, Object> summary(Object result) {
            return Map.of();
        }
    }

    private final MatchRepository matches;
    private final MatchdaySettings settings;
    private final RunTracker runs;
    private final IngestService ingest;
    private final RetrainingPipeline retraining;
    private final ServedModels served;
    private final TeamDirectory teams;
    private final Clock clock;
    private final WorkProperties properties;
    private final HtmlReports reports;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Kind, ExecutorService> executors = new EnumMap<>(Kind.class);

    LocalBackgroundWork(MatchRepository matches, MatchdaySettings settings, RunTracker runs, IngestService ingest,
                        io.matchday.jobs.Operations operations, ServedModels served, TeamDirectory teams, Clock clock,
                        WorkProperties properties, HtmlReports reports) {
        this.matches = matches;
        this.settings = settings;
        this.runs = runs;
        this.ingest = ingest;
        this.retraining = operations.retraining();
        this.served = served;
        this.teams = teams;
        this.clock = clock;
        this.properties = properties;
        this.reports = reports;
        for (Kind kind : Kind.values()) {
            AtomicInteger n = new AtomicInteger();
            executors.put(kind, Executors.newFixedThreadPool(properties.concurrency(kind), r -> {
                Thread t = new Thread(r, "work-" + kind.label() + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            }));
        }
    }

    @Override
    public Status submit(WorkRequest request) {
        Instant now = clock.instant();
        String id = LedgerIds.next(now);
        Prepared prepared;
        if (request instanceof WorkRequest.Replay r) {
            prepared = replay(r);
        } else if (request instanceof WorkRequest.Backtest b) {
            prepared = backtest(b);
        } else if (request instanceof WorkRequest.Ingest i) {
            prepared = ingest(i);
        } else {
            prepared = retraining((WorkRequest.Retraining) request);
        }
        Entry entry = new Entry(id, request, prepared.title(), prepared.total(), now);
        entry.runId = prepared.runId();
        entries.put(id, entry);
        forgetOld();
        executors.get(request.kind()).submit(() -> execute(entry, prepared.job()));
        return status(entry);
    }

    /** {@code runId}: the tracked run the work is known by from the start, if any (a retraining's). */
    private record Prepared(String title, int total, Job job, String runId) {
        Prepared(String title, int total, Job job) {
            this(title, total, job, null);
        }
    }

    private void execute(Entry entry, Job job) {
        if (entry.state == State.CANCELLED) {
            return;
        }
        entry.state = State.RUNNING;
        entry.startedAt = clock.instant();
        try {
            Object result = job.run(entry);
            entry.result = result;
            entry.summary = job.summary(result);
            entry.state = State.SUCCEEDED;
        } catch (CancellationException | InterruptedException e) {
            entry.state = State.CANCELLED;
        } catch (Exception e) {
            if (entry.state != State.CANCELLED) {
                entry.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                entry.state = State.FAILED;
                LOG.warn("{} {} failed: {}", entry.request.kind().label(), entry.id, entry.error);
            }
        } finally {
            entry.endedAt = clock.instant();
        }
    }

    private Prepared replay(WorkRequest.Replay request) {
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
            parse("/model", () -> ModelZoo.trainer(config.model()));
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
        return new Prepared(title, weeks, new Job() {
            @Override
            public Object run(Entry entry) throws Exception {
                var scratch = Files.createTempDirectory("matchday-replay");
                return new SeasonSimulation(settings.dataUrl(), scratch).run(history, config, w -> entry.step());
            }

            @Override
            public Map<String, Object> summary(Object result) {
                SimulationReport r = (SimulationReport) result;
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("matches", r.matches());
                s.put("rps", r.rps());
                s.put("market_rps", r.marketRps() == null ? Double.NaN : r.marketRps());
                s.put("roi", r.roi());
                s.put("max_drawdown", r.maxDrawdown());
                s.put("retrains", r.retrains());
                return s;
            }
        });
    }

    private Prepared backtest(WorkRequest.Backtest request) {
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
        return new Prepared(title, total, new Job() {
            @Override
            public Object run(Entry entry) {
                TrackedBacktest.Result result = new TrackedBacktest(runs, reports::backtest).run(
                        new TrackedBacktest.Request(division.code(), history, trainers, seasons, 0, 2),
                        new TrackedBacktest.Listener() {
                            @Override
                            public void started(String runId) {
                                entry.runId = runId;
                            }

                            @Override
                            public void trained(int done) {
                                entry.step();
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

    private Prepared ingest(WorkRequest.Ingest request) {
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
        return new Prepared(title, 0, new Job() {
            @Override
            public Object run(Entry entry) {
                List<Map<String, Object>> files = new ArrayList<>();
                for (Division division : divisions) {
                    for (FileIngest f : ingest.ingest(division, seasons, new IngestListener() {
                        @Override
                        public void planned(int count) {
                            entry.total += count;
                        }

                        @Override
                        public void fileDone(Division d, Season season, FileIngest done) {
                            entry.step();
                        }
                    })) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("division", f.division().code());
                        row.put("season", f.season().label());
                        row.put("inserted", f.inserted());
                        row.put("updated", f.updated());
                        row.put("unchanged", f.unchanged());
                        row.put("quarantined", f.quarantined());
                        files.add(row);
                    }
                }
                teams.reload();
                return files;
            }

            @Override
            public Map<String, Object> summary(Object result) {
                List<?> files = (List<?>) result;
                int[] sums = new int[4];
                for (Object o : files) {
                    Map<?, ?> row = (Map<?, ?>) o;
                    sums[0] += (Integer) row.get("inserted");
                    sums[1] += (Integer) row.get("updated");
                    sums[2] += (Integer) row.get("unchanged");
                    sums[3] += (Integer) row.get("quarantined");
                }
                return Map.of("files", files.size(), "inserted", sums[0], "updated", sums[1], "unchanged", sums[2],
                        "quarantined", sums[3]);
            }
        });
    }

    private Prepared retraining(WorkRequest.Retraining request) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw ApiProblem.invalid("/reason", "is required (it is kept in the history)");
        }
        Division division = RequestParameters.division("/division", or(request.division(), "E0"));
        String model = ModelTraining.defaultModelName(division);
        String why = retraining.manualCause(division, model, request.reason(), Boolean.TRUE.equals(request.force()))
                .orElseThrow(() -> new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "no-trigger", "No trigger fired",
                        "no retraining trigger of " + model + " fires; force it to retrain anyway",
                        List.of(new FieldProblem("/force", "no trigger fires: force it to retrain anyway")), Map.of()));
        String lock;
        try {
            lock = retraining.acquire(model, why);
        } catch (RetrainingBusyException busy) {
            throw new ApiProblem(HttpStatus.CONFLICT, "retraining-running", "Retraining already running", busy.getMessage(),
                    List.of(), Map.of("running", busy.runningId()));
        }
        return new Prepared("retrain " + model + " (" + request.reason() + ")", 1, new Job() {
            @Override
            public Object run(Entry entry) {
                RetrainingRun run = retraining.execute(lock, division, model);
                served.refresh();
                entry.step();
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
        }, lock);
    }

    @Override
    public Optional<Status> status(String id) {
        return Optional.ofNullable(entries.get(id)).map(this::status);
    }

    @Override
    public List<Status> recent(Optional<Kind> kind, int limit) {
        return entries.values().stream().filter(e -> kind.isEmpty() || e.request.kind() == kind.get())
                .sorted(Comparator.comparing((Entry e) -> e.id).reversed()).limit(limit).map(this::status).toList();
    }

    @Override
    public Optional<Object> result(String id) {
        return Optional.ofNullable(entries.get(id)).map(e -> e.result);
    }

    @Override
    public boolean cancel(String id) {
        Entry entry = entries.get(id);
        if (entry == null) {
            throw ApiProblem.notFound("unknown-work", "Unknown work", "no background work " + id + " on this node");
        }
        if (entry.state.ended()) {
            return false;
        }
        if (entry.request.kind() == Kind.RETRAINING) {
            // It holds the model's retraining lock from submission and ends with the gate's decision, never halfway.
            throw new ApiProblem(HttpStatus.CONFLICT, "not-cancellable", "Cannot be cancelled",
                    "a retraining is not cancelled: it ends with the gate's decision or its failure", List.of(), Map.of());
        }
        boolean queued = entry.state == State.QUEUED;
        entry.state = State.CANCELLED;
        if (queued) {
            entry.endedAt = clock.instant();
        }
        return true;
    }

    private Status status(Entry e) {
        return new Status(e.id, e.request.kind(), e.title, e.state, e.done.get(), e.total, e.submittedAt, e.startedAt,
                e.endedAt, e.error, e.summary, e.runId);
    }

    /** Keeps the newest finished entries; running and queued ones are never forgotten. */
    private void forgetOld() {
        List<Entry> ended = entries.values().stream().filter(e -> e.state.ended())
                .sorted(Comparator.comparing((Entry e) -> e.id).reversed()).toList();
        ended.stream().skip(properties.kept()).forEach(e -> entries.remove(e.id));
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

    @Override
    public void destroy() {
        executors.values().forEach(ExecutorService::shutdownNow);
    }
}
