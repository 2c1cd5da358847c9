/**
 * The prediction ledger: every forecast served, as it was answered. {@link io.matchday.ledger.LedgerStore} is the
 * {@code predictions} table (batch appends, idempotent replays, filtered pages); {@link io.matchday.ledger.LedgerWriter}
 * is a serving node's crash-safe write path in front of it — a write-ahead log before each answer, a bounded queue, a
 * batch writer, and a local spool while the database is away — with the log and spool package-private.
 */
package io.matchday.ledger;
