package io.matchday.web;

import java.util.List;

/** The views pages render that are not the API's own: public, as the compiled templates live in another package. */
public final class Views {

    private Views() {
    }

    /** A registered model with its versions (newest first) and alias audit log (newest first). */
    public record ModelView(String name, List<VersionRow> versions, List<io.matchday.registry.AliasChange> audit) {
    }

    /** {@code standing}: the gate's decision, or "gate pending" / "interrupted" in words. */
    public record VersionRow(io.matchday.registry.ModelVersion version, io.matchday.api.CatalogViews.Validation validation,
                             String standing) {
    }

    /** What an action did, shown at the top of the card: success or refusal, and the gate's numbers. */
    public record Outcome(boolean ok, String message, String gate) {
    }

    /** A run in the list, with its headline numbers. */
    public record RunRow(io.matchday.registry.Run run, String headline) {
    }

    /** The start-a-backtest form as typed, and what is wrong with its fields. */
    public record BacktestForm(String division, List<String> models, String seasons, String benchmark,
                               java.util.Map<String, String> errors, List<String> divisions) {

        static BacktestForm defaults(List<String> divisions) {
            return new BacktestForm(divisions.contains("E0") || divisions.isEmpty() ? "E0" : divisions.get(0),
                    List.of("dixon-coles", "elo"), "2023-24", "market", java.util.Map.of(), divisions);
        }

        BacktestForm withErrors(java.util.Map<String, String> errors) {
            return new BacktestForm(division, models, seasons, benchmark, errors, divisions);
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    /** The start-a-replay form as typed, and what is wrong with its fields. */
    public record ReplayForm(String division, String seasons, String to, String model, String retrain, String strategy,
                             String stake, java.util.Map<String, String> errors, List<String> divisions) {

        static ReplayForm defaults(List<String> divisions) {
            return new ReplayForm(divisions.contains("E0") || divisions.isEmpty() ? "E0" : divisions.get(0), "2023-24", "",
                    "dixon-coles", "weekly", "value", "flat:1", java.util.Map.of(), divisions);
        }

        ReplayForm withErrors(java.util.Map<String, String> errors) {
            return new ReplayForm(division, seasons, to, model, retrain, strategy, stake, errors, divisions);
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    /** The filter as the query string holds it. */
    public record LedgerFilter(String team, String model, java.time.LocalDate from, java.time.LocalDate to) {

        io.matchday.monitoring.LedgerQuery query(int page, int size) {
            return new io.matchday.monitoring.LedgerQuery(java.util.Optional.ofNullable(from), java.util.Optional.ofNullable(to), blank(team), blank(model), page, size);
        }

        /** The filter as a query string, for links to other pages and the CSV. */
        public String queryString() {
            StringBuilder q = new StringBuilder();
            add(q, "team", team);
            add(q, "model", model);
            add(q, "from", from == null ? null : from.toString());
            add(q, "to", to == null ? null : to.toString());
            return q.toString();
        }

        private static void add(StringBuilder q, String name, String value) {
            if (value != null && !value.isBlank()) {
                q.append(q.length() == 0 ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }

        private static java.util.Optional<String> blank(String s) {
            return s == null || s.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(s.strip());
        }
    }
}
