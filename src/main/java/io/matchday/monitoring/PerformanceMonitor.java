package io.matchday.monitoring;

import io.matchday.data.Match;
import io.matchday.evaluation.Evaluation;
import io.matchday.evaluation.Scored;
import io.matchday.models.Forecast;
import io.matchday.models.MissingPricesException;
import io.matchday.models.Model;
import io.matchday.models.PointInTime;
import io.matchday.models.ModelZoo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rolling scores of the champion on matches settled after its training window — the forecasts it
 * would have served, since a model does not learn after training — beside the de-vigged closing
 * market on the same matches.
 */
final class PerformanceMonitor {

    private final MonitoringConfig config;

    public PerformanceMonitor(MonitoringConfig config) {
        this.config = config;
    }

    public Performance measure(List<Match> history, Model champion) {
        LocalDate trainedThrough = champion.provenance().lastMatch();
        List<Match> settled = history.stream().filter(m -> m.date().isAfter(trainedThrough)).toList();
        List<Match> recent = settled.subList(Math.max(0, settled.size() - config.performanceWindow()), settled.size());
        Model market = ModelZoo.closingMarket(history);
        List<Scored> model = new ArrayList<>();
        List<Scored> closing = new ArrayList<>();
        for (Match m : recent) {
            Forecast theMarket;
            try {
                theMarket = market.forecast(PointInTime.forBenchmark(m));
            } catch (MissingPricesException noPrices) {
                continue;   // compared on the matches both can score
            }
            Forecast f = champion.forecast(PointInTime.beforeKickOff(m));
            model.add(new Scored(f.probabilities(), m.result()));
            closing.add(new Scored(theMarket.probabilities(), m.result()));
        }
        if (model.isEmpty()) {
            return new Performance(settled.size(), 0, null, null, null, null);
        }
        return new Performance(settled.size(), model.size(), recent.get(0).date(), recent.get(recent.size() - 1).date(),
                scores(Evaluation.of(model)), scores(Evaluation.of(closing)));
    }

    private static Performance.Scores scores(Evaluation e) {
        return new Performance.Scores(e.rps(), e.brier(), e.logLoss(), e.accuracy());
    }
}
