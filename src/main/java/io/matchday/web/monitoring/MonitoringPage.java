package io.matchday.web.monitoring;

import io.matchday.monitoring.ActiveAlert;
import io.matchday.monitoring.Alert;
import io.matchday.monitoring.FeatureDrift;
import io.matchday.monitoring.MonitoringResult;
import io.matchday.web.Page;
import io.matchday.web.PageView;
import java.util.List;

/**
 * The latest monitoring run of {@code model} (null before its first): the features, most drifted first, the chosen
 * {@code feature}'s and the prediction's histograms against the reference, the rolling RPS at each run (charts), and
 * the alerts.
 */
public record MonitoringPage(Page page, List<String> models, String model, MonitoringResult latest, List<ActiveAlert> active, List<Alert> alerts,
                             FeatureDrift feature, String histogram, String prediction, String rolling,
                             List<FeatureDrift> features) implements PageView {

    @Override
    public String template() {
        return "pages/monitoring.jte";
    }
}
