package io.matchday.monitoring;

import static io.matchday.evaluation.ReportHtml.escape;
import static io.matchday.evaluation.ReportHtml.json;

import io.matchday.evaluation.ReportHtml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One monitoring run as a self-contained HTML page: drift per feature (test statistic, p-value,
 * distance, PSI) as a chart and a table, rolling performance beside the market and the validation
 * RPS, data quality and the alerts raised. Chart.js is inlined from the jar: no network needed.
 */
public final class MonitoringHtmlReport {

    public String render(MonitoringResult r) {
        DriftReport d = r.drift();
        StringBuilder rows = new StringBuilder();
        for (FeatureDrift f : d.features()) {
            rows.append(String.format(Locale.ROOT, "<tr class=\"%s\"><td>%s</td><td>%s</td><td>%.4f</td><td>%.4f</td><td>%.4f</td>"
                    + "<td>%.4f</td><td>%s</td></tr>%n", f.drifted() ? "drift" : "", escape(f.feature()), f.test(), f.statistic(),
                    f.pValue(), f.distance(), f.psi(), f.drifted() ? "drifted" : ""));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("features", d.features().stream().map(FeatureDrift::feature).toList());
        chart.put("distance", d.features().stream().map(f -> round(f.distance())).toList());
        chart.put("drifted", d.features().stream().map(FeatureDrift::drifted).toList());
        Performance p = r.performance();
        boolean judged = p != null && p.champion() != null;
        chart.put("rps", judged ? List.of(round(p.champion().rps()), round(p.market().rps()),
                r.validationRps() == null ? 0 : round(r.validationRps())) : List.of());
        String performance = judged ? String.format(Locale.ROOT, "<p>Last %d settled matches since training (%s to %s): champion RPS "
                + "<b>%.4f</b>, closing market %.4f, validation %s; accuracy %.3f vs %.3f.</p>", p.matches(), p.from(), p.to(),
                p.champion().rps(), p.market().rps(), r.validationRps() == null ? "n/a" : String.format(Locale.ROOT, "%.4f", r.validationRps()),
                p.champion().accuracy(), p.market().accuracy())
                : "<p>No match has settled since the champion's training window yet (" + (p == null ? 0 : p.settledSinceTraining())
                + " settled).</p>";
        StringBuilder alerts = new StringBuilder();
        r.alerts().forEach(a -> alerts.append("<li><b>").append(escape(a.kind())).append("</b> ").append(escape(a.message())).append("</li>"));
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Monitoring " + escape(r.model()) + " v"
                + r.version() + "</title><style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:2rem auto;color:#222}"
                + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;"
                + "font-size:.9rem}tr.drift td{color:#b00020}canvas{max-height:360px;margin:1rem 0}</style></head><body>"
                + "<h1>Monitoring: " + escape(r.model()) + " version " + r.version() + "</h1>"
                + String.format(Locale.ROOT, "<p>Run %s at %s. Reference %s to %s, current %s to %s. <b>%.0f %%</b> of features drifted%s; "
                        + "%d days since the last training match.</p>", r.id(), r.at(), d.referenceFrom(), d.referenceTo(),
                        d.currentFrom(), d.currentTo(), 100 * d.driftShare(), d.datasetDrift() ? " — <b>the data set drifted</b>" : "",
                        r.daysSinceTraining())
                + "<h2>Performance</h2>" + performance + "<canvas id=\"rps\"></canvas>"
                + "<h2>Drift per feature</h2><canvas id=\"drift\"></canvas><table><tr><th>feature</th><th>test</th><th>statistic</th>"
                + "<th>p-value</th><th>distance</th><th>PSI</th><th></th></tr>" + rows + "</table>"
                + "<h2>Data quality</h2>" + String.format(Locale.ROOT, "<p>Missing closing prices in the current window: %.1f %%. "
                        + "Teams new to the current window: %s. Quarantined rows: %d.</p>", 100 * d.quality().missingPricesShare(),
                        d.quality().newTeams().isEmpty() ? "none" : escape(String.join(", ", d.quality().newTeams())),
                        d.quality().quarantinedRows())
                + "<h2>Alerts</h2>" + (alerts.length() == 0 ? "<p>None.</p>" : "<ul>" + alerts + "</ul>")
                + "<script>" + ReportHtml.chartJs() + "</script><script>const data=" + json(chart) + ";"
                + "let charts=0;new Chart(document.getElementById('drift'),{type:'bar',data:{labels:data.features,datasets:[{label:"
                + "'distance (Wasserstein in SD, or Jensen-Shannon)',data:data.distance,backgroundColor:data.drifted.map(x=>x?'#b00020':'#4a78c2')}]},"
                + "options:{animation:false,indexAxis:'y'}});charts++;"
                + "if(data.rps.length){new Chart(document.getElementById('rps'),{type:'bar',data:{labels:['champion','closing market',"
                + "'validation'],datasets:[{label:'RPS (lower is better)',data:data.rps,backgroundColor:['#4a78c2','#888','#16794a']}]},"
                + "options:{animation:false}});charts++;}document.body.dataset.charts=charts;</script></body></html>";
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e6) / 1e6 : 0;
    }
}
