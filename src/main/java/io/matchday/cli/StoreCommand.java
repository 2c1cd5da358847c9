package io.matchday.cli;

import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command that works on the store shares: the store options (data home, data source,
 * database) and picocli's view of the command, for its output streams.
 */
abstract class StoreCommand {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    Workspace openWorkspace() {
        return Workspace.open(store.settings());
    }

    /** Every stored match of {@code division}, in date order; the store is closed again before it returns. */
    List<Match> storedMatches(Division division) {
        try (Workspace workspace = openWorkspace()) {
            return workspace.matches.matches(division, SeasonRange.ALL);
        }
    }

    /** A store command about one division ({@code -d}, E0 unless told). */
    abstract static class OfDivision extends StoreCommand {

        @Mixin
        DivisionOption division;
    }
}
