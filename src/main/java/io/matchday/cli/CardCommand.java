package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.data.Match;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import io.matchday.evaluation.BacktestConfig;
import io.matchday.evaluation.BacktestReport;
import io.matchday.evaluation.PairedBootstrap;
import io.matchday.evaluation.WalkForwardBacktest;
import io.matchday.models.ModelZoo;
import io.matchday.registry.ModelCard;
import io.matchday.registry.ModelVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "card", mixinStandardHelpOptions = true,
        description = "The model card of a registered version (Markdown on stdout; --md/--html write files).")
final class CardCommand extends StoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "VERSION")
    int version;

    @Option(names = {"-d", "--division"}, defaultValue = Division.DEFAULT_CODE, description = "Division of the validation data. Default: ${DEFAULT-VALUE}")
    String division;

    @Option(names = "--validation", paramLabel = "SEASON", description = "Validation season. Default: the last complete stored season.")
    String validation;

    @Option(names = "--md", paramLabel = "FILE", description = "Write Markdown here.")
    Path markdown;

    @Option(names = "--html", paramLabel = "FILE", description = "Write HTML here.")
    Path html;

    @Override
    public Integer call() throws IOException {
        try (Matchday matchday = open()) {
            ModelVersion v = matchday.registry().version(name, version);
            List<Match> history = matchday.matches().matches(Division.of(division), SeasonRange.ALL);
            if (history.isEmpty()) {
                throw new MatchdayException("no stored matches in " + division);
            }
            Season season = io.matchday.registry.ModelTraining.validationSeason(history, validation);
            BacktestReport report = new WalkForwardBacktest(new BacktestConfig(SeasonRange.of(season, season), 0, 2),
                    PairedBootstrap.DEFAULT).run(history, ModelZoo.trainers(v.trainer()), i -> { });
            ModelCard card = new ModelCard(v, matchday.registry().load(v), report);
            if (markdown != null) {
                Files.writeString(markdown, card.markdown());
            }
            if (html != null) {
                Files.writeString(html, new io.matchday.reports.Reports(io.matchday.reports.Templates.precompiled()).modelCard(card));
            }
            if (markdown == null && html == null) {
                out().print(card.markdown());
                out().flush();
            }
        }
        return 0;
    }
}
