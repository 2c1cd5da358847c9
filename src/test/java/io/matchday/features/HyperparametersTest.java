package io.matchday.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class HyperparametersTest {

    @Test
    void theShippedFileHoldsEveryDefaultTheModelsRead() {
        Hyperparameters defaults = Hyperparameters.defaults();
        assertThat(defaults.number("dixon_coles.xi")).isEqualTo(0.0019);
        assertThat(defaults.number("elo.k")).isEqualTo(15);
        assertThat(defaults.group("seed_rf.xgb")).containsEntry("max_depth", 10L).containsEntry("num_parallel_tree", 100L)
                .containsEntry("subsample", 0.632);
    }

    @Test
    void aMissingOrMalformedValueIsNamedWithItsFile() {
        Properties values = new Properties();
        values.setProperty("elo.k", "fifteen");
        values.setProperty("flag", "yes");
        Hyperparameters file = new Hyperparameters("test.properties", values);
        assertThatThrownBy(() -> file.number("elo.k")).hasMessage("elo.k = 'fifteen' in test.properties is not a number");
        assertThatThrownBy(() -> file.integer("nothing")).hasMessage("no nothing in test.properties");
        assertThatThrownBy(() -> file.flag("flag")).hasMessageContaining("neither true nor false");
        assertThatThrownBy(() -> file.group("gbm.xgb")).hasMessage("no gbm.xgb.* in test.properties");
    }

    @Test
    void groupsTypeWholeNumbersSoALibraryReadsADepthAsADepth() {
        Properties values = new Properties();
        values.setProperty("t.max_depth", "10");
        values.setProperty("t.eta", "0.05");
        values.setProperty("t.lambda", "1e-5");
        values.setProperty("t.tree_method", "hist");
        values.setProperty("other.x", "1");
        assertThat(new Hyperparameters("f", values).group("t")).containsExactly(
                java.util.Map.entry("eta", 0.05), java.util.Map.entry("lambda", 1e-5),
                java.util.Map.entry("max_depth", 10L), java.util.Map.entry("tree_method", "hist"));
    }
}
