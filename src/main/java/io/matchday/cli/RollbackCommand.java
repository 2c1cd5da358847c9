package io.matchday.cli;

import io.matchday.app.Matchday;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "Point the champion back at the version it had before its last move (audited).")
final class RollbackCommand extends StoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--reason", defaultValue = "rollback", description = "Why (kept in the audit). Default: ${DEFAULT-VALUE}")
    String reason;

    @Override
    public Integer call() {
        try (Matchday matchday = open()) {
            int version = matchday.registry().rollback(name, reason);
            out().printf("%s champion is version %d again%n", name, version);
        }
        return 0;
    }
}
