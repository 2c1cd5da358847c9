package io.matchday.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.testsupport.FailingDataSource;
import io.matchday.testsupport.SyntheticData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ingestion against a real database, on a synthetic league written in football-data's format.
 * Run once per database by the subclasses: the same migrations and code must behave the same.
 */
abstract class IngestScenarios {

    private static final Division E0 = Division.of("E0");
    private static final SeasonRange THREE_SEASONS = SeasonRange.parse("2020-21..2022-23");

    @TempDir
    Path dataDir;
    @TempDir
    Path home;

    Database database;
    IngestService ingest;
    MatchRepository repository;

    @BeforeEach
    void openDatabase(DatabaseSettings settings) {
        SyntheticData.write(dataDir, 20, 3, 7);
        database = Database.open(settings);
        ingest = service(database.dataSource());
        repository = new MatchRepository(database.dataSource(), TeamNames.standard());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private IngestService service(javax.sql.DataSource dataSource) {
        FootballDataClient client = new FootballDataClient(dataDir.toUri(), home.resolve("cache"), RetryPolicy.DEFAULT,
                Clock.systemUTC());
        return new IngestService(client, dataSource, TeamNames.standard(), Clock.systemUTC());
    }

    @Test
    void storesEverySeasonAndASecondRunChangesNothing() {
        List<FileIngest> first = ingest.ingest(E0, SeasonRange.ALL, IngestListener.NONE);
        assertThat(first).extracting(FileIngest::inserted).containsExactly(380, 380, 380);
        assertThat(repository.seasons()).extracting(SeasonSummary::matches).containsExactly(380, 380, 380);

        List<FileIngest> second = ingest.ingest(E0, SeasonRange.ALL, IngestListener.NONE);
        assertThat(second).allSatisfy(r -> {
            assertThat(r.unchanged()).isEqualTo(380);
            assertThat(r.changedAnything()).isFalse();
        });
        assertThat(count("matches")).isEqualTo(1140);
    }

    @Test
    void readsBackEveryMatchAsItWasParsed() {
        SourceFile file = ingest.client().fetch(E0, Season.parse("2021-22"));
        ingest.ingest(file);
        List<Match> parsed = new MatchCsvReader(TeamNames.standard()).read(file).matches().stream()
                .map(ParsedMatch::match).toList();
        List<Match> stored = repository.matches(E0, SeasonRange.parse("2021-22"));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(parsed);
    }

    @Test
    void aCorrectedFileUpdatesJustTheChangedRows() throws IOException {
        ingest.ingest(E0, THREE_SEASONS, IngestListener.NONE);
        Path file = dataDir.resolve("2122/E0.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String[] row = lines.get(5).split(",", -1);
        row[24] = "9.99";                     // B365H: a corrected price
        lines.set(5, String.join(",", row));
        String[] other = lines.get(9).split(",", -1);
        other[11] = "Z Corrected";           // Referee
        lines.set(9, String.join(",", other));
        Files.write(file, lines);

        FileIngest result = ingest.ingest(E0, SeasonRange.parse("2021-22"), IngestListener.NONE).get(0);
        assertThat(result.updated()).isEqualTo(2);
        assertThat(result.unchanged()).isEqualTo(378);
        assertThat(result.inserted()).isZero();
        Match corrected = repository.matches(E0, SeasonRange.parse("2021-22")).stream()
                .filter(m -> m.home().name().equals(row[3]) && m.away().name().equals(row[4])).findFirst().orElseThrow();
        assertThat(corrected.odds().opening("B365").orElseThrow().home()).isEqualTo(9.99);
        assertThat(count("matches")).isEqualTo(1140);
    }

    @Test
    void quarantineReflectsTheLatestReadingOfAFile() throws IOException {
        Path file = dataDir.resolve("2021/E0.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String good = lines.get(3);
        lines.set(3, good.replaceFirst(",\\d+,\\d+,[HDA],", ",x,1,H,"));
        lines.set(4, lines.get(4).replaceFirst("E0,", "E0,,"));
        Files.write(file, lines);
        FileIngest broken = ingest.ingest(E0, SeasonRange.parse("2020-21"), IngestListener.NONE).get(0);
        assertThat(broken.quarantined()).isEqualTo(2);
        assertThat(broken.inserted()).isEqualTo(378);
        assertThat(repository.quarantine(Optional.of(E0))).extracting(QuarantinedRow::line).containsExactly(4, 5);

        lines.set(3, good);
        Files.write(file, lines);
        FileIngest fixed = ingest.ingest(E0, SeasonRange.parse("2020-21"), IngestListener.NONE).get(0);
        assertThat(fixed.inserted()).isEqualTo(1);
        assertThat(repository.quarantine(Optional.empty())).singleElement()
                .satisfies(q -> assertThat(q.line()).isEqualTo(5));
        assertThat(repository.seasons()).singleElement().satisfies(s -> {
            assertThat(s.matches()).isEqualTo(379);
            assertThat(s.quarantined()).isEqualTo(1);
        });
    }

    @Test
    void aBadStatisticCostsTheValueNotTheMatchAndFollowsTheLatestReading() throws IOException {
        Path file = dataDir.resolve("2021/E0.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int hy = List.of(lines.get(0).split(",")).indexOf("HY");
        String good = lines.get(5);
        String[] fields = good.split(",", -1);
        fields[hy] = "1.2";
        lines.set(5, String.join(",", fields));
        Files.write(file, lines);

        FileIngest first = ingest.ingest(E0, SeasonRange.parse("2020-21"), IngestListener.NONE).get(0);
        assertThat(first.quarantined()).isZero();
        assertThat(first.fieldIssues()).isEqualTo(1);
        assertThat(first.inserted()).isEqualTo(380);
        assertThat(repository.dataIssues(Optional.of(E0))).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(6);
            assertThat(i.column()).isEqualTo("HY");
            assertThat(i.rawValue()).isEqualTo("1.2");
            assertThat(i.home().name()).isEqualTo(fields[List.of(lines.get(0).split(",")).indexOf("HomeTeam")]);
        });
        assertThat(repository.seasons()).singleElement().satisfies(s -> assertThat(s.fieldIssues()).isEqualTo(1));
        String before = fingerprint();
        assertThat(ingest.ingest(E0, SeasonRange.parse("2020-21"), IngestListener.NONE).get(0).changedAnything()).isFalse();
        assertThat(fingerprint()).as("a second reading of the same bytes writes nothing").isEqualTo(before);
        assertThat(count("data_issues")).isEqualTo(1);

        lines.set(5, good);
        Files.write(file, lines);
        FileIngest fixed = ingest.ingest(E0, SeasonRange.parse("2020-21"), IngestListener.NONE).get(0);
        assertThat(fixed.updated()).isEqualTo(1);
        assertThat(fixed.fieldIssues()).isZero();
        assertThat(repository.dataIssues(Optional.empty())).isEmpty();
        assertThat(repository.matches(E0, SeasonRange.parse("2020-21")))
                .allSatisfy(m -> assertThat(m.stats().homeYellow()).isNotNull());
    }

    @Test
    void matchesStoredFromMemoryReadBackEqualAndASecondStoreChangesNothing() {
        ingest.ingest(E0, THREE_SEASONS, IngestListener.NONE);
        List<Match> held = repository.matches(E0, SeasonRange.ALL);
        try (Database copy = Database.open(new DatabaseSettings("jdbc:h2:mem:copy-" + System.nanoTime(), "sa", ""))) {
            IngestService into = service(copy.dataSource());
            List<FileIngest> first = into.store(held, java.net.URI.create("replay:/"));
            assertThat(first).hasSize(3).allSatisfy(f -> assertThat(f.inserted()).isEqualTo(380));
            assertThat(new MatchRepository(copy.dataSource(), TeamNames.standard()).matches(E0, SeasonRange.ALL))
                    .isEqualTo(held);
            assertThat(into.store(held, java.net.URI.create("replay:/")))
                    .allSatisfy(f -> assertThat(f.changedAnything()).isFalse());
        }
    }

    @Test
    void aBrokenFileStopsTheRunAndLeavesEarlierDataUntouched() throws IOException {
        ingest.ingest(E0, THREE_SEASONS, IngestListener.NONE);
        String before = fingerprint();
        Files.writeString(dataDir.resolve("2122/E0.csv"), "<html><body>Server error</body></html>", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ingest.ingest(E0, THREE_SEASONS, IngestListener.NONE))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("2122/E0.csv")
                .hasMessageContaining("HTML page");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aFailureInsideTheTransactionStoresNothingOfThatFile() {
        ingest.ingest(E0, SeasonRange.parse("2020-21"), IngestListener.NONE);
        IngestService failing = service(new FailingDataSource(database.dataSource(), "insert into match_prices"));

        assertThatThrownBy(() -> failing.ingest(E0, SeasonRange.parse("2021-22"), IngestListener.NONE))
                .hasMessageContaining("injected failure");
        assertThat(repository.seasons()).extracting(s -> s.season().label()).containsExactly("2020-21");
        assertThat(count("matches")).isEqualTo(380);
    }

    @Test
    void aMissingSeasonIsAnErrorOnlyWhenAskedForByName() {
        assertThatThrownBy(() -> ingest.ingest(E0, SeasonRange.parse("2019-20..2020-21"), IngestListener.NONE))
                .isInstanceOf(SourceException.NotFound.class).hasMessageContaining("1920/E0.csv: not found");
        assertThat(ingest.ingest(E0, SeasonRange.ALL, IngestListener.NONE)).hasSize(3);
    }

    private int count(String table) {
        return new JdbcTemplate(database.dataSource()).queryForObject("select count(*) from " + table, Integer.class);
    }

    /** A hash of everything stored, so a difference shows without printing the tables. */
    private String fingerprint() {
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
        String everything = jdbc.queryForList("select season, match_date, home_team, away_team, row_hash, updated_at from matches "
                + "order by season, match_date, home_team").toString()
                + jdbc.queryForObject("select count(*) from match_prices", Integer.class)
                + jdbc.queryForList("select url, sha256, ingested_at from source_file order by url")
                + jdbc.queryForList("select source_url, line_number, reason, quarantined_at from quarantine order by id")
                + jdbc.queryForList("select source_url, line_number, column_name, recorded_at from data_issues order by id");
        return java.util.HexFormat.of().formatHex(RowReader.sha256().digest(everything.getBytes(StandardCharsets.UTF_8)));
    }
}
