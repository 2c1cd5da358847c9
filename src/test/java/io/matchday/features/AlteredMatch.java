package io.matchday.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.data.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One match of a history changed, and the feature rows replayed with and without the change: the
 * point-in-time check that a match's own data reaches no row up to its date.
 */
record AlteredMatch(List<Match> matches, int changed, List<FeatureVector> before, List<FeatureVector> after) {

    static AlteredMatch replay(FeatureBuilder builder, List<Match> matches, int changed, Match replacement) {
        List<Match> altered = new ArrayList<>(matches);
        altered.set(changed, replacement);
        return new AlteredMatch(matches, changed, builder.replay(matches).rows(), builder.replay(altered).rows());
    }

    /** Asserts that no row of a match on or before the changed match's date moved. */
    void assertNoEarlierRowChanged() {
        Match m = matches.get(changed);
        for (int i = 0; i < matches.size(); i++) {
            if (!matches.get(i).date().isAfter(m.date())) {
                assertThat(after.get(i)).as("match %d", i).isEqualTo(before.get(i));
            }
        }
    }

    /** The row index of the changed match's home side's next home match. */
    int nextHomeMatch() {
        Match m = matches.get(changed);
        return IntStream.range(changed, matches.size())
                .filter(i -> matches.get(i).date().isAfter(m.date()) && matches.get(i).home().equals(m.home()))
                .findFirst().orElseThrow();
    }
}
