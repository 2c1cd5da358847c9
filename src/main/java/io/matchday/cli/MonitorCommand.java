package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.monitoring.FeatureDrift;
import io.matchday.monitoring.MonitoringResult;
import io.matchday.monitoring.Performance;
import io.matchday.registry.ModelTraining;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Monitor <division>-outcome's champion now: feature and prediction drift, rolling performance against the "
            + "market, data quality; raise alerts past the thresholds and store the run (as the monitor job does).")
final class MonitorCommand extends StoreCommand.OfDivision implements Callable<Integer> {

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as a self-contained HTML page.")
    Path html;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        try (Matchday matchday = open()) {
            Division d = division.value();
            MonitoringResult r = matchday.operations().monitoring().run(d, ModelTraining.defaultModelName(d));
            out.printf("%s version %d, %d days since its last training match%n", r.model(), r.version(), r.daysSinceTraining());
            out.printf("drift: %.0f %% of features drifted (current %s..%s against %s)%s%n", 100 * r.drift().driftShare(),
                    r.drift().currentFrom(), r.drift().currentTo(), r.drift().reference(),
                    r.drift().datasetDrift() ? " — the data set drifted" : "");
            for (FeatureDrift f : r.drift().features()) {
                if (f.drifted()) {
                    out.printf("  %-16s %s %.4f  p %.2g  distance %.3f  PSI %.3f%n", f.feature(), f.test(), f.statistic(),
                            f.pValue(), f.distance(), f.psi());
                }
            }
            Performance p = r.performance();
            if (p.champion() == null) {
                out.printf("performance: no match settled since training (%d)%n", p.settledSinceTraining());
            } else {
                out.printf("performance: last %d settled matches, RPS %.4f vs market %.4f (validation %s)%n", p.matches(),
                        p.champion().rps(), p.market().rps(), r.validationRps() == null ? "n/a" : String.format("%.4f", r.validationRps()));
            }
            r.alerts().forEach(a -> out.println("ALERT " + a.severity() + " " + a.kind() + ": " + a.message()));
            if (html != null) {
                Files.writeString(html, matchday.reports().monitoring(r));
                out.println("report: " + html);
            }
        }
        return 0;
    }
}
