package io.matchday.data.synthetic;

import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.data.Season;

/**
 * Parameters of a synthetic league. Goals are Poisson with
 * {@code log λ_home = baseline + homeAdvantage + attack[home] − defence[away]} and
 * {@code log λ_away = baseline + attack[away] − defence[home]}; strengths are drawn once from
 * N(0, strengthSd²) and centred, so they are identifiable.
 *
 * @param margin the bookmakers' overround, e.g. 0.05 for 105 %
 * @param priceNoise standard deviation of each bookmaker's log-odds error around the truth
 */
public record SyntheticLeagueConfig(int teams, int seasons, long seed, Division division, Season firstSeason,
                                    double baseline, double homeAdvantage, double strengthSd,
                                    double margin, double priceNoise) {

    public static final double DEFAULT_BASELINE = Math.log(1.3);
    public static final double DEFAULT_HOME_ADVANTAGE = 0.25;
    public static final double DEFAULT_STRENGTH_SD = 0.3;
    public static final double DEFAULT_MARGIN = 0.05;
    public static final double DEFAULT_PRICE_NOISE = 0.05;

    public SyntheticLeagueConfig {
        if (teams < 2 || teams > 60) {
            throw new MatchdayException("a synthetic league needs 2 to 60 teams, not " + teams);
        }
        if (teams % 2 != 0) {
            throw new MatchdayException("a synthetic league needs an even number of teams, not " + teams);
        }
        if (seasons < 1 || seasons > 50) {
            throw new MatchdayException("a synthetic league has 1 to 50 seasons, not " + seasons);
        }
        if (margin < 0 || margin > 0.5) {
            throw new MatchdayException("margin must be between 0 and 0.5");
        }
    }

    public static SyntheticLeagueConfig defaults(int teams, int seasons, long seed) {
        return new SyntheticLeagueConfig(teams, seasons, seed, Division.of("E0"), new Season(2020),
                DEFAULT_BASELINE, DEFAULT_HOME_ADVANTAGE, DEFAULT_STRENGTH_SD, DEFAULT_MARGIN, DEFAULT_PRICE_NOISE);
    }

    public SyntheticLeagueConfig withDivision(Division d) {
        return new SyntheticLeagueConfig(teams, seasons, seed, d, firstSeason, baseline, homeAdvantage,
                strengthSd, margin, priceNoise);
    }

    public SyntheticLeagueConfig withFirstSeason(Season s) {
        return new SyntheticLeagueConfig(teams, seasons, seed, division, s, baseline, homeAdvantage,
                strengthSd, margin, priceNoise);
    }
}
