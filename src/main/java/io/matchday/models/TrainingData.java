package io.matchday.models;

import io.matchday.MatchdayException;
import io.matchday.data.Match;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A training window: the matches a trainer may learn from, all played strictly before
 * {@code cutoff}. The constructor enforces it, so no model can see a result from its own future.
 */
public record TrainingData(List<Match> matches, LocalDate cutoff) {

    public TrainingData {
        List<Match> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparing(Match::date).thenComparing(m -> m.home().name()));
        for (Match m : sorted) {
            if (!m.date().isBefore(cutoff)) {
                throw new MatchdayException("training match " + m.key() + " is not before the cutoff " + cutoff);
            }
        }
        if (sorted.isEmpty()) {
            throw new MatchdayException("no matches to train on before " + cutoff);
        }
        matches = List.copyOf(sorted);
    }

    /** Everything in {@code history} before {@code cutoff}. */
    public static TrainingData before(List<Match> history, LocalDate cutoff) {
        return new TrainingData(history.stream().filter(m -> m.date().isBefore(cutoff)).toList(), cutoff);
    }

    public LocalDate firstDate() {
        return matches.get(0).date();
    }

    public LocalDate lastDate() {
        return matches.get(matches.size() - 1).date();
    }

    /** SHA-256 over the training rows (date, teams, score, average prices) in canonical order. */
    public String fingerprint() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Match m : matches) {
            String row = m.division() + "|" + m.date() + "|" + m.home() + "|" + m.away() + "|" + m.fullTime()
                    + "|" + m.odds().averageOpening().map(Object::toString).orElse("")
                    + "|" + m.odds().averageClosing().map(Object::toString).orElse("") + "\n";
            digest.update(row.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
