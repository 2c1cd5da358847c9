package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.serving.ChallengerViews;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

@Command(name = "challengers", mixinStandardHelpOptions = true,
        description = {"Challengers shadowing their champions on live traffic, and how they fare: shadow forecasts recorded, "
                + "settled pairs, the mean paired RPS difference (challenger − champion: negative favours the challenger) with "
                + "its anytime-valid 95 % confidence sequence, the e-value against \"equally good\" and the decision "
                + "(collecting; promote once the whole sequence lies below zero; keep champion once it lies above zero)."})
final class ChallengersCommand extends ListingCommand<ChallengerViews.Challenger> {

    static final Listing.Table<ChallengerViews.Challenger> TABLE = new Listing.Table<ChallengerViews.Challenger>()
            .text("name", "name", ChallengerViews.Challenger::name)
            .number("champion", "champion_version", ChallengerViews.Challenger::championVersion)
            .number("challenger", "challenger_version", ChallengerViews.Challenger::challengerVersion)
            .text("trainer", "trainer", ChallengerViews.Challenger::trainer)
            .number("forecasts", "forecasts", ChallengerViews.Challenger::forecasts)
            .number("settled", "settled", ChallengerViews.Challenger::settled)
            .number("ΔRPS", "mean_rps_difference", c -> c.meanRpsDifference() == null ? null
                    : String.format(Locale.ROOT, "%+.4f", c.meanRpsDifference()))
            .tableOnly("95% sequence", c -> c.low() == null ? "" : String.format(Locale.ROOT, "[%+.4f, %+.4f]", c.low(), c.high()))
            .jsonOnly("sequence", c -> c.low() == null ? null : List.of(c.low(), c.high()))
            .number("e-value", "e_value", c -> String.format(Locale.ROOT, "%.2f", c.eValue()))
            .text("decision", "decision", ChallengerViews.Challenger::decision)
            .jsonOnly("mean_log_loss_difference", ChallengerViews.Challenger::meanLogLossDifference)
            .jsonOnly("mean_brier_difference", ChallengerViews.Challenger::meanBrierDifference)
            .jsonOnly("diebold_mariano", c -> c.dieboldMarianoLow() == null ? null
                    : List.of(c.dieboldMarianoLow(), c.dieboldMarianoHigh()))
            .jsonOnly("block_bootstrap", c -> c.bootstrapLow() == null ? null : List.of(c.bootstrapLow(), c.bootstrapHigh()))
            .jsonOnly("since", c -> c.since().toString())
            .jsonOnly("reason", ChallengerViews.Challenger::reason);

    ChallengersCommand() {
        super(TABLE, "no challengers: make one with 'matchday challenge NAME VERSION'");
    }

    @Override
    List<ChallengerViews.Challenger> rows(Matchday matchday) {
        return matchday.challengers().list();
    }
}
