package io.matchday.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "Point the champion back at the version it had before its last move (audited).")
final class RollbackCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--reason", defaultValue = "rollback", description = "Why (kept in the audit). Default: ${DEFAULT-VALUE}")
    String reason;

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.open(store.settings())) {
            int version = workspace.registry.rollback(name, reason);
            spec.commandLine().getOut().printf("%s champion is version %d again%n", name, version);
        }
        return 0;
    }
}
