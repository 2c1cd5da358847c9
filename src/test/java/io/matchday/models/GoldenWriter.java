package io.matchday.models;

import io.matchday.testsupport.SyntheticMatches;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the golden artifact once: run by hand when the format version changes. */
final class GoldenWriter {
    public static void main(String[] args) throws Exception {
        List<io.matchday.data.Match> league = SyntheticMatches.league(8, 1, 2);
        TrainingData data = new TrainingData(league, league.get(league.size() - 1).date().plusDays(1));
        Files.write(Path.of(args[0]), new ModelCodec().encode(ModelZoo.trainer("dixon-coles").train(data)));
    }
}
