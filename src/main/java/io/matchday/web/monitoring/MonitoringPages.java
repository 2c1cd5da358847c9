package io.matchday.web.monitoring;

import io.matchday.monitoring.FeatureDrift;
import io.matchday.monitoring.MonitoringResult;
import io.matchday.reports.Charts;
import io.matchday.serving.MonitoringViews;
import io.matchday.web.Console;
import io.matchday.web.Section;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The latest monitoring run of a champion: drift with histograms, performance against the market over time, data quality, alerts. */
@Controller
record MonitoringPages(Console console, MonitoringViews monitoring) {

    private static final String PREFERRED = "e0-outcome";
    /** Monitoring runs in the rolling chart: a year of weekly runs. */
    private static final int RUNS = 52;


    @GetMapping("/monitoring")
    ResponseEntity<String> monitoring(HttpServletRequest request, @RequestParam(required = false) String model,
                                      @RequestParam(required = false) String feature) {
        List<String> models = monitoring.models();
        String shown = model != null && models.contains(model) ? model : models.contains(PREFERRED) ? PREFERRED
                : models.isEmpty() ? null : models.get(0);
        List<MonitoringResult> history = shown == null ? List.of() : monitoring.history(shown, RUNS);
        Optional<MonitoringResult> latest = history.stream().findFirst();
        FeatureDrift chosen = latest.map(r -> choose(r, feature)).orElse(null);
        return console.render(new MonitoringPage(console.page(request, "Monitoring", Section.MONITORING).withCharts(), models,
                shown, latest.orElse(null), monitoring.activeAlerts(), monitoring.alerts(100), chosen,
                chosen == null || chosen.histogram() == null ? null : histogram(chosen),
                latest.map(r -> r.drift().predictionDrift()).filter(f -> f != null && f.histogram() != null)
                        .map(MonitoringPages::histogram).orElse(null),
                history.isEmpty() ? null : rolling(history),
                latest.map(r -> r.drift().features().stream().sorted(Comparator.comparing(FeatureDrift::drifted).reversed()
                        .thenComparingDouble(FeatureDrift::pValue)).toList()).orElse(List.of())));
    }

    /** The feature asked for, else the most drifted one. */
    private static FeatureDrift choose(MonitoringResult result, String feature) {
        return result.drift().features().stream().filter(f -> f.feature().equals(feature)).findFirst()
                .orElse(result.drift().features().stream().min(Comparator.comparingDouble(FeatureDrift::pValue)).orElse(null));
    }

    private static String histogram(FeatureDrift f) {
        return Charts.bar(f.feature(), "share of matches", f.histogram().bins(), List.of(
                Charts.Series.of("reference", Arrays.stream(f.histogram().reference()).boxed().toList()),
                Charts.Series.of("current", Arrays.stream(f.histogram().current()).boxed().toList())));
    }

    /** The champion's and the market's rolling RPS at each monitoring run, oldest first. */
    private static String rolling(List<MonitoringResult> history) {
        List<String> labels = new ArrayList<>();
        List<Double> champion = new ArrayList<>();
        List<Double> market = new ArrayList<>();
        List<Double> validation = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            MonitoringResult r = history.get(i);
            labels.add(r.at().toString().substring(0, 10) + " v" + r.version());
            boolean judged = r.performance() != null && r.performance().matches() > 0;
            champion.add(judged ? r.performance().champion().rps() : null);
            market.add(judged && r.performance().market() != null ? r.performance().market().rps() : null);
            validation.add(r.validationRps());
        }
        return Charts.line("monitoring run", "rolling RPS", labels, List.of(Charts.Series.of("champion", champion),
                Charts.Series.of("closing market", market), new Charts.Series("validation RPS", validation, true)));
    }
}
