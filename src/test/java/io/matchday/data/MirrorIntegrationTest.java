package io.matchday.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.testsupport.Mirror;
import io.matchday.testsupport.PostgresServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** Real data: every season of the football-data mirror, on H2 and on PostgreSQL. */
@ExtendWith(PostgresServer.Extension.class)
class MirrorIntegrationTest {

    private static final Division E0 = Division.of("E0");
    private static final Division E1 = Division.of("E1");

    @TempDir
    Path temp;

    private IngestService ingest(URI base, DataSource dataSource) {
        FootballDataClient client = new FootballDataClient(base, temp.resolve("cache"), RetryPolicy.DEFAULT, Clock.systemUTC());
        return new IngestService(client, dataSource, TeamNames.standard(), Clock.systemUTC());
    }

    private DatabaseSettings h2(String name) {
        return new DatabaseSettings("jdbc:h2:file:" + temp.resolve(name), "sa", "");
    }

    /**
     * What is expected comes from the mirror's own README (rows and teams per file) and checksums, so the
     * test follows the mirror as divisions and seasons are added to it.
     */
    @Test
    void storesEveryListedMirrorFileWholeAndASecondRunChangesNothing() throws IOException {
        URI mirror = Mirror.baseUrl();
        List<Mirror.ListedFile> listed = Mirror.listedFiles();
        assertThat(listed).as("files listed in the mirror's README").hasSizeGreaterThanOrEqualTo(30);
        try (Database db = Database.open(h2("mirror"))) {
            IngestService ingest = ingest(mirror, db.dataSource());
            List<Division> divisions = ingest.client().listDivisions();
            assertThat(divisions).containsAll(listed.stream().map(f -> Division.of(f.division())).distinct().toList());
            List<FileIngest> first = new ArrayList<>();
            for (Division division : divisions) {
                first.addAll(ingest.ingest(division, SeasonRange.ALL, IngestListener.NONE));
            }
            Map<String, SeasonSummary> stored = new MatchRepository(db.dataSource(), TeamNames.standard()).seasons().stream()
                    .collect(Collectors.toMap(s -> s.division().code() + "/" + s.season().code(), s -> s));
            for (Mirror.ListedFile file : listed) {
                SeasonSummary s = stored.get(file.division() + "/" + file.code());
                assertThat(s).as(file.toString()).isNotNull();
                // Every data row is stored or quarantined with a reason: none is lost.
                assertThat(s.matches() + s.quarantined()).as(file.toString()).isEqualTo(file.rows());
                assertThat(s.teams()).as(file.toString()).isEqualTo(file.teams());
            }
            assertThat(stored.values().stream().filter(s -> s.division().equals(E0)))
                    .as("E0 is stored whole, without a quarantined row").allSatisfy(s -> assertThat(s.quarantined()).isZero());
            assertThat(first).hasSize(listed.size());
            assertShaMatchesTheMirrorChecksums(mirror, first);
            assertTheMirrorsTyposCostAValueNotAMatch(new MatchRepository(db.dataSource(), TeamNames.standard()));

            List<FileIngest> second = new ArrayList<>();
            for (Division division : divisions) {
                second.addAll(ingest.ingest(division, SeasonRange.ALL, IngestListener.NONE));
            }
            assertThat(second).hasSize(listed.size()).allSatisfy(r -> assertThat(r.changedAnything()).isFalse());
        }
    }

    @Test
    void postgresStoresTheSameRowsAsH2(PostgresServer postgres) {
        URI mirror = Mirror.baseUrl();
        try (Database h2 = Database.open(h2("same")); Database pg = Database.open(postgres.newDatabase())) {
            for (Database db : List.of(h2, pg)) {
                IngestService ingest = ingest(mirror, db.dataSource());
                ingest.ingest(E0, SeasonRange.ALL, IngestListener.NONE);
                ingest.ingest(E1, SeasonRange.ALL, IngestListener.NONE);
            }
            assertThat(contents(pg)).isEqualTo(contents(h2));
            MatchRepository h2Matches = new MatchRepository(h2.dataSource(), TeamNames.standard());
            MatchRepository pgMatches = new MatchRepository(pg.dataSource(), TeamNames.standard());
            int e0Rows = Mirror.listedFiles().stream().filter(f -> f.division().equals("E0")).mapToInt(Mirror.ListedFile::rows).sum();
            assertThat(pgMatches.matches(E0, SeasonRange.ALL)).hasSize(e0Rows).isEqualTo(h2Matches.matches(E0, SeasonRange.ALL));
        }
    }

