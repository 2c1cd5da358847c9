package io.matchday.cli;

import io.matchday.MatchdaySettings;
import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.SeasonRange;
import java.io.PrintWriter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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

    /** Matchday on the store the options name; the command closes it. */
    Matchday open() {
        return open(store.settings());
    }

    /**
     * The composition root on {@code settings}' database, every other setting at its default (the service reads its
     * own from properties); this process is node {@code cli-<pid>}. Nothing it builds runs until asked to.
     */
    static Matchday open(MatchdaySettings settings) {
        return Matchday.open(Matchday.Settings.defaults(settings, "cli-" + ProcessHandle.current().pid())
                .withAlerting(io.matchday.monitoring.AlertRouting.fromEnvironment(System.getenv())), new SimpleMeterRegistry());
    }

    /** Every stored match of {@code division}, in date order; the store is closed again before it returns. */
    List<Match> storedMatches(Division division) {
        try (Matchday matchday = open()) {
            return matchday.matches().matches(division, SeasonRange.ALL);
        }
    }

    /** A store command about one division ({@code -d}, E0 unless told). */
    abstract static class OfDivision extends StoreCommand {

        @Mixin
        DivisionOption division;
    }
}
