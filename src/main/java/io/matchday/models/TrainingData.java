package io.matchday.models;

import io.matchday.MatchdayException;
import io.matchday.data.Match;
import io.matchday.features.FeatureBuilder;
import io.matchday.features.FeatureConfig;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A training window: the matches a trainer may learn from, all played strictly before
 * {@code cutoff}. The constructor enforces it, so no model can see a result from its own future.
 * Immutable; its fingerprint is computed once, on first use, since every model trained on the
 * window records it, and so is its feature replay per feature configuration, since every
 * feature model trained on the window replays it the same way.
 */
public final class TrainingData {

    private final List<Match> matches;
    private final LocalDate cutoff;
    private volatile String fingerprint;
    /** Soft, so a backtest holding a window per week lets old replays go when memory is short. */
    private final Map<FeatureConfig, SoftReference<FeatureBuilder.Replay>> replays = new ConcurrentHashMap<>();

    public TrainingData(List<Match> matches, LocalDate cutoff) {
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
        this.matches = List.copyOf(sorted);
        this.cutoff = cutoff;
    }

    /** Everything in {@code history} before {@code cutoff}. */
    public static TrainingData before(List<Match> history, LocalDate cutoff) {
        return new TrainingData(history.stream().filter(m -> m.date().isBefore(cutoff)).toList(), cutoff);
    }

    public List<Match> matches() {
        return matches;
    }

    public LocalDate cutoff() {
        return cutoff;
    }

    /** Every match of {@code history}: the window of a model trained on everything stored. */
    public static TrainingData all(List<Match> history) {
        if (history.isEmpty()) {
            throw new MatchdayException("no matches to train on");
        }
        LocalDate last = history.stream().map(Match::date).max(LocalDate::compareTo).orElseThrow();
        return new TrainingData(history, last.plusDays(1));
    }

    public LocalDate firstDate() {
        return matches.get(0).date();
    }

    public LocalDate lastDate() {
        return matches.get(matches.size() - 1).date();
    }

    /**
     * The window replayed in date order with {@code config}: each match's pre-match features and the
     * state after the last one. Replays are immutable, so models trained on the window share one.
     */
    public FeatureBuilder.Replay replay(FeatureConfig config) {
        // compute() holds the entry while replaying: models of one week trained on both threads at
        // once wait for the first replay instead of making a second.
        FeatureBuilder.Replay[] replay = new FeatureBuilder.Replay[1];
        replays.compute(config, (key, cached) -> {
            replay[0] = cached == null ? null : cached.get();
            if (replay[0] != null) {
                return cached;
            }
            replay[0] = new FeatureBuilder(config).replay(matches);
            return new SoftReference<>(replay[0]);
        });
        return replay[0];
    }

    /** SHA-256 over the training rows (date, teams, score, average prices) in canonical order. */
    public String fingerprint() {
        String value = fingerprint;
        if (value == null) {
            value = computeFingerprint();
            fingerprint = value;
        }
        return value;
    }

    private String computeFingerprint() {
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

    @Override
    public String toString() {
        return "TrainingData[" + matches.size() + " matches, " + firstDate() + " to " + lastDate() + ", cutoff " + cutoff + "]";
    }
}
