package io.matchday.serving;

import io.matchday.NotFoundException;
import io.matchday.data.Division;
import io.matchday.data.MatchRepository;
import io.matchday.data.SeasonSummary;
import io.matchday.data.TeamNames;
import io.matchday.ledger.LedgerWriter;
import io.matchday.models.Model;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.ModelVersion;
import io.matchday.registry.RunMetric;
import io.matchday.registry.RunTracker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What a node serves and knows, for the API's catalogue and the console's overview: its health, the champion of each
 * division with its validation against the market, the registered models, the divisions and their teams.
 */
public final class Catalog {

    private final ServedModels served;
    private final TeamDirectory teams;
    private final TeamNames names;
    private final MatchRepository matches;
    private final ModelRegistry registry;
    private final RunTracker runs;
    private final LedgerWriter ledger;
    /** A run's metrics never change: each validation is read once. */
    private final Map<String, CatalogViews.Validation> validations = new ConcurrentHashMap<>();

    Catalog(ServedModels served, TeamDirectory teams, TeamNames names, MatchRepository matches, ModelRegistry registry,
            RunTracker runs, LedgerWriter ledger) {
        this.served = served;
        this.teams = teams;
        this.names = names;
        this.matches = matches;
        this.registry = registry;
        this.runs = runs;
        this.ledger = ledger;
    }

    /** The service's health: UP, DEGRADED (database unreachable, ledger spooling) or DOWN (nothing to serve). */
    public CatalogViews.Health health() {
        List<CatalogViews.ServedModel> models = served.champions().stream()
                .map(s -> new CatalogViews.ServedModel(s.name(), s.version().version(), s.version().trainer())).toList();
        boolean database = served.databaseReachable() && !ledger.databaseFailing();
        String status = models.isEmpty() ? "DOWN" : database ? "UP" : "DEGRADED";
        return new CatalogViews.Health(status, models,
                new CatalogViews.Component(database ? "UP" : "DOWN", served.lastContact().orElse(null), served.lastError().orElse(null)),
                new CatalogViews.LedgerState(ledger.queued(), ledger.spooled()));
    }

    /** Divisions with stored matches. */
    public List<String> divisions() {
        return teams.divisions().stream().map(Division::code).toList();
    }

    /** The division pages open on: the default one when it is stored (or nothing is), else the first stored. */
    public String preferredDivision() {
        List<String> divisions = divisions();
        return divisions.isEmpty() || divisions.contains(Division.DEFAULT_CODE) ? Division.DEFAULT_CODE : divisions.get(0);
    }

    /** The registered model a division's forecasts come from, e.g. {@code e0-outcome}. */
    public String modelName(String division) {
        return ModelTraining.defaultModelName(Views.division(division));
    }

    /** The registered model a division's forecasts with prices come from, e.g. {@code e0-outcome-priced}. */
    public String pricedModelName(String division) {
        return ModelTraining.pricedModelName(Views.division(division));
    }

    /** Every division with its champion, data and freshness. */
    public List<CatalogViews.DivisionState> divisionStates() {
        List<SeasonSummary> seasons = matches.seasons();
        Map<Division, Instant> ingested = matches.lastIngested();
        List<CatalogViews.DivisionState> states = new ArrayList<>();
        for (Division d : teams.divisions()) {
            List<SeasonSummary> of = seasons.stream().filter(s -> s.division().equals(d) && s.matches() > 0).toList();
            LocalDate last = of.stream().map(SeasonSummary::lastMatch).max(LocalDate::compareTo).orElse(null);
            String model = ModelTraining.defaultModelName(d);
            String priced = ModelTraining.pricedModelName(d);
            states.add(new CatalogViews.DivisionState(d.code(), model, champion(model).orElse(null), of.size(),
                    of.stream().mapToInt(SeasonSummary::matches).sum(), last, ingested.get(d), priced,
                    champion(priced).orElse(null)));
        }
        return states;
    }

    /** The champion this node serves for {@code model}, with its validation numbers. */
    public Optional<CatalogViews.Champion> champion(String model) {
        return served.champion(model).map(s -> {
            ModelVersion v = s.version();
            var p = s.model().provenance();
            return new CatalogViews.Champion(v.model(), v.version(), v.trainer(), p.firstMatch(), p.lastMatch(), p.matches(),
                    v.createdAt(), validation(v.runId()), v.decision());
        });
    }

    /** The champion being served for {@code name}: its lineage and validation; unknown when there is none. */
    public CatalogViews.ModelInfo servedModel(String name) {
        ServedModels.Served champion = served.champion(name).orElseThrow(() -> new NotFoundException("unknown-model",
                "No champion", "model " + name + " has no champion on this node"));
        ModelVersion version = champion.version();
        Model model = champion.model();
        var p = model.provenance();
        return new CatalogViews.ModelInfo(version.model(), version.version(), version.trainer(), version.aliases(),
                version.createdAt(), version.runId(), model.usesPrices(),
                new CatalogViews.TrainingWindow(p.firstMatch(), p.lastMatch(), p.matches(), p.dataFingerprint(), p.codeVersion()),
                validation(version.runId()), version.decision());
    }

    /** Every registered model with its versions and where its aliases point. */
    public List<CatalogViews.RegisteredModel> registeredModels() {
        return registry.names().stream().map(name -> {
            List<ModelVersion> versions = registry.versions(name);
            Map<String, Integer> aliases = new LinkedHashMap<>();
            versions.forEach(v -> v.aliases().forEach(a -> aliases.put(a, v.version())));
            return new CatalogViews.RegisteredModel(name, aliases, versions.stream().map(v -> new CatalogViews.VersionView(
                    v.version(), v.trainer(), v.aliases(), v.createdAt(), v.decision())).toList());
        }).toList();
    }

    /** A division's teams: canonical names and the spellings accepted for them. */
    public CatalogViews.Teams teams(String division) {
        Division d = Views.division(division);
        List<CatalogViews.TeamView> list = teams.teams(d).stream().map(t -> new CatalogViews.TeamView(t.team().name(),
                names.aliases(t.team()), t.matches(), t.firstSeason().label(), t.lastSeason().label())).toList();
        return new CatalogViews.Teams(d.code(), list.size(), list);
    }

    /** The canonical names of a division's teams (any of their spellings is accepted where a name is asked for). */
    public List<String> teamNames(String division) {
        return teams(division).teams().stream().map(CatalogViews.TeamView::name).toList();
    }

    /** The validation numbers a gated training left on its run. */
    public CatalogViews.Validation validation(String runId) {
        return validations.computeIfAbsent(runId, id -> {
            Map<String, Double> m = runs.metrics(id).stream().filter(x -> x.step() == RunMetric.FINAL)
                    .collect(Collectors.toMap(RunMetric::name, RunMetric::value, (a, b) -> b));
            Double n = m.get("validation.matches");
            return new CatalogViews.Validation(m.get("validation.rps"), m.get("validation.market_rps"),
                    m.get("validation.delta_rps_vs_market"), m.get("validation.delta_rps_vs_market.low"),
                    m.get("validation.delta_rps_vs_market.high"), n == null ? null : n.intValue());
        });
    }
}
