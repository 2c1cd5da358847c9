package io.matchday.testsupport;

import io.matchday.data.synthetic.SyntheticLeague;
import io.matchday.data.synthetic.SyntheticLeagueConfig;
import java.nio.file.Path;

/** A synthetic league written to a directory, in the football-data layout. */
public final class SyntheticData {

    private SyntheticData() {
    }

    public static SyntheticLeague.Generated write(Path dir, int teams, int seasons, long seed) {
        return new SyntheticLeague(SyntheticLeagueConfig.defaults(teams, seasons, seed)).writeTo(dir);
    }
}
