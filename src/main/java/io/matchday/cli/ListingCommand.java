package io.matchday.cli;

import io.matchday.app.Matchday;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** A command that reads rows from the store and prints them as a table, or as JSON with {@code --json}. */
abstract class ListingCommand<T> extends StoreCommand implements Callable<Integer> {

    @Mixin
    Listing listing;

    private final Listing.Table<T> table;
    private final String whenEmpty;

    /** @param whenEmpty what an empty table says instead (null: just the header) */
    ListingCommand(Listing.Table<T> table, String whenEmpty) {
        this.table = table;
        this.whenEmpty = whenEmpty;
    }

    abstract List<T> rows(Matchday matchday);

    @Override
    public Integer call() {
        List<T> rows;
        try (Matchday matchday = open()) {
            rows = rows(matchday);
        }
        listing.print(out(), table, rows, whenEmpty);
        return 0;
    }
}
