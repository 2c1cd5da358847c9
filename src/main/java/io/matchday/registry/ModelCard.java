package io.matchday.registry;

import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.Evaluation;
import io.matchday.evaluation.ModelResult;
import io.matchday.models.Model;
import io.matchday.models.ModelProvenance;
import java.util.Locale;
import java.util.Map;

/**
 * A model card for one registered version: what it was trained on (window, data fingerprint,
 * commit), its parameters, how it scored walk-forward against the closing market on the
 * validation season (with the paired bootstrap interval), its calibration, and what it is and is
 * not for. Markdown here; the console renders the same card as a page and a self-contained HTML file.
 */
public final class ModelCard {

    private static final Map<String, String> USE = Map.ofEntries(
            Map.entry("dixon-coles", "Pre-match 1X2, scoreline, over/under and both-teams-to-score probabilities from results and shots on target."),
            Map.entry("climatology", "A baseline: league base rates. Any model worth using beats it."),
            Map.entry("market", "The betting market's view, de-vigged; a benchmark, not a forecaster of its own."),
            Map.entry("market-open", "The pre-closing market's view, de-vigged."),
            Map.entry("elo", "Outcome probabilities from the Elo rating gap, through a fitted multinomial link."),
            Map.entry("pi-ratings", "Outcome probabilities from the pi-ratings' expected goal difference."),
            Map.entry("logistic", "Outcome probabilities from the full point-in-time feature vector (ratings, form, rest, promotion)."),
            Map.entry("gap", "Outcome probabilities from GAP ratings: each side's expected goals, shots, shots on target and corners."),
            Map.entry("state-space", "Outcome probabilities from attack and defence strengths that drift from week to week, "
                    + "filtered from goals and shots on target."),
            Map.entry("gbm", "The pre-closing market with corrections learned by gradient-boosted trees from every feature."),
            Map.entry("seed-rf", "The reference system's random forest on pre-match data: a comparison point, not a recommendation."),
            Map.entry("ensemble", "A weighted pool of gbm (the pre-closing market, corrected) and the football models."),
            Map.entry("ensemble-no-prices", "A weighted pool of the football models alone: no bookmaker input."));

    /** The limits every model of the zoo shares. */
    public static final String LIMITS = "Forecasts assume the league behaves as in the training window: a new season's promoted "
            + "teams start from the average of the weakest teams of the season before, and transfers, injuries and managers are "
            + "unknown to the model. Not validated outside the division it was trained on.";

    private final ModelVersion version;
    private final Model model;
    private final BacktestReport validation;

    public ModelCard(ModelVersion version, Model model, BacktestReport validation) {
        this.version = version;
        this.model = model;
        this.validation = validation;
    }

    /** What a model of this trainer is for, in a sentence. */
    public static String intendedUse(String trainer) {
        return USE.getOrDefault(trainer, "See the README's model table.");
    }

    public String markdown() {
        ModelProvenance p = model.provenance();
        StringBuilder md = new StringBuilder();
        md.append("# Model card: ").append(version.model()).append(" version ").append(version.version()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "model", version.trainer());
        row(md, "aliases", version.aliases().isEmpty() ? "none" : String.join(", ", version.aliases()));
        row(md, "training window", p.firstMatch() + " to " + p.lastMatch() + " (" + p.matches() + " matches, cutoff " + p.cutoff() + ")");
        row(md, "data fingerprint", "`" + p.dataFingerprint() + "`");
        row(md, "code version", "`" + p.codeVersion() + "`");
        row(md, "run", "`" + version.runId() + "`");
        row(md, "artifact", "`" + version.artifactSha256() + "`");
        row(md, "uses prices", model.usesPrices() ? "yes" : "no");
        row(md, "promotion decision", version.decision() == null ? "none" : version.decision());
        md.append("\n## Validation against the market\n\nWalk-forward, week by week, on ").append(validation.division())
                .append(" ").append(validation.testSeasons()).append(" (").append(validation.matches().size())
                .append(" matches). ΔRPS is the model's RPS minus the de-vigged closing market's, with a paired bootstrap 95 % interval.\n\n");
        md.append("| | RPS | Brier | log loss | accuracy | ECE | ΔRPS | 95 % CI |\n|---|---|---|---|---|---|---|---|\n");
        for (ModelResult r : validation.models()) {
            Evaluation e = r.evaluation();
            var d = r.deltaRpsVsMarket();
            md.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.3f | %.4f | %+.4f | [%+.4f, %+.4f] |%n",
                    r.name(), e.rps(), e.brier(), e.logLoss(), e.accuracy(), e.ece(), d.mean(), d.low(), d.high()));
        }
        md.append("\n## Parameters\n\n| parameter | value |\n|---|---|\n");
        p.parameters().forEach((k, v) -> md.append("| ").append(k).append(" | ").append(format(v)).append(" |\n"));
        md.append("\n## Intended use and limits\n\n").append(intendedUse(version.trainer()))
                .append("\n\n").append(LIMITS).append("\n");
        return md.toString();
    }

    public ModelVersion version() {
        return version;
    }

    public Model model() {
        return model;
    }

    /** The walk-forward validation against the market the card reports. */
    public BacktestReport validation() {
        return validation;
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(value).append(" |\n");
    }

    private static String format(Object v) {
        return v instanceof Double d ? String.format(Locale.ROOT, "%.6g", d) : String.valueOf(v);
    }
}
