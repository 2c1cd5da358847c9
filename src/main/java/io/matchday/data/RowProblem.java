package io.matchday.data;

/** Why one source row cannot be stored; caught by the reader and turned into a quarantine row. */
final class RowProblem extends RuntimeException {

    RowProblem(String reason) {
        super(reason, null, false, false);
    }
}
