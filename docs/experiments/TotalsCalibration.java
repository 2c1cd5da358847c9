package io.matchday.models;

import io.matchday.MatchdaySettings;
import io.matchday.data.*;
import io.matchday.evaluation.*;
import java.util.*;

/**
 * How far an out-of-sample recalibration of Dixon–Coles' P(over 2.5) closes its gap to the
 * de-vigged totals market. Walk-forward weekly Dixon–Coles fits give P(over) for every match of {@code ALL}; for
 * each match of {@code TEST} a logistic recalibration logit p' = a + b logit p is fitted on the {@code WINDOW}
 * matches before its week, and log loss is compared with the market's (pre-closing unless CLOSING is true).
 *
 * <p>Run from the project root after {@code ./mvnw -q compile} and an E0 ingest into {@code $MATCHDAY_HOME}:
 * <pre>
 * ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * javac -d target/experiments -cp target/classes:$(cat target/cp.txt) docs/experiments/TotalsCalibration.java
 * java -cp target/experiments:target/classes:$(cat target/cp.txt) io.matchday.models.TotalsCalibration \
 *     2008-09..2018-19 2014-15..2018-19 2280 false
 * </pre>
 * Result (E0, tuning seasons 2014-15..2018-19, against the pre-closing totals): raw +0.0134; recalibrated on the
 * previous 380 / 760 / 1,140 / 1,520 / 2,280 matches +0.0098 / +0.0087 / +0.0078 / +0.0076 / +0.0071.
 */
public class TotalsCalibration {
    public static void main(String[] args) {
        MatchdaySettings s = MatchdaySettings.resolve(System.getenv(), System.getProperties(), Map.of());
        List<Match> history;
        try (Database db = Database.open(s.database())) {
            history = new MatchRepository(db.dataSource(), TeamNames.standard()).matches(Division.of("E0"), SeasonRange.ALL);
        }
        SeasonRange all = SeasonRange.parse(args[0]);   // where walk-forward p are computed
        SeasonRange test = SeasonRange.parse(args[1]);
        int window = Integer.parseInt(args[2]);
        boolean closing = Boolean.parseBoolean(args[3]);
        Trainer dc = ModelZoo.trainer("dixon-coles");
        Map<java.time.LocalDate, Model> weekly = new HashMap<>();
        List<double[]> rows = new ArrayList<>(); // p, y, marketP, isTest, weekEpochDay
        for (Match m : history) {
            if (!all.contains(m.season())) continue;
            java.time.LocalDate w = WalkForwardBacktest.weekStart(m.date());
            Model model = weekly.computeIfAbsent(w, k -> dc.train(WalkForwardBacktest.trainingWindow(history, k, 0)));
            double p = model.forecast(PointInTime.beforeKickOff(m)).scoreGrid().orElseThrow().over(2.5);
            double mk = Double.NaN;
            for (TotalGoalsPrices t : m.odds().totals()) if ((t.bookmaker().equals("Avg") || t.bookmaker().equals("BbAv")) && t.closing()==closing && t.over()!=null && t.under()!=null) { double o=1/t.over(), u=1/t.under(); mk=o/(o+u); break; }
            rows.add(new double[]{p, (m.fullTime().home() + m.fullTime().away() > 2.5) ? 1 : 0, mk, test.contains(m.season()) ? 1 : 0, w.toEpochDay()});
        }
        double llRaw = 0, llCal = 0, llMk = 0; int n = 0;
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            if (r[3] == 0 || Double.isNaN(r[2])) continue;
            // fit a,b on the previous `window` rows from earlier weeks
            List<double[]> past = new ArrayList<>();
            for (int j = i - 1; j >= 0 && past.size() < window; j--) if (rows.get(j)[4] < r[4]) past.add(rows.get(j));
            double a = 0, b = 1;
            for (int it = 0; it < 50; it++) {
                double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
                for (double[] q : past) {
                    double x = Math.log(q[0] / (1 - q[0]));
                    double pr = 1 / (1 + Math.exp(-(a + b * x)));
                    double e = pr - q[1];
                    ga += e; gb += e * x; double w = pr * (1 - pr); haa += w; hab += w * x; hbb += w * x * x;
                }
                double det = haa * hbb - hab * hab;
                a -= (hbb * ga - hab * gb) / det; b -= (-hab * ga + haa * gb) / det;
            }
            double x = Math.log(r[0] / (1 - r[0]));
            double pc = 1 / (1 + Math.exp(-(a + b * x)));
            llRaw += -Math.log(r[1] == 1 ? r[0] : 1 - r[0]);
            llCal += -Math.log(r[1] == 1 ? pc : 1 - pc);
            llMk += -Math.log(r[1] == 1 ? r[2] : 1 - r[2]);
            n++;
        }
        System.out.printf("n %d  raw %.4f (%+.4f)  calibrated %.4f (%+.4f)  market %.4f%n", n, llRaw / n, (llRaw - llMk) / n, llCal / n, (llCal - llMk) / n, llMk / n);
    }
}
