package io.matchday.data;

import static io.matchday.testsupport.CsvFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matchday.testsupport.CsvFixture;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class MatchCsvReaderTest {

    private final MatchCsvReader reader = new MatchCsvReader(TeamNames.standard());

    private ParsedFile read(CsvFixture csv) {
        return reader.read(csv.source("E0", "2023-24"));
    }

    @Test
    void readsAModernRowWithEveryTypedField() {
        ParsedFile file = read(CsvFixture.modern().add(row("11/08/2023", "Burnley", "Man City", 0, 3)));
        assertThat(file.rejected()).isEmpty();
        Match m = file.matches().get(0).match();
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 8, 11));
        assertThat(m.kickoff()).isEqualTo(LocalTime.of(15, 0));
        assertThat(m.home()).isEqualTo(new Team("Burnley"));
        assertThat(m.result()).isEqualTo(Outcome.AWAY_WIN);
        assertThat(m.stats().homeShotsOnTarget()).isEqualTo(4);
        assertThat(m.odds().opening("B365")).contains(new OutcomePrices(2.1, 3.4, 3.6));
        assertThat(m.odds().closing("B365")).contains(new OutcomePrices(2.05, 3.3, 3.7));
        assertThat(m.odds().averageOpening()).contains(new OutcomePrices(2.1, 3.4, 3.6));
        assertThat(m.odds().averageClosing()).contains(new OutcomePrices(2.02, 3.35, 3.65));
        assertThat(m.odds().totals()).containsExactly(new TotalGoalsPrices("B365", false, 2.5, 1.9, 1.95));
        assertThat(m.odds().asianHandicaps()).containsExactly(new AsianHandicapPrices("B365", false, -0.25, 1.95, 1.95));
        assertThat(file.matches().get(0).line()).isEqualTo(2);
    }

    @Test
    void readsOldLayoutWithTwoDigitYearsAndNoTime() {
        String header = "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HTHG,HTAG,HTR,Referee,B365H,B365D,B365A,BbMxH,BbAvH,BbMxD,BbAvD,BbMxA,BbAvA";
        ParsedFile file = reader.read(CsvFixture.withHeader(header)
                .add("E0,13/08/05,Aston Villa,Bolton,2,2,D,2,2,D,M Riley,2.3,3.25,3,2.4,2.2,3.3,3.16,3.4,3.05")
                .add("E0,02/01/06,Man United,Man City,1,0,H,0,0,D,G Poll,1.5,3.8,6,1.6,1.5,4,3.7,7,6.2")
                .source("E0", "2005-06"));
        assertThat(file.rejected()).isEmpty();
        assertThat(file.matches()).extracting(p -> p.match().date())
                .containsExactly(LocalDate.of(2005, 8, 13), LocalDate.of(2006, 1, 2));
        Match first = file.matches().get(0).match();
        assertThat(first.kickoff()).isNull();
        assertThat(first.odds().averageOpening()).contains(new OutcomePrices(2.2, 3.16, 3.05));
        assertThat(first.odds().maximumOpening()).contains(new OutcomePrices(2.4, 3.3, 3.4));
    }

    @Test
    void treatsBomCrlfAndLfAlike() {
        CsvFixture crlf = CsvFixture.modern().add(row("12/08/2023", "Arsenal", "Nott'm Forest", 2, 1));
        CsvFixture lfBom = CsvFixture.modern().add(row("12/08/2023", "Arsenal", "Nott'm Forest", 2, 1)).lf().bom();
        ParsedMatch a = read(crlf).matches().get(0);
        ParsedMatch b = read(lfBom).matches().get(0);
        assertThat(b.match()).isEqualTo(a.match());
        assertThat(b.rowHash()).isEqualTo(a.rowHash());
    }

    @Test
    void skipsCommaOnlyRowsAndTrailingEmptyColumns() {
        ParsedFile file = read(CsvFixture.withHeader(CsvFixture.MODERN_HEADER + ",,")
                .add(row("12/08/2023", "Arsenal", "Chelsea", 1, 1) + ",,")
                .add(",".repeat(48)));
        assertThat(file.matches()).hasSize(1);
        assertThat(file.rejected()).isEmpty();
        assertThat(file.matches().get(0).match().extra()).isEmpty();
    }

    @Test
    void canonicalisesTeamNamesAtIngest() {
        ParsedFile file = read(CsvFixture.modern().add(row("12/08/2023", "Manchester United", "Wolverhampton", 1, 0)));
        Match m = file.matches().get(0).match();
        assertThat(m.home().name()).isEqualTo("Man United");
        assertThat(m.away().name()).isEqualTo("Wolves");
    }

    @Test
    void keepsUnrecognisedColumnsVerbatim() {
        ParsedFile file = reader.read(CsvFixture.withHeader("Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR,Attendance,XYZ")
                .add("E0,12/08/2023,Arsenal,Chelsea,1,0,H,60000,foo").source("E0", "2023-24"));
        assertThat(file.matches().get(0).match().extra()).containsEntry("Attendance", "60000").containsEntry("XYZ", "foo");
    }

    @Test
    void readsAZeroPriceAsNotOfferedAndKeepsTheLiteral() {
        String header = "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR,B365H,B365D,B365A,B365C>2.5,B365C<2.5";
        ParsedFile file = reader.read(CsvFixture.withHeader(header)
                .add("E0,19/12/2021,Newcastle,Man City,0,4,A,13,7.5,1.18,0,0").source("E0", "2021-22"));
        assertThat(file.rejected()).isEmpty();
        Match m = file.matches().get(0).match();
        assertThat(m.odds().totals()).isEmpty();
        assertThat(m.extra()).containsEntry("B365C>2.5", "0");
    }

    @Test
    void quarantinesExactlyTheRowsWhoseIdentityOrResultIsBroken() {
        CsvFixture csv = CsvFixture.modern()
                .add(row("12/08/2023", "Arsenal", "Chelsea", 2, 1))                                     // line 2 ok
                .add(row("32/13/2023", "Everton", "Fulham", 0, 0))                                      // 3 bad date
                .add(row("13/08/2023", "Brentford", "Burnley", 1, 1).replace(",2.1,3.4,3.6,2.15", ",0.9,3.4,3.6,2.15")) // 4
                .add(row("13/08/2023", "Luton", "Wolves", 1, 1).replace(",2.1,3.4,3.6,2.15", ",abc,3.4,3.6,2.15"))      // 5
                .add(row("14/08/2023", "Spurs", "Tottenham", 1, 0))                                     // 6 same team
                .add(row("14/08/2023", "Leeds", "Hull", 2, 1).replace(",2,1,H,", ",2,1,A,"))            // 7 contradicts
                .add(row("12/08/2023", "Arsenal", "Chelsea", 2, 1))                                     // 8 duplicate
                .add(row("15/08/2023", "Bournemouth", "West Ham", 1, 0).replace(",1,0,H,", ",-1,0,H,")) // 9 negative
                .add(row("15/08/2023", "Newcastle", "Aston Villa", 1, 0).replace(",1,0,H,", ",1,0,X,")) // 10 result code
                .add(row("16/08/2023", "Brighton", "Luton", 3, 0))                                      // 11 ok
                .add(row("16/08/2023", "Everton", "", 3, 0));                                           // 12 no away team
        ParsedFile file = read(csv);
        // A bad price does not cost the match: lines 4 and 5 are stored with a field issue each.
        assertThat(file.matches()).extracting(ParsedMatch::line).containsExactly(2, 4, 5, 11);
        assertThat(file.rejected()).extracting(RejectedRow::line).containsExactly(3, 6, 7, 8, 9, 10, 12);
        assertThat(file.rejected()).extracting(RejectedRow::reason).containsExactly(
                "bad date '32/13/2023'",
                "same team at home and away: Tottenham",
                "full-time result A contradicts the score 2-1",
                "duplicate fixture Arsenal v Chelsea on 2023-08-12 (first at line 2)",
                "negative FTHG -1",
                "full-time unknown result code 'X' (expected H, D or A)",
                "missing away team");
        assertThat(file.rejected().get(0).rawLine()).startsWith("E0,32/13/2023,15:00,Everton,Fulham");
        assertThat(file.matches().get(1).issues()).containsExactly(new FieldIssue("B365H", "0.9", "a price must be above 1.0"));
        assertThat(file.matches().get(2).issues()).containsExactly(new FieldIssue("B365H", "abc", "non-numeric price"));
        assertThat(file.matches().get(0).issues()).isEmpty();
    }

    @Test
    void aBadPriceIsStoredAsAbsentAndTheRestOfTheRowIsKept() {
        ParsedMatch parsed = read(CsvFixture.modern()
                .add(row("13/08/2023", "Brentford", "Burnley", 1, 1).replace(",2.1,3.4,3.6,2.15", ",0.9,3.4,3.6,2.15")))
                .matches().get(0);
        Match m = parsed.match();
        // B365's pre-closing triple is incomplete, so there is no B365 pre-closing 1X2 price; everything else stays.
        assertThat(m.odds().opening("B365")).isEmpty();
        assertThat(m.odds().closing("B365")).contains(new OutcomePrices(2.05, 3.3, 3.7));
        assertThat(m.odds().averageOpening()).contains(new OutcomePrices(2.1, 3.4, 3.6));
        assertThat(m.fullTime()).isEqualTo(new Score(1, 1));
        assertThat(m.stats().homeShots()).isEqualTo(10);
    }

    @Test
    void badAuxiliaryValuesBecomeFieldIssuesNotQuarantine() {
        String base = row("14/04/2024", "Arsenal", "Chelsea", 2, 1);
        String[] f = base.split(",", -1);
        f[2] = "25:99";       // kick-off time
        f[8] = "3";           // half-time 3-0 exceeds the full-time 2-1
        f[8 + 2] = "H";
        f[20] = "1.2";        // HY: the mirror's I1 2006-07 Cagliari v Empoli
        f[13] = "x";          // AS
        f[38] = "-0.25x";     // AHh
        f[37] = "0.277";      // B365<2.5: like the mirror's SP1 2013-14 BbAv<2.5
        ParsedFile file = read(CsvFixture.modern().add(String.join(",", f)));
        assertThat(file.rejected()).isEmpty();
        ParsedMatch parsed = file.matches().get(0);
        Match m = parsed.match();
        assertThat(m.kickoff()).isNull();
        assertThat(m.halfTime()).isNull();
        assertThat(m.stats().homeYellow()).isNull();
        assertThat(m.stats().awayYellow()).isEqualTo(2);
        assertThat(m.stats().awayShots()).isNull();
        assertThat(m.odds().totals()).containsExactly(new TotalGoalsPrices("B365", false, 2.5, 1.9, null));
        assertThat(m.odds().asianHandicaps()).containsExactly(new AsianHandicapPrices("B365", false, null, 1.95, 1.95));
        assertThat(m.fullTime()).isEqualTo(new Score(2, 1));
        assertThat(parsed.issues()).extracting(FieldIssue::column, FieldIssue::rawValue).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Time", "25:99"),
                org.assertj.core.groups.Tuple.tuple("HTHG,HTAG,HTR", "3,0,H"),
                org.assertj.core.groups.Tuple.tuple("HY", "1.2"),
                org.assertj.core.groups.Tuple.tuple("AS", "x"),
                org.assertj.core.groups.Tuple.tuple("AHh", "-0.25x"),
                org.assertj.core.groups.Tuple.tuple("B365<2.5", "0.277"));
        assertThat(parsed.issues()).filteredOn(i -> i.column().equals("HY")).singleElement()
                .extracting(FieldIssue::reason).isEqualTo("not a whole number: HY '1.2'");
        assertThat(parsed.issues()).filteredOn(i -> i.column().startsWith("HTHG")).singleElement()
                .extracting(FieldIssue::reason).isEqualTo("half-time score 3-0 exceeds the full-time score 2-1");
    }

    @Test
    void quarantinesRowsOfAnotherDivisionOrOutsideTheSeason() {
        ParsedFile file = read(CsvFixture.modern()
                .add(row("12/08/2023", "Arsenal", "Chelsea", 2, 1).replaceFirst("E0", "E1"))
                .add(row("12/08/2019", "Arsenal", "Everton", 2, 1)));
        assertThat(file.rejected()).extracting(RejectedRow::reason)
                .containsExactly("division 'E1' in a file of E0", "date 2019-08-12 is outside season 2023-24");
    }

    @Test
    void rejectsAnHtmlErrorPageAsAWholeFile() {
        SourceFile html = CsvFixture.source(Division.of("E0"), Season.parse("2023-24"),
                "<!DOCTYPE html><html><body>503 Service Unavailable</body></html>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(html)).isInstanceOf(SourceException.class)
                .hasMessageContaining("/2324/E0.csv").hasMessageContaining("HTML page");
    }

    @Test
    void rejectsAnEmptyFile() {
        SourceFile empty = CsvFixture.source(Division.of("E0"), Season.parse("2023-24"), new byte[0]);
        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(SourceException.class).hasMessageEndingWith("is empty");
    }

    @Test
    void rejectsATruncatedFile() {
        String full = CsvFixture.modern().add(row("12/08/2023", "Arsenal", "Chelsea", 2, 1))
                .add(row("13/08/2023", "Everton", "Fulham", 0, 0)).text();
        String cut = full.substring(0, full.length() - 40);
        SourceFile truncated = CsvFixture.source(Division.of("E0"), Season.parse("2023-24"), cut.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(truncated)).isInstanceOf(SourceException.class).hasMessageContaining("truncated");
    }

    @Test
    void rejectsAFileThatIsNotFootballData() {
        SourceFile other = CsvFixture.source(Division.of("E0"), Season.parse("2023-24"),
                "name,score\nfoo,1\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(other)).isInstanceOf(SourceException.class)
                .hasMessageContaining("not a football-data CSV: no column Div, Date, HomeTeam, AwayTeam, FTHG, FTAG, FTR");
    }

    @Test
    void readsWindows1252Files() {
        String header = "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR";
        byte[] latin = (header + "\r\nSP1,12/08/2023,Alavés,Cádiz,1,0,H\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ParsedFile file = reader.read(CsvFixture.source(Division.of("SP1"), Season.parse("2023-24"), latin));
        assertThat(file.matches().get(0).match().home().name()).isEqualTo("Alavés");
    }
}
