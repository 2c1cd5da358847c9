package io.matchday.simulation;

import static io.matchday.evaluation.ReportHtml.escape;
import static io.matchday.evaluation.ReportHtml.json;

import io.matchday.evaluation.ReportHtml;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A replay as one self-contained page: cumulative RPS against the market, the bankroll, retraining weeks marked. */
public final class SimulationHtmlReport {

    public String render(SimulationReport r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("weeks", r.weeks().stream().map(w -> w.weekStart().toString()).toList());
        data.put("rps", r.weeks().stream().map(WeekResult::cumulativeRps).toList());
        data.put("market", r.weeks().stream().map(WeekResult::cumulativeMarketRps).toList());
        data.put("bankroll", r.weeks().stream().map(WeekResult::bankroll).toList());
        data.put("retrained", r.weeks().stream().map(w -> w.retrained() ? w.cumulativeRps() : null).toList());
        BettingSummary b = r.betting();
        String headline = String.format(Locale.ROOT, "<p>%s %s, model <b>%s</b>, retraining %s, %d retrains. %d matches: RPS "
                + "<b>%.4f</b>, closing market %s.</p><p>Betting (%s, %s): %d bets, %d won (%.1f %%), staked %.2f, profit %.2f, "
                + "ROI %+.2f %% (95 %% CI %+.2f %% to %+.2f %%), yield %+.2f %%, maximum drawdown %.1f %%, closing-line value %s.</p>",
                escape(r.division()), escape(r.seasons()), escape(r.model()), r.retrain(), r.retrains(), r.matches(), r.rps(),
                r.marketRps() == null ? "n/a" : String.format(Locale.ROOT, "%.4f", r.marketRps()), r.strategy(), escape(r.stake()),
                b.bets(), b.won(), 100 * b.hitRate(), b.staked(), b.profit(), 100 * b.roi(), 100 * b.roiLow(), 100 * b.roiHigh(),
                100 * b.yield(), 100 * b.maxDrawdown(), b.clv() == null ? "n/a" : String.format(Locale.ROOT, "%+.2f %%", 100 * b.clv()));
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Season replay " + escape(r.seasons())
                + "</title><style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:2rem auto;color:#222}"
                + "canvas{max-height:380px;margin:1rem 0}</style></head><body><h1>Season replay: " + escape(r.division()) + " "
                + escape(r.seasons()) + "</h1>" + headline + "<h2>Cumulative RPS</h2><canvas id=\"rps\"></canvas>"
                + "<h2>Bankroll</h2><canvas id=\"bankroll\"></canvas>"
                + "<script>" + ReportHtml.chartJs() + "</script><script>const d=" + json(data) + ";let charts=0;"
                + "new Chart(document.getElementById('rps'),{type:'line',data:{labels:d.weeks,datasets:["
                + "{label:'model',data:d.rps,borderColor:'#4a78c2',pointRadius:0},"
                + "{label:'closing market',data:d.market,borderColor:'#888',pointRadius:0},"
                + "{label:'retrained',data:d.retrained,showLine:false,pointRadius:4,pointBackgroundColor:'#b00020',borderColor:'#b00020'}]},"
                + "options:{animation:false}});charts++;"
                + "new Chart(document.getElementById('bankroll'),{type:'line',data:{labels:d.weeks,datasets:["
                + "{label:'bankroll',data:d.bankroll,borderColor:'#16794a',pointRadius:0}]},options:{animation:false}});charts++;"
                + "document.body.dataset.charts=charts;</script></body></html>";
    }
}
