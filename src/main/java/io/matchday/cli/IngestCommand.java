package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.data.Division;
import io.matchday.data.SeasonRange;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Fetch football-data.co.uk files, validate them and store them.",
            "Idempotent: unchanged rows stay as they are, corrected rows are updated, bad rows quarantined."})
final class IngestCommand extends StoreCommand implements Callable<Integer> {

    @Option(names = {"-d", "--division"}, defaultValue = Division.DEFAULT_CODE, paramLabel = "CODES",
            description = "Division codes, comma-separated (E0, E1, SP1, D1, I1, F1, …), or 'all' for a file: source. Default: ${DEFAULT-VALUE}")
    String divisions;

    @Option(names = {"-s", "--seasons"}, defaultValue = "all", paramLabel = "RANGE",
            description = "Seasons: 2005-06..2024-25, a single season, or 'all' (everything the source has). Default: ${DEFAULT-VALUE}")
    String seasons;

    @Override
    public Integer call() {
        SeasonRange range = SeasonRange.parse(seasons);
        try (Matchday matchday = open()) {
            IngestRun.run(matchday, IngestRun.divisions(matchday, divisions), range, out());
        }
        return 0;
    }
}
