package io.matchday.serving;

import io.matchday.data.Division;
import io.matchday.data.MatchRepository;
import io.matchday.data.Score;
import io.matchday.data.TeamNames;
import io.matchday.evaluation.ScoringRule;
import io.matchday.ledger.LedgerPage;
import io.matchday.ledger.LedgerQuery;
import io.matchday.ledger.LedgerStore;
import io.matchday.ledger.ServedPrediction;
import java.time.LocalDate;
import java.util.HashMap;
import io.matchday.tabular.ParquetTable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Served forecasts, newest first: as stored (the API) and with the outcome of those whose match is stored (the console). */
public final class LedgerViews {

    /** A ledger row with its result, score and RPS once the match is stored. */
    public record LedgerRow(ServedPrediction prediction, String result, String score, Double rps) {
    }

    public record Ledger(List<LedgerRow> rows, int page, int size, long total) {
    }

    /** The ledger as a Parquet table: one row per served forecast with its outcome once known. */
    public static final ParquetTable<LedgerRow> TABLE = ParquetTable.<LedgerRow>named("ledger")
            .text("id", r -> r.prediction().id()).timestamp("served_at", r -> r.prediction().servedAt())
            .text("node", r -> r.prediction().node()).text("model", r -> r.prediction().modelName())
            .integer("version", r -> r.prediction().modelVersion()).text("division", r -> r.prediction().division())
            .date("match_date", r -> r.prediction().matchDate()).text("home", r -> r.prediction().homeTeam())
            .text("away", r -> r.prediction().awayTeam()).optionalReal("odds_home", r -> r.prediction().oddsHome())
            .optionalReal("odds_draw", r -> r.prediction().oddsDraw()).optionalReal("odds_away", r -> r.prediction().oddsAway())
            .real("p_home", r -> r.prediction().home()).real("p_draw", r -> r.prediction().draw())
            .real("p_away", r -> r.prediction().away())
            .optionalReal("expected_home_goals", r -> r.prediction().expectedHomeGoals())
            .optionalReal("expected_away_goals", r -> r.prediction().expectedAwayGoals())
            .optionalText("shadow_of", r -> r.prediction().shadowOf())
            .optionalText("result", LedgerRow::result).optionalText("score", r -> r.score() == null ? null : r.score().replace('–', '-'))
            .optionalReal("rps", LedgerRow::rps)
            .build();

    /** Rows fetched per query when the whole filtered ledger is read. */
    private static final int CHUNK = 1000;

    private final LedgerStore store;
    private final MatchRepository matches;
    private final TeamNames names;

    LedgerViews(LedgerStore store, MatchRepository matches, TeamNames names) {
        this.store = store;
        this.matches = matches;
        this.names = names;
    }

    /** One page of served forecasts; any spelling of a team finds its forecasts (the ledger stores canonical names). */
    public LedgerPage page(LedgerQuery query) {
        return store.find(new LedgerQuery(query.from(), query.to(), query.team().map(t -> names.canonical(t).name()),
                query.model(), query.page(), query.size()));
    }

    /**
     * Every served forecast the filter finds (its page and size ignored), with outcomes, read a chunk at a time as
     * the rows are consumed: the whole filtered ledger without holding it in memory.
     */
    public Iterable<LedgerRow> all(LedgerQuery filter) {
        return () -> new java.util.Iterator<>() {
            private int page;
            private java.util.Iterator<LedgerRow> chunk = java.util.Collections.emptyIterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!chunk.hasNext() && !last) {
                    Ledger read = withOutcomes(new LedgerQuery(filter.from(), filter.to(), filter.team(), filter.model(),
                            page++, CHUNK));
                    chunk = read.rows().iterator();
                    last = (long) page * CHUNK >= read.total() || read.rows().isEmpty();
                }
                return chunk.hasNext();
            }

            @Override
            public LedgerRow next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return chunk.next();
            }
        };
    }

    /** One page of served forecasts, each with its outcome once its match is stored. */
    public Ledger withOutcomes(LedgerQuery query) {
        LedgerPage page = page(query);
        Map<String, List<ServedPrediction>> byDivision = page.predictions().stream()
                .collect(Collectors.groupingBy(ServedPrediction::division));
        Map<String, Score> scores = new HashMap<>();
        byDivision.forEach((division, rows) -> {
            LocalDate from = rows.stream().map(ServedPrediction::matchDate).min(LocalDate::compareTo).orElseThrow();
            LocalDate to = rows.stream().map(ServedPrediction::matchDate).max(LocalDate::compareTo).orElseThrow();
            matches.scores(Division.of(division), from, to).forEach((k, v) -> scores.put(division + "|" + k, v));
        });
        List<LedgerRow> rows = page.predictions().stream().map(p -> {
            Score s = scores.get(p.division() + "|" + p.matchDate() + "|" + p.homeTeam() + "|" + p.awayTeam());
            if (s == null) {
                return new LedgerRow(p, null, null, null);
            }
            double rps = ScoringRule.RPS.score(new double[]{p.home(), p.draw(), p.away()}, s.outcome());
            return new LedgerRow(p, String.valueOf(s.outcome().code()), s.home() + "–" + s.away(), rps);
        }).toList();
        return new Ledger(rows, page.page(), page.size(), page.total());
    }
}
