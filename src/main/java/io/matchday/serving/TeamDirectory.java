package io.matchday.serving;

import io.matchday.InvalidField;
import io.matchday.NotFoundException;
import io.matchday.data.Division;
import io.matchday.data.MatchRepository;
import io.matchday.data.Team;
import io.matchday.data.TeamNames;
import io.matchday.data.TeamSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The teams of every stored division, kept in memory so that checking a request's team names
 * never touches the database; refreshed in the background (new seasons bring promoted teams).
 */
final class TeamDirectory {

    private static final Duration STALE_AFTER = Duration.ofSeconds(60);
    private static final int REMEMBERED_SPELLINGS = 10_000;

    private final MatchRepository matches;
    private final TeamNames names;
    private final Clock clock;
    private volatile Snapshot snapshot;
    /** Spellings already canonicalised: the same few names arrive again and again. */
    private final Map<String, Team> spellings = new java.util.concurrent.ConcurrentHashMap<>();

    private record Snapshot(Map<Division, List<TeamSummary>> byDivision, Map<Division, Set<Team>> teams, Instant loaded) {
    }

    TeamDirectory(MatchRepository matches, TeamNames names, Clock clock) {
        this.matches = matches;
        this.names = names;
        this.clock = clock;
        reload();
    }

    final void reload() {
        Map<Division, List<TeamSummary>> byDivision = new TreeMap<>(matches.teams(Optional.empty()).stream()
                .collect(Collectors.groupingBy(TeamSummary::division)));
        Map<Division, Set<Team>> teams = new TreeMap<>();
        byDivision.forEach((d, list) -> teams.put(d, list.stream().map(TeamSummary::team).collect(Collectors.toUnmodifiableSet())));
        snapshot = new Snapshot(Map.copyOf(byDivision), Map.copyOf(teams), clock.instant());
    }

    void refreshIfStale() {
        if (snapshot.loaded().plus(STALE_AFTER).isBefore(clock.instant())) {
            reload();
        }
    }

    List<Division> divisions() {
        return List.copyOf(new TreeMap<>(snapshot.byDivision()).keySet());
    }

    /** The division's teams; unknown when nothing of it is stored. */
    List<TeamSummary> teams(Division division) {
        List<TeamSummary> list = snapshot.byDivision().get(division);
        if (list == null) {
            throw unknownDivision(division);
        }
        return list;
    }

    /** The canonical team behind a name, checked against the division; unknown, with the closest names, otherwise. */
    Team resolve(Division division, String name, String pointer) {
        Set<Team> known = snapshot.teams().get(division);
        if (known == null) {
            throw unknownDivision(division);
        }
        Team team = spellings.get(division.code() + "|" + name);
        if (team != null && known.contains(team)) {
            return team;
        }
        Optional<Team> found = names.find(name, known);
        if (found.isPresent()) {
            if (spellings.size() < REMEMBERED_SPELLINGS) {
                spellings.put(division.code() + "|" + name, found.get());
            }
            return found.get();
        }
        List<String> closest = names.closest(name, known, 3).stream().map(Team::name).toList();
        return throwUnknown(division, name, pointer, closest);
    }

    private static Team throwUnknown(Division division, String name, String pointer, List<String> closest) {
        throw new NotFoundException("unknown-team", "Unknown team",
                "no team '" + name + "' in " + division + "; did you mean " + String.join(", ", closest) + "?",
                List.of(new InvalidField(pointer, "unknown team '" + name + "'")), Map.of("suggestions", closest));
    }

    private static NotFoundException unknownDivision(Division division) {
        return new NotFoundException("unknown-division", "Unknown division", "no stored matches in division " + division);
    }
}
