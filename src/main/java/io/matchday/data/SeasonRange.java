package io.matchday.data;

import io.matchday.MatchdayException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which seasons a command covers: {@code 2005-06..2024-25}, a single season, or {@code all}
 * (everything the source has; {@link #bounds()} is empty).
 */
public record SeasonRange(Optional<Season> first, Optional<Season> last) {

    public static final SeasonRange ALL = new SeasonRange(Optional.empty(), Optional.empty());

    public SeasonRange {
        if (first.isPresent() != last.isPresent()) {
            throw new IllegalArgumentException("a season range has both ends or none");
        }
        if (first.isPresent() && first.get().compareTo(last.get()) > 0) {
            throw new MatchdayException("season range runs backwards: " + first.get() + ".." + last.get());
        }
    }

    public static SeasonRange of(Season first, Season last) {
        return new SeasonRange(Optional.of(first), Optional.of(last));
    }

    public static SeasonRange parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.equalsIgnoreCase("all")) {
            return ALL;
        }
        int dots = s.indexOf("..");
        if (dots >= 0) {
            return of(Season.parse(s.substring(0, dots)), Season.parse(s.substring(dots + 2)));
        }
        Season single = Season.parse(s);
        return of(single, single);
    }

    public boolean isAll() {
        return first.isEmpty();
    }

    /** The seasons in order; only for bounded ranges. */
    public List<Season> seasons() {
        if (isAll()) {
            throw new IllegalStateException("'all' has no fixed list of seasons");
        }
        List<Season> seasons = new ArrayList<>();
        for (Season s = first.get(); s.compareTo(last.get()) <= 0; s = s.next()) {
            seasons.add(s);
        }
        return seasons;
    }

    public boolean contains(Season season) {
        return isAll() || (season.compareTo(first.get()) >= 0 && season.compareTo(last.get()) <= 0);
    }

    @Override
    public String toString() {
        if (isAll()) {
            return "all";
        }
        return first.get().equals(last.get()) ? first.get().label() : first.get() + ".." + last.get();
    }
}
