package io.matchday.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.matchday.MatchdayException;
import io.matchday.data.Team;
import io.matchday.features.MarginRemoval;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Saves trained models as versioned JSON and reads them back exactly: doubles are written in
 * their shortest round-trip form, so a reloaded model gives bit-identical forecasts. An artifact
 * from a newer format, or of a model kind this build cannot read, fails with a message naming it.
 */
public final class ModelCodec {

    public static final String FORMAT = "matchday-model";
    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Whether {@link #encode} can save this model. */
    public static boolean canSave(Model model) {
        if (model instanceof EnsembleTrainer.Ensemble e) {
            return e.components().stream().allMatch(ModelCodec::canSave);
        }
        return model instanceof DixonColesModel || model instanceof ClimatologyTrainer.Climatology
                || model instanceof MarketTrainer.MarketModel || model instanceof FeatureModelTrainer.FeatureModel
                || model instanceof BoostedTreesTrainer.TreeModel;
    }

    public byte[] encode(Model model) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree(model));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write model JSON", e);
        }
    }

    private ObjectNode tree(Model model) {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", FORMAT_VERSION);
        root.put("name", model.name());
        root.set("provenance", json.valueToTree(model.provenance()));
        ObjectNode state = root.putObject("state");
        if (model instanceof DixonColesModel dc) {
            root.put("kind", "dixon-coles");
            state.put("intercept", dc.intercept());
            state.put("home_advantage", dc.homeAdvantage());
            state.put("rho", dc.rho());
            state.set("config", json.valueToTree(dc.config()));
            ObjectNode teams = state.putObject("teams");
            dc.ratings().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                    teams.putArray(e.getKey().name()).add(e.getValue()[0]).add(e.getValue()[1]));
            putUncertainty(state, dc.uncertainty());
        } else if (model instanceof ClimatologyTrainer.Climatology c) {
            root.put("kind", "climatology");
            state.putArray("rates").add(c.rates()[0]).add(c.rates()[1]).add(c.rates()[2]);
        } else if (model instanceof MarketTrainer.MarketModel m) {
            root.put("kind", "market");
            state.put("bookmaker", m.config().bookmaker());
            state.put("closing", m.config().closing());
            state.put("method", m.config().method().name());
        } else if (model instanceof FeatureModelTrainer.FeatureModel f) {
            root.put("kind", "feature-logistic");
            state.put("uses_prices", f.usesPrices());
            putFeatures(state, f.features());
            state.set("regression", json.valueToTree(f.regression().toMap()));
            putUncertainty(state, f.regression().uncertainty());
        } else if (model instanceof BoostedTreesTrainer.TreeModel t) {
            root.put("kind", "xgboost");
            state.put("uses_prices", t.usesPrices());
            state.put("width", t.width());
            putFeatures(state, t.features());
            if (t.market() != null) {
                state.set("market_margin", json.valueToTree(t.market()));
            }
            state.put("booster", java.util.Base64.getEncoder().encodeToString(t.boosterBytes()));
        } else if (model instanceof EnsembleTrainer.Ensemble e) {
            root.put("kind", "linear-pool");
            state.put("uses_prices", e.usesPrices());
            state.set("weights", json.valueToTree(e.weights()));
            var components = state.putArray("components");
            e.components().forEach(c -> components.add(tree(c)));
        } else {
            throw new MatchdayException("model " + model.name() + " cannot be saved (unknown model type "
                    + model.getClass().getSimpleName() + ")");
        }
        return root;
    }

    public Model decode(byte[] bytes) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (IOException e) {
            throw new MatchdayException("not a saved Matchday model: " + e.getMessage(), e);
        }
        return decode(root);
    }

    private Model decode(JsonNode root) {
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new MatchdayException("not a saved Matchday model (no \"format\": \"" + FORMAT + "\")");
        }
        int version = root.path("format_version").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw new MatchdayException("saved model has format version " + version + "; this build reads version "
                    + FORMAT_VERSION);
        }
        ModelProvenance provenance;
        try {
            provenance = json.treeToValue(root.get("provenance"), ModelProvenance.class);
        } catch (IOException e) {
            throw new MatchdayException("saved model has unreadable provenance: " + e.getMessage(), e);
        }
        String name = root.path("name").asText();
        JsonNode state = root.path("state");
        return switch (root.path("kind").asText()) {
            case "dixon-coles" -> dixonColes(state, provenance);
            case "climatology" -> new ClimatologyTrainer.Climatology(new double[]{state.get("rates").get(0).doubleValue(),
                state.get("rates").get(1).doubleValue(), state.get("rates").get(2).doubleValue()}, provenance);
            case "feature-logistic" -> featureModel(name, state, provenance);
            case "xgboost" -> treeModel(name, state, provenance);
            case "linear-pool" -> ensemble(name, state, provenance);
            case "market" -> new MarketTrainer.MarketModel(name, new MarketTrainer.Config(state.get("bookmaker").asText(),
                    state.get("closing").asBoolean(), MarginRemoval.valueOf(state.get("method").asText())), provenance);
            default -> throw new MatchdayException("saved model kind '" + root.path("kind").asText()
                    + "' is unknown to this build");
        };
    }

    /** The parameters' error distribution, when the model has one (absent from models saved before it existed). */
    private void putUncertainty(ObjectNode state, Laplace uncertainty) {
        if (uncertainty != null) {
            ObjectNode u = state.putObject("uncertainty");
            u.put("size", uncertainty.size());
            u.set("cholesky_lower", json.valueToTree(uncertainty.lower()));
        }
    }

    private Laplace readUncertainty(JsonNode state) {
        JsonNode u = state.get("uncertainty");
        if (u == null) {
            return null;
        }
        try {
            return new Laplace(u.get("size").asInt(), json.treeToValue(u.get("cholesky_lower"), double[].class));
        } catch (IOException e) {
            throw new MatchdayException("saved model has an unreadable parameter uncertainty: " + e.getMessage(), e);
        }
    }

    /** The chosen features, their configuration and the exact feature state after the training window. */
    private void putFeatures(ObjectNode state, FeatureSelection.Snapshot features) {
        state.set("features", json.valueToTree(features.names()));
        state.set("feature_config", json.valueToTree(features.state().config()));
        state.set("feature_state", json.valueToTree(features.state().toMap()));
    }

    @SuppressWarnings("unchecked")
    private FeatureSelection.Snapshot readFeatures(JsonNode state) throws IOException {
        io.matchday.features.FeatureConfig config = json.treeToValue(state.get("feature_config"), io.matchday.features.FeatureConfig.class);
        Map<String, Object> featureState = json.treeToValue(state.get("feature_state"), Map.class);
        java.util.List<String> names = json.treeToValue(state.get("features"), java.util.List.class);
        return FeatureSelection.Snapshot.of(io.matchday.features.FeatureState.fromMap(config, featureState), names);
    }

    private EnsembleTrainer.Ensemble ensemble(String name, JsonNode state, ModelProvenance provenance) {
        java.util.List<Model> components = new java.util.ArrayList<>();
        state.get("components").forEach(c -> components.add(decode(c)));
        double[] weights = new double[components.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = state.get("weights").get(i).doubleValue();
        }
        return new EnsembleTrainer.Ensemble(name, state.get("uses_prices").asBoolean(), components, weights, provenance);
    }

    private BoostedTreesTrainer.TreeModel treeModel(String name, JsonNode state, ModelProvenance provenance) {
        try {
            byte[] booster = java.util.Base64.getDecoder().decode(state.get("booster").asText());
            int[] market = state.has("market_margin") ? json.treeToValue(state.get("market_margin"), int[].class) : null;
            return new BoostedTreesTrainer.TreeModel(name, state.get("uses_prices").asBoolean(), readFeatures(state),
                    state.get("width").asInt(), BoostedTreesTrainer.TreeModel.loadBooster(booster), market, provenance);
        } catch (IOException e) {
            throw new MatchdayException("saved model " + name + " has an unreadable state: " + e.getMessage(), e);
        }
    }

    private FeatureModelTrainer.FeatureModel featureModel(String name, JsonNode state, ModelProvenance provenance) {
        try {
            JsonNode r = state.get("regression");
            SoftmaxRegression regression = SoftmaxRegression.fromMap(json.treeToValue(r.get("means"), double[].class),
                    json.treeToValue(r.get("scales"), double[].class), json.treeToValue(r.get("weights"), double[].class),
                    readUncertainty(state));
            return new FeatureModelTrainer.FeatureModel(name, state.get("uses_prices").asBoolean(), readFeatures(state),
                    regression, provenance);
        } catch (IOException e) {
            throw new MatchdayException("saved model " + name + " has an unreadable state: " + e.getMessage(), e);
        }
    }

    private DixonColesModel dixonColes(JsonNode state, ModelProvenance provenance) {
        Map<Team, double[]> ratings = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> teams = state.get("teams").fields();
        while (teams.hasNext()) {
            Map.Entry<String, JsonNode> e = teams.next();
            ratings.put(new Team(e.getKey()), new double[]{e.getValue().get(0).doubleValue(), e.getValue().get(1).doubleValue()});
        }
        DixonColesConfig config;
        try {
            config = json.treeToValue(state.get("config"), DixonColesConfig.class);
        } catch (IOException e) {
            throw new MatchdayException("saved Dixon–Coles model has an unreadable configuration", e);
        }
        return new DixonColesModel(ratings, state.get("intercept").doubleValue(), state.get("home_advantage").doubleValue(),
                state.get("rho").doubleValue(), config, provenance, readUncertainty(state));
    }
}
