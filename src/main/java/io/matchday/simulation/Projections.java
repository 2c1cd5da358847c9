package io.matchday.simulation;

import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.data.Fixture;
import io.matchday.data.FixtureRepository;
import io.matchday.data.Match;
import io.matchday.data.MatchRepository;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.models.Model;
import io.matchday.models.ModelZoo;
import io.matchday.models.TrainingData;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.ModelVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Season projections from the stored data: which trainer (the division's champion's, unless one is named), fitted on
 * every match played by the end of the as-of day, projects the rest of the season; and how such projections scored
 * against the final tables of finished seasons.
 */
public final class Projections {

    public static final int DEFAULT_SIMULATIONS = 10_000;
    public static final long SEED = 20_240_101L;
    /** Without a champion, the projection uses the goal model the panel ranks first among single models' score grids. */
    public static final String FALLBACK_MODEL = "dixon-coles";

    private final MatchRepository matches;
    private final FixtureRepository fixtures;
    private final ModelRegistry registry;
    private final ProjectionStore store;
    private final java.time.Clock clock;

    public Projections(MatchRepository matches, FixtureRepository fixtures, ModelRegistry registry, ProjectionStore store,
                       java.time.Clock clock) {
        this.matches = matches;
        this.fixtures = fixtures;
        this.registry = registry;
        this.store = store;
        this.clock = clock;
    }

    /** Divisions with a stored projection. */
    public List<String> divisions() {
        return store.divisions();
    }

    /** The latest stored projection of a division (what the predict-upcoming job last computed). */
    public Optional<ProjectionStore.Stored> latest(Division division) {
        return store.latest(division);
    }

    /**
     * Projects the season in progress of each division with stored matches and a champion, and stores it: the
     * predict-upcoming job's last step. A division that cannot be projected (a split league) is reported, not fatal.
     */
    public String refresh(List<Division> divisions) {
        List<String> done = new java.util.ArrayList<>();
        for (Division division : divisions) {
            if (registry.champion(ModelTraining.defaultModelName(division)).isEmpty()) {
                continue;
            }
            try {
                Projection p = projectCurrent(division, Optional.empty(), DEFAULT_SIMULATIONS);
                store.save(p, clock.instant());
                done.add(division + " " + p.season() + " projected as of " + p.asOf());
            } catch (MatchdayException e) {
                done.add(division + " not projected: " + e.getMessage());
            }
        }
        return done.isEmpty() ? "no division to project" : String.join("; ", done);
    }

    /** The trainer a projection uses: {@code model} when given, else the division's champion's, else {@value #FALLBACK_MODEL}. */
    public String trainerFor(Division division, Optional<String> model) {
        if (model.isPresent()) {
            ModelZoo.trainer(model.get());   // an unknown name fails here, with the known ones
            return model.get();
        }
        return registry.champion(ModelTraining.defaultModelName(division)).map(ModelVersion::trainer).orElse(FALLBACK_MODEL);
    }

    public Projection project(Division division, Season season, LocalDate asOf, Optional<String> model, int simulations) {
        return prepare(division, season, asOf, model).simulate(simulations);
    }

    /** The season in progress at the latest stored match, as it stands after that match's day. */
    public Projection projectCurrent(Division division, Optional<String> model, int simulations) {
        LeagueFormat.of(division);
        List<Match> history = matches.matches(division, SeasonRange.ALL);
        if (history.isEmpty()) {
            throw new MatchdayException("no stored matches in " + division + ": run 'matchday ingest' first");
        }
        Match last = history.stream().max(java.util.Comparator.comparing(Match::date)).orElseThrow();
        return prepare(history, division, last.season(), last.date(), model).simulate(simulations);
    }

    static Projection project(List<Match> history, SeasonProjection.Start start, String trainer, int simulations) {
        return prepare(history, start, trainer).simulate(simulations);
    }

    /**
     * A projection's start fitted and forecast — the model trained, every remaining fixture's score grid under each
     * parameter draw — ready to simulate any number of times (the benchmark times the two apart).
     */
    public static final class Prepared {
        private final SeasonProjection.Start start;
        private final SeasonProjection.Grids grids;
        private final String trainer;

        private Prepared(SeasonProjection.Start start, SeasonProjection.Grids grids, String trainer) {
            this.start = start;
            this.grids = grids;
            this.trainer = trainer;
        }

        public int remaining() {
            return grids.fixtures().size();
        }

        /** The standing table, the remaining fixtures and their score grids. */
        SeasonProjection.Grids grids() {
            return grids;
        }

        public Projection simulate(int simulations) {
            return SeasonProjection.simulate(start, grids, trainer, simulations, SEED);
        }
    }

    public Prepared prepare(Division division, Season season, LocalDate asOf, Optional<String> model) {
        return prepare(matches.matches(division, SeasonRange.ALL), division, season, asOf, model);
    }

    /** The season's stored matches and the source's later fixtures (for their dates) as the start, and the trainer fitted. */
    private Prepared prepare(List<Match> history, Division division, Season season, LocalDate asOf, Optional<String> model) {
        List<Fixture> scheduled = fixtures.upcoming(asOf.plusDays(1)).stream().filter(f -> f.division().equals(division)).toList();
        return prepare(history, new SeasonProjection.Start(division, season, asOf,
                history.stream().filter(m -> m.season().equals(season)).toList(), scheduled), trainerFor(division, model));
    }

    static Prepared prepare(List<Match> history, SeasonProjection.Start start, String trainer) {
        return prepare(history, start, ModelZoo.trainer(trainer), trainer);
    }

    static Prepared prepare(List<Match> history, SeasonProjection.Start start, io.matchday.models.Trainer trainer, String name) {
        SeasonProjection.Remaining remaining = SeasonProjection.remaining(start);
        Model model = trainer.train(TrainingData.before(history, start.asOf().plusDays(1)));
        return new Prepared(start, SeasonProjection.grids(remaining, model, SEED), name);
    }

    /**
     * Each finished season of {@code seasons}, projected as it stood after matchday {@code matchday} (the day its
     * {@code matchday × teams / 2}-th match was played), against its final table.
     */
    public ProjectionScore evaluate(Division division, SeasonRange seasons, int matchday, Optional<String> model,
                                    int simulations, IntConsumer progress) {
        String trainer = trainerFor(division, model);
        List<Match> history = matches.matches(division, SeasonRange.ALL);
        return ProjectionScore.evaluate(division, seasons, matchday, history, trainer, simulations, progress);
    }
}
