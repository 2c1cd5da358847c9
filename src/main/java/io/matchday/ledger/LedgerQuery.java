package io.matchday.ledger;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A filter on the ledger: served forecasts whose match date lies in [{@code from}, {@code to}],
 * for a team (home or away) and a model name; absent means any. Pages count from zero.
 */
public record LedgerQuery(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> team,
                          Optional<String> model, int page, int size) {

    public LedgerQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("size must be between 1 and 1000");
        }
    }
}
