package io.matchday.data;

/**
 * The match statistics football-data.co.uk records (absent values are {@code null}): shots,
 * shots on target, corners, fouls committed, yellow and red cards, for each side.
 */
public record MatchStats(Integer homeShots, Integer awayShots,
                         Integer homeShotsOnTarget, Integer awayShotsOnTarget,
                         Integer homeCorners, Integer awayCorners,
                         Integer homeFouls, Integer awayFouls,
                         Integer homeYellow, Integer awayYellow,
                         Integer homeRed, Integer awayRed) {

    public static final MatchStats NONE =
            new MatchStats(null, null, null, null, null, null, null, null, null, null, null, null);
}
