package io.matchday.web.replays;

import io.matchday.simulation.SimulationConfig;
import io.matchday.web.FormErrors;
import java.util.List;

/** The start-a-replay form as typed, what is wrong with its fields, and the divisions it offers. */
public record ReplayForm(String division, String seasons, String to, String model, String retrain, String strategy,
                         String stake, FormErrors errors, List<String> divisions) {

    /** Every replay's defaults (the CLI's and the API's too); the seasons are the person's to name. */
    static ReplayForm defaults(String division, List<String> divisions) {
        return new ReplayForm(division, "", "", SimulationConfig.DEFAULT_MODEL, SimulationConfig.DEFAULT_RETRAIN,
                SimulationConfig.DEFAULT_STRATEGY, SimulationConfig.DEFAULT_STAKE, FormErrors.NONE, divisions);
    }

    ReplayForm withErrors(FormErrors errors) {
        return new ReplayForm(division, seasons, to, model, retrain, strategy, stake, errors, divisions);
    }

    /** The field's messages in one line, or null. */
    public String error(String field) {
        return errors.text(field);
    }
}
