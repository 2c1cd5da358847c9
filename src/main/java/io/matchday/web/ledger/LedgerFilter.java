package io.matchday.web.ledger;

import io.matchday.ledger.LedgerQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/** The ledger's filter as the query string holds it: a team (any spelling), a model, match dates; blank means any. */
public record LedgerFilter(String team, String model, LocalDate from, LocalDate to) {

    LedgerQuery query(int page, int size) {
        return new LedgerQuery(Optional.ofNullable(from), Optional.ofNullable(to), blank(team), blank(model), page, size);
    }

    /** Every row the filter finds, for the downloads: the ledger's reader pages through them itself. */
    LedgerQuery all() {
        return query(0, 1);
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
            q.append(q.length() == 0 ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static Optional<String> blank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
