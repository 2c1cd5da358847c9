package io.matchday.web.ledger;

import io.matchday.ledger.ServedPrediction;
import io.matchday.serving.LedgerViews;
import io.matchday.serving.RegistryViews;
import io.matchday.web.Console;
import io.matchday.web.Section;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Served forecasts, newest first, filtered by team, model and match dates; settled ones with result and RPS; as CSV too. */
@Controller
record LedgerPages(Console console, LedgerViews ledger, RegistryViews registry) {

    private static final int PAGE = 50;

    @GetMapping("/ledger")
    ResponseEntity<String> ledger(HttpServletRequest request, @RequestParam(required = false) String team,
                                  @RequestParam(required = false) String model, @RequestParam(required = false) LocalDate from,
                                  @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page) {
        LedgerFilter filter = new LedgerFilter(team, model, from, to);
        return console.render(new LedgerPage(console.page(request, "Ledger", Section.LEDGER), filter,
                ledger.withOutcomes(filter.query(Math.max(0, page), PAGE)), registry.names()));
    }

    @GetMapping("/ledger.csv")
    void csv(HttpServletResponse response, @RequestParam(required = false) String team, @RequestParam(required = false) String model,
             @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) throws IOException {
        LedgerFilter filter = new LedgerFilter(team, model, from, to);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"ledger.csv\"");
        PrintWriter out = response.getWriter();
        out.print("id,served_at,node,model,version,division,match_date,home,away,odds_home,odds_draw,odds_away,"
                + "p_home,p_draw,p_away,expected_home_goals,expected_away_goals,result,score,rps\r\n");
        for (LedgerViews.LedgerRow row : ledger.all(filter.all())) {
            ServedPrediction p = row.prediction();
            out.print(String.join(",", p.id(), p.servedAt().toString(), csv(p.node()), csv(p.modelName()),
                    String.valueOf(p.modelVersion()), p.division(), p.matchDate().toString(), csv(p.homeTeam()),
                    csv(p.awayTeam()), num(p.oddsHome()), num(p.oddsDraw()), num(p.oddsAway()), num(p.home()), num(p.draw()),
                    num(p.away()), num(p.expectedHomeGoals()), num(p.expectedAwayGoals()),
                    row.result() == null ? "" : row.result(), row.score() == null ? "" : row.score().replace('–', '-'),
                    num(row.rps())));
            out.print("\r\n");
        }
        out.flush();
    }

    /** The same filtered rows as one Parquet table, typed, for a notebook. */
    @GetMapping("/ledger.parquet")
    void parquet(HttpServletResponse response, @RequestParam(required = false) String team,
                 @RequestParam(required = false) String model, @RequestParam(required = false) LocalDate from,
                 @RequestParam(required = false) LocalDate to) throws IOException {
        LedgerFilter filter = new LedgerFilter(team, model, from, to);
        response.setContentType(io.matchday.tabular.ParquetTable.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"ledger.parquet\"");
        LedgerViews.TABLE.write(ledger.all(filter.all()), response.getOutputStream());
    }

    private static String num(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.6f", v);
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
