package io.matchday.serving;

import io.matchday.data.MatchRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The match database as people read it: seasons per division, the quarantine, field issues (teams: {@link Catalog#teams}). */
public final class MatchData {

    public record SeasonRow(String division, String season, int matches, int quarantined, int fieldIssues, int teams,
                            LocalDate firstMatch, LocalDate lastMatch) {
    }

    public record QuarantineRow(String file, String division, String season, int line, String reason, String rawLine) {
    }

    /** An auxiliary value stored as absent while its match was kept. */
    public record IssueRow(String file, String division, String season, int line, String match, String column,
                           String rawValue, String reason) {
    }

    private final MatchRepository matches;

    MatchData(MatchRepository matches) {
        this.matches = matches;
    }

    public List<SeasonRow> seasons() {
        return matches.seasons().stream().map(s -> new SeasonRow(s.division().code(), s.season().label(), s.matches(),
                s.quarantined(), s.fieldIssues(), s.teams(), s.firstMatch(), s.lastMatch())).toList();
    }

    public List<IssueRow> dataIssues(Optional<String> division) {
        return matches.dataIssues(division.map(Views::division)).stream().map(i -> new IssueRow(i.sourceUrl(),
                i.division().code(), i.season().label(), i.line(), i.date() + " " + i.home() + " v " + i.away(), i.column(),
                i.rawValue(), i.reason())).toList();
    }

    public List<QuarantineRow> quarantine(Optional<String> division) {
        return matches.quarantine(division.map(Views::division)).stream().map(q -> new QuarantineRow(q.sourceUrl(),
                q.division().code(), q.season().label(), q.line(), q.reason(), q.rawLine())).toList();
    }
}
