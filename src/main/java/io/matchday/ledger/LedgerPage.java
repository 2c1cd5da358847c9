package io.matchday.ledger;

import java.util.List;

/** One page of the ledger, newest first, with the total number of rows the query matches. */
public record LedgerPage(List<ServedPrediction> predictions, int page, int size, long total) {
}