    @Test
    void aBrokenCopyOfARealSeasonQuarantinesExactlyTheBrokenRows() throws IOException {
        Path copy = temp.resolve("broken");
        Files.createDirectories(copy.resolve("2324"));
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(Mirror.baseUrl()).resolve("2324/E0.csv")));
        lines.set(10, replaceField(lines.get(10), 1, "31/02/2024"));           // bad date
        lines.set(20, replaceField(lines.get(20), 24, "0.9"));                 // B365H 0.9
        lines.set(30, replaceField(lines.get(30), 25, "abc"));                 // B365D abc
        String[] row40 = lines.get(40).split(",", -1);
        lines.set(40, replaceField(lines.get(40), 4, row40[3]));               // same team twice
        lines.set(50, replaceField(lines.get(50), 7, flip(lines.get(50).split(",", -1)[7])));   // result contradicts goals
        lines.set(60, lines.get(5));                                           // duplicate fixture
        Files.write(copy.resolve("2324/E0.csv"), lines);

        try (Database db = Database.open(h2("broken"))) {
            FileIngest result = ingest(copy.toUri(), db.dataSource()).ingest(E0, SeasonRange.ALL, IngestListener.NONE).get(0);
            int rows = Mirror.listedFiles().stream().filter(f -> f.division().equals("E0") && f.code().equals("2324"))
                    .findFirst().orElseThrow().rows();
            // Four rows lose what identifies or settles them; the two bad prices cost only the price.
            assertThat(result.inserted()).isEqualTo(rows - 4);
            assertThat(result.fieldIssues()).isEqualTo(2);
            MatchRepository repository = new MatchRepository(db.dataSource(), TeamNames.standard());
            List<QuarantinedRow> quarantine = repository.quarantine(Optional.of(E0));
            Map<Integer, String> reasons = quarantine.stream().collect(Collectors.toMap(QuarantinedRow::line, QuarantinedRow::reason));
            assertThat(reasons).containsOnlyKeys(11, 41, 51, 61);
            assertThat(reasons.get(11)).isEqualTo("bad date '31/02/2024'");
            assertThat(reasons.get(41)).startsWith("same team at home and away: ");
            assertThat(reasons.get(51)).startsWith("full-time result ").contains("contradicts the score");
            assertThat(reasons.get(61)).startsWith("duplicate fixture ").endsWith("(first at line 6)");
            assertThat(repository.dataIssues(Optional.of(E0)))
                    .extracting(DataIssue::line, DataIssue::column, DataIssue::rawValue, DataIssue::reason)
                    .containsExactly(tuple(21, "B365H", "0.9", "a price must be above 1.0"),
                            tuple(31, "B365D", "abc", "non-numeric price"));
            assertThat(quarantine).allSatisfy(q -> assertThat(q.rawLine()).isEqualTo(lines.get(q.line() - 1)));
        }
    }

    private static String replaceField(String line, int index, String value) {
        String[] fields = line.split(",", -1);
        fields[index] = value;
        return String.join(",", fields);
    }

    private static String flip(String result) {
        return result.equals("H") ? "A" : "H";
    }

    private static List<Map<String, Object>> contents(Database db) {
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList(
                "select division, season, cast(match_date as varchar(10)) as d, home_team, away_team, home_goals, "
                        + "away_goals, result, row_hash, source_line from matches order by division, season, match_date, home_team"));
        rows.addAll(jdbc.queryForList("select count(*) as n, sum(home) as h, sum(draw_close) as dc, sum(over25) as o, "
                + "sum(ah_line) as ah from match_prices"));
        rows.replaceAll(MirrorIntegrationTest::lowerCaseKeys);
        return rows;
    }

    private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        return row.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toLowerCase(),
                e -> e.getValue() instanceof Number n && !(e.getValue() instanceof Integer) ? Math.round(n.doubleValue() * 1000) : e.getValue()));
    }

    /**
     * The mirror's Serie A 2006-07 has a yellow-card count written {@code 1.2} and its La Liga 2013-14 an
     * average under-2.5 price of {@code 0.277}: each match is stored, with that one value absent and recorded.
     */
    private static void assertTheMirrorsTyposCostAValueNotAMatch(MatchRepository repository) {
        List<DataIssue> serieA = repository.dataIssues(Optional.of(Division.of("I1"))).stream()
                .filter(i -> i.season().equals(Season.parse("2006-07"))).toList();
        assertThat(serieA).singleElement().satisfies(i -> {
            assertThat(i.column()).isEqualTo("HY");
            assertThat(i.rawValue()).isEqualTo("1.2");
            assertThat(i.line()).isEqualTo(303);
        });
        Match cagliari = repository.matches(Division.of("I1"), SeasonRange.parse("2006-07")).stream()
                .filter(m -> m.date().equals(serieA.get(0).date()) && m.home().equals(serieA.get(0).home())).findFirst().orElseThrow();
        assertThat(cagliari.stats().homeYellow()).isNull();
        assertThat(cagliari.stats().awayYellow()).isEqualTo(2);
        assertThat(cagliari.odds().averageOpening()).isPresent();

        List<DataIssue> laLiga = repository.dataIssues(Optional.of(Division.of("SP1"))).stream()
                .filter(i -> i.season().equals(Season.parse("2013-14"))).toList();
        assertThat(laLiga).singleElement().satisfies(i -> {
            assertThat(i.column()).isEqualTo("BbAv<2.5");
            assertThat(i.rawValue()).isEqualTo("0.277");
            assertThat(i.home()).isEqualTo(new Team("Real Madrid"));
        });
        assertThat(repository.quarantine(Optional.of(Division.of("I1")))).noneMatch(q -> q.season().equals(Season.parse("2006-07")));
        assertThat(repository.quarantine(Optional.of(Division.of("SP1")))).noneMatch(q -> q.season().equals(Season.parse("2013-14")));
    }

    private static void assertShaMatchesTheMirrorChecksums(URI mirror, List<FileIngest> ingested) throws IOException {
        Path checksums = Path.of(mirror).getParent().resolve("CHECKSUMS.sha256");
        if (!Files.exists(checksums)) {
            return;
        }
        Map<String, String> expected = Files.readAllLines(checksums).stream().filter(l -> l.contains("mmz4281/"))
                .collect(Collectors.toMap(l -> l.substring(l.indexOf("mmz4281/") + 8), l -> l.substring(0, 64)));
        for (FileIngest r : ingested) {
            String relative = r.season().code() + "/" + r.division() + ".csv";
            assertThat(r.sha256()).as(relative).isEqualTo(expected.get(relative));
        }
        for (Mirror.ListedFile file : Mirror.listedFiles()) {
            assertThat(expected.get(file.code() + "/" + file.division() + ".csv")).as("README and checksums agree on " + file)
                    .isEqualTo(file.sha256());
        }
    }
}
