package io.matchday.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.matchday.data.Match;
import io.matchday.testsupport.SyntheticMatches;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ModelCacheTest {

    private static final List<Match> LEAGUE = SyntheticMatches.league(10, 1, 1);
    private static final TrainingData DATA = new TrainingData(LEAGUE, LEAGUE.get(LEAGUE.size() - 1).date().plusDays(1));

    @Test
    void trainsEachWindowOnceEvenWhenAskedFromSeveralThreads() throws Exception {
        AtomicInteger fits = new AtomicInteger();
        Trainer counting = counting(fits);
        ModelCache cache = new ModelCache();
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Model>> models = pool.invokeAll(java.util.Collections.nCopies(8, () -> cache.train(counting, DATA)));
            Model first = models.get(0).get();
            for (Future<Model> m : models) {
                assertThat(m.get()).isSameAs(first);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(fits).hasValue(1);
        cache.train(counting, TrainingData.before(LEAGUE, LEAGUE.get(50).date()));
        assertThat(fits).hasValue(2);
    }

    @Test
    void forecastsEachPastMatchOnceFromTheWindowBeforeItsMonth() {
        AtomicInteger fits = new AtomicInteger();
        Trainer counting = counting(fits);
        ModelCache cache = new ModelCache();
        Match match = LEAGUE.get(60);
        java.time.LocalDate start = match.date().withDayOfMonth(1);
        var first = cache.holdout(counting, DATA.matches(), start, match, match.fixture());
        var again = cache.holdout(counting, DATA.matches(), start, match, match.fixture());
        assertThat(again).isSameAs(first);
        assertThat(fits).hasValue(1);
        Model direct = counting.train(TrainingData.before(LEAGUE, start));
        assertThat(first.orElseThrow()).containsExactly(direct.forecast(match.fixture()).probabilities());
        // A window that ends elsewhere is another model; one that holds the match is refused.
        cache.holdout(counting, DATA.matches(), start.minusMonths(1), match, match.fixture());
        assertThat(fits).hasValue(3);
        assertThatThrownBy(() -> cache.holdout(counting, DATA.matches(), match.date().plusDays(1), match, match.fixture()))
                .hasMessageContaining("not be out of sample");
    }

    @Test
    void refusesATrainerThatWaitsForItsOwnFit() {
        ModelCache cache = new ModelCache();
        Trainer inner = cache.caching(counting(new AtomicInteger()));
        Trainer recursive = new Trainer() {
            @Override
            public boolean readsClosingPrices() {
                return false;
            }

            @Override
            public String name() {
                return inner.name();
            }

            @Override
            public boolean usesPrices() {
                return false;
            }

            @Override
            public Model train(TrainingData data) {
                return inner.train(data);
            }
        };
        assertThatThrownBy(() -> cache.train(recursive, DATA)).hasMessageContaining("recursive training of climatology");
    }

    private static Trainer counting(AtomicInteger fits) {
        Trainer climatology = new ClimatologyTrainer(100);
        return new Trainer() {
            @Override
            public boolean readsClosingPrices() {
                return false;
            }

            @Override
            public String name() {
                return climatology.name();
            }

            @Override
            public boolean usesPrices() {
                return false;
            }

            @Override
            public Model train(TrainingData data) {
                fits.incrementAndGet();
                return climatology.train(data);
            }
        };
    }
}
