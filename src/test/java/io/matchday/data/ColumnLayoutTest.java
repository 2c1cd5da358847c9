package io.matchday.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ColumnLayoutTest {

    private static ColumnLayout layout(String header) {
        return ColumnLayout.of(Arrays.asList(header.split(",", -1)));
    }

    @Test
    void tellsBetfredFromBetfair() {
        ColumnLayout l = layout("Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR,BFDH,BFDD,BFDA,BFH,BFD,BFA,BFDCH,BFDCD,BFDCA,BFCH,BFCD,BFCA");
        assertThat(l.triples).extracting(t -> t.bookmaker() + (t.closing() ? "/closing" : ""))
                .containsExactlyInAnyOrder("BFD", "BF", "BFD/closing", "BF/closing");
        ColumnLayout.Triple betfair = l.triples.stream().filter(t -> t.bookmaker().equals("BF") && !t.closing())
                .findFirst().orElseThrow();
        assertThat(l.names.get(betfair.draw())).isEqualTo("BFD");
    }

    @Test
    void readsPinnacleShortFormsAsPinnacle() {
        ColumnLayout l = layout("Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR,PSH,PSD,PSA,P>2.5,P<2.5,PC>2.5,PC<2.5,AHh,PAHH,PAHA");
        assertThat(l.triples).extracting(ColumnLayout.Triple::bookmaker).containsExactly("PS");
        assertThat(l.totals).extracting(ColumnLayout.Totals::bookmaker).containsOnly("PS");
        assertThat(l.asians).singleElement().satisfies(a -> assertThat(l.names.get(a.line())).isEqualTo("AHh"));
    }

    @Test
    void usesBetbrainsOwnHandicapLineForBetbrainPrices() {
        ColumnLayout l = layout("Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR,BbAH,BbAHh,BbMxAHH,BbAvAHH,BbMxAHA,BbAvAHA");
        assertThat(l.asians).hasSize(2).allSatisfy(a -> assertThat(l.names.get(a.line())).isEqualTo("BbAHh"));
        assertThat(l.extras).extracting(l.names::get).containsExactly("BbAH");
    }

    @Test
    void acceptsTheNewLeaguesNamesForGoalsAndResult() {
        ColumnLayout l = layout("Country,League,Season,Date,Time,Home,Away,HG,AG,Res,PSCH,PSCD,PSCA,Div");
        assertThat(l.missingRequired()).isEmpty();
        assertThat(l.extras).extracting(l.names::get).containsExactly("Country", "League", "Season");
    }

    @Test
    void keepsUnrecognisedColumnsAsExtrasAndIgnoresEmptyHeaderCells() {
        ColumnLayout l = layout("Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR,Attendance,HHW,B365H,,,");
        assertThat(l.extras).extracting(l.names::get).containsExactly("Attendance", "HHW", "B365H");
        assertThat(l.triples).isEmpty();
    }

    @Test
    void namesTheRequiredColumnsAFileLacks() {
        assertThat(layout("Div,Date,HomeTeam,FTR").missingRequired()).containsExactly("AwayTeam", "FTHG", "FTAG");
    }
}
