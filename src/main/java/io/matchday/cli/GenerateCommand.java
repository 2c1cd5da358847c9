package io.matchday.cli;

import io.matchday.data.Division;
import io.matchday.data.Season;
import io.matchday.data.synthetic.SyntheticLeague;
import io.matchday.data.synthetic.SyntheticLeagueConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic league in football-data.co.uk's CSV format and layout.",
            "Teams have hidden attack/defence strengths; goals are Poisson with home advantage; bookmaker prices "
                + "carry a margin. The truth goes to <division>-teams.csv and <division>-truth.csv beside the seasons.",
            "Ingest it with: matchday ingest --data-url file:<DIR> --division E0"})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--teams", defaultValue = "20", description = "Number of teams (even). Default: ${DEFAULT-VALUE}")
    int teams;

    @Option(names = "--seasons", defaultValue = "3", description = "Number of seasons. Default: ${DEFAULT-VALUE}")
    int seasons;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--division", defaultValue = Division.DEFAULT_CODE, description = "Division code written. Default: ${DEFAULT-VALUE}")
    String division;

    @Option(names = "--first-season", defaultValue = "2020-21", description = "First season. Default: ${DEFAULT-VALUE}")
    String firstSeason;

    @Option(names = "--margin", defaultValue = "" + SyntheticLeagueConfig.DEFAULT_MARGIN,
            description = "Bookmaker margin (overround - 1). Default: ${DEFAULT-VALUE}")
    double margin;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Override
    public Integer call() {
        SyntheticLeagueConfig defaults = SyntheticLeagueConfig.defaults(teams, seasons, seed);
        SyntheticLeagueConfig config = new SyntheticLeagueConfig(teams, seasons, seed, Division.of(division),
                Season.parse(firstSeason), defaults.baseline(), defaults.homeAdvantage(), defaults.strengthSd(),
                margin, defaults.priceNoise());
        SyntheticLeague.Generated generated = new SyntheticLeague(config).writeTo(out);
        spec.commandLine().getOut().printf("Wrote %d matches of %d teams over %d season(s) (%s..%s) to %s%n",
                generated.matches(), teams, seasons, generated.seasons().get(0),
                generated.seasons().get(generated.seasons().size() - 1), out.toAbsolutePath());
        return 0;
    }
}
