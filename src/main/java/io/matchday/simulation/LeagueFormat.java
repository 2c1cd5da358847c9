package io.matchday.simulation;

import io.matchday.MatchdayException;
import io.matchday.data.Division;
import java.util.Map;

/**
 * What a final table means per division: how many sides go down directly (play-off places are not counted), and
 * whether the season is a plain double round robin the data can settle. Scotland's top flight splits in two after
 * 33 rounds, by the table at that point, which fixtures in the data cannot foretell.
 */
record LeagueFormat(Division division, int relegationPlaces, int europePlaces) {

    /** Sides relegated directly, by division (the current formats; E2 sends four down, E3 two, D1 and F1 two). */
    private static final Map<String, Integer> RELEGATION = Map.of("E0", 3, "E1", 3, "E2", 4, "E3", 2, "SP1", 3, "SP2", 4,
            "D1", 2, "D2", 2, "I1", 3, "F1", 2);

    static LeagueFormat of(Division division) {
        if (division.code().startsWith("SC")) {
            throw new MatchdayException(division + " splits after 33 rounds by the table then: its remaining fixtures "
                    + "cannot be settled from the data, so it is not projected");
        }
        return new LeagueFormat(division, RELEGATION.getOrDefault(division.code(), 3), 4);
    }
}
