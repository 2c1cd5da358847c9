package io.matchday.cli;

import io.matchday.MatchdayException;
import io.matchday.app.Matchday;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "challenge", mixinStandardHelpOptions = true,
        description = {"Make a version a challenger of its model's champion: every node serving NAME forecasts each request "
                + "with it too, off the request path, into the ledger, paired with the champion's answer ('matchday challengers' "
                + "shows how it fares). Several may run.",
            "--remove ends it; --promote promotes it through the promotion gate once its live comparison says promote."})
final class ChallengeCommand extends StoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "VERSION")
    int version;

    @Option(names = "--remove", description = "End the challenger's shadowing (its forecasts stay in the ledger).")
    boolean remove;

    @Option(names = "--promote", description = "Promote it, through the gate, if its live comparison decided promote.")
    boolean promote;

    @Option(names = "--reason", defaultValue = "from the command line", description = "Why (kept in the audit). Default: ${DEFAULT-VALUE}")
    String reason;

    @Override
    public Integer call() {
        if (remove && promote) {
            throw new MatchdayException("--remove or --promote, not both");
        }
        try (Matchday matchday = open()) {
            if (remove) {
                matchday.registry().unchallenge(name, version, reason);
                out().printf("version %d of %s no longer challenges its champion%n", version, name);
            } else if (promote) {
                var promotion = matchday.challengers().promote(name, version, reason);
                out().printf("%s champion is version %d: %s%n", name, version, promotion.gate());
            } else {
                var c = matchday.registry().challenge(name, version, reason);
                out().printf("version %d of %s (%s) challenges its champion; serving nodes shadow with it within their refresh "
                        + "interval%n", c.version(), name, c.trainer());
            }
        }
        return 0;
    }
}
