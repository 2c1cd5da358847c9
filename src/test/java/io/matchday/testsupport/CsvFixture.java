package io.matchday.testsupport;

import io.matchday.data.Division;
import io.matchday.data.Season;
import io.matchday.data.SourceFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds small football-data CSV files in memory: a header in the modern (2019-20+) layout and
 * rows named by what they contain, so a test reads as the case it checks.
 */
public final class CsvFixture {

    public static final String MODERN_HEADER = "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HTHG,HTAG,HTR,Referee,"
            + "HS,AS,HST,AST,HF,AF,HC,AC,HY,AY,HR,AR,B365H,B365D,B365A,PSH,PSD,PSA,MaxH,MaxD,MaxA,AvgH,AvgD,AvgA,"
            + "B365>2.5,B365<2.5,AHh,B365AHH,B365AHA,B365CH,B365CD,B365CA,AvgCH,AvgCD,AvgCA";

    private final List<String> lines = new ArrayList<>();
    private String lineEnd = "\r\n";
    private boolean bom;

    private CsvFixture(String header) {
        lines.add(header);
    }

    public static CsvFixture modern() {
        return new CsvFixture(MODERN_HEADER);
    }

    public static CsvFixture withHeader(String header) {
        return new CsvFixture(header);
    }

    /** A valid modern row: {@code date} as dd/mm/yyyy, goals and result consistent. */
    public static String row(String date, String home, String away, int hg, int ag) {
        String result = hg > ag ? "H" : hg == ag ? "D" : "A";
        return String.join(",", "E0", date, "15:00", home, away, "" + hg, "" + ag, result, "0", "0", "D", "A Ref",
                "10", "8", "4", "3", "11", "12", "5", "4", "1", "2", "0", "0",
                "2.1", "3.4", "3.6", "2.15", "3.45", "3.7", "2.2", "3.5", "3.8", "2.1", "3.4", "3.6",
                "1.9", "1.95", "-0.25", "1.95", "1.95", "2.05", "3.3", "3.7", "2.02", "3.35", "3.65");
    }

    public CsvFixture add(String line) {
        lines.add(line);
        return this;
    }

    public CsvFixture lf() {
        lineEnd = "\n";
        return this;
    }

    public CsvFixture bom() {
        bom = true;
        return this;
    }

    public String text() {
        return (bom ? "\uFEFF" : "") + String.join(lineEnd, lines) + lineEnd;
    }

    public SourceFile source(String division, String season) {
        return source(Division.of(division), Season.parse(season), text().getBytes(StandardCharsets.UTF_8));
    }

    public static SourceFile source(Division division, Season season, byte[] content) {
        URI uri = URI.create("file:/fixture/" + season.code() + "/" + division + ".csv");
        try {
            String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
            return new SourceFile(uri, division, season, content, sha);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
