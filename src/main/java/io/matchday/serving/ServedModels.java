package io.matchday.serving;

import io.matchday.models.Model;
import io.matchday.registry.ModelRegistry;
import io.matchday.registry.ModelTraining;
import io.matchday.registry.ModelVersion;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model versions this node serves. Every champion is loaded at start-up; a watcher polls the
 * registry's aliases and, when a champion moves (by this node, the CLI or another node), loads
 * the new version beside the old one and swaps the reference — requests in flight finish on the
 * version they started with, none fails, and no restart is needed.
 */
final class ServedModels implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServedModels.class);
    private static final int PINNED_VERSIONS = 16;

    /** Forecasts a served version keeps, per fixture (teams, date, prices): a few days' traffic asks for few fixtures. */
    static final int CACHED_FORECASTS = 20_000;

    /**
     * A loaded version, the counter of the forecasts it made, and its forecasts by fixture: a model is immutable and
     * deterministic, so a fixture asked for again gets the same forecast without the model's work (an ensemble's is
     * tens of microseconds).
     */
    record Served(ModelVersion version, Model model, Counter forecasts,
                  com.github.benmanes.caffeine.cache.Cache<io.matchday.data.Fixture, io.matchday.models.Forecast> cache,
                  io.matchday.models.ForecastBands bands,
                  com.github.benmanes.caffeine.cache.Cache<io.matchday.data.Fixture, Optional<io.matchday.models.ForecastBands.Spread>> spreads) {
        Served(ModelVersion version, Model model, Counter forecasts) {
            this(version, model, forecasts, com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(CACHED_FORECASTS).build(),
                    new io.matchday.models.ForecastBands(model),
                    com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(CACHED_FORECASTS).build());
        }

        String name() {
            return version.model();
        }

        io.matchday.models.Forecast forecast(io.matchday.data.Fixture fixture) {
            return cache.get(fixture, model::forecast);
        }

        /**
         * The band of a fixture's forecast: its drawn models' forecasts (hundreds) are made once per fixture and kept,
         * and a band of any level is read from them.
         */
        Optional<io.matchday.models.ForecastBand> band(io.matchday.data.Fixture fixture, double level) {
            return spreads.get(fixture, bands::spread).map(s -> s.band(level));
        }
    }

    private final ModelRegistry registry;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Duration refreshInterval;
    private final TeamDirectory teams;
    private final Map<String, Served> champions = new ConcurrentHashMap<>();
    /** A version loaded on a worker thread, or why it could not be. */
    private record Loaded(Served served, RuntimeException failure) {
        static Loaded of(java.util.function.Supplier<Served> load) {
            try {
                return new Loaded(load.get(), null);
            } catch (RuntimeException e) {
                return new Loaded(null, e);
            }
        }
    }

    /** Each model's challengers, loaded like its champion; replaced whole at each refresh. */
    private volatile Map<String, List<Served>> challengers = Map.of();
    private final Map<String, Served> pinned = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Served> eldest) {
            return size() > PINNED_VERSIONS;
        }
    });
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "champion-watch");
        t.setDaemon(true);
        return t;
    });
    private volatile Instant lastContact;
    private volatile String lastError;

    /** @param refreshInterval how often the registry is polled for champion moves */
    ServedModels(ModelRegistry registry, MeterRegistry meters, Clock clock, Duration refreshInterval, TeamDirectory teams) {
        this.registry = registry;
        this.meters = meters;
        this.clock = clock;
        this.refreshInterval = refreshInterval;
        this.teams = teams;
    }

    /** Loads every champion, then watches the registry for moves. */
    void start() {
        refresh();
        long every = refreshInterval.toMillis();
        watcher.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Loads any champion that moved since the last look; a version that fails to load leaves the old one serving.
     * Versions load in parallel: at start every division's champions load at once, and an ensemble takes a while.
     */
    synchronized void refresh() {
        Map<String, Integer> wanted = registry.champions();
        lastContact = clock.instant();
        lastError = null;
        List<Map.Entry<String, Integer>> moved = wanted.entrySet().stream().filter(e -> {
            Served current = champions.get(e.getKey());
            return current == null || current.version().version() != e.getValue();
        }).toList();
        Map<String, Loaded> loaded = new ConcurrentHashMap<>();
        moved.parallelStream().forEach(e -> loaded.put(e.getKey(), Loaded.of(() -> load(registry.version(e.getKey(), e.getValue())))));
        for (Map.Entry<String, Integer> e : moved) {
            String name = e.getKey();
            int version = e.getValue();
            Served current = champions.get(name);
            Loaded result = loaded.get(name);
            if (result.served() != null) {
                champions.put(name, result.served());
                if (current == null) {
                    LOG.info("serving {} version {} ({})", name, version, result.served().version().trainer());
                } else {
                    LOG.warn("champion of {} moved: now serving version {} (was {})", name, version, current.version().version());
                }
            } else {
                lastError = "cannot load " + name + " version " + version + ": " + result.failure().getMessage();
                LOG.error(lastError, result.failure());
            }
        }
        refreshChallengers();
        teams.refreshIfStale();
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database may be down: keep serving what is loaded and try again next time.
            lastError = "registry unreachable: " + e.getMessage();
            LOG.warn(lastError);
        }
    }

    Optional<Served> champion(String name) {
        return Optional.ofNullable(champions.get(name));
    }

    /** Who forecasts for a division: with prices, its priced champion when there is one; else its price-free champion. */
    Optional<Served> championFor(io.matchday.data.Division division, boolean withPrices) {
        Optional<Served> priced = withPrices ? champion(ModelTraining.pricedModelName(division)) : Optional.empty();
        return priced.or(() -> champion(ModelTraining.defaultModelName(division)));
    }

    /** A specific version, loaded on first use (a few are kept). */
    Served version(String name, int version) {
        Served champion = champions.get(name);
        if (champion != null && champion.version().version() == version) {
            return champion;
        }
        String key = name + "@" + version;
        Served served = pinned.get(key);
        if (served == null) {
            served = load(registry.version(name, version));
            pinned.put(key, served);
        }
        return served;
    }

    /** Loads the registry's challengers, keeping those already loaded; one that fails to load is left out. */
    private void refreshChallengers() {
        Map<String, List<Integer>> wanted = registry.allChallengers();
        Map<String, List<Served>> current = challengers;
        Map<String, List<Served>> next = new java.util.TreeMap<>();
        wanted.forEach((name, versions) -> {
            List<Served> loaded = new java.util.ArrayList<>();
            for (int version : versions) {
                Optional<Served> known = current.getOrDefault(name, List.of()).stream()
                        .filter(c -> c.version().version() == version).findFirst();
                try {
                    loaded.add(known.orElseGet(() -> load(registry.version(name, version))));
                } catch (RuntimeException e) {
                    lastError = "cannot load challenger " + name + " version " + version + ": " + e.getMessage();
                    LOG.error(lastError, e);
                }
            }
            next.put(name, List.copyOf(loaded));
        });
        challengers = java.util.Collections.unmodifiableMap(next);
    }

    /** The challengers shadowing {@code name}'s champion on this node. */
    List<Served> challengers(String name) {
        return challengers.getOrDefault(name, List.of());
    }

    List<Served> champions() {
        return champions.values().stream().sorted(java.util.Comparator.comparing(Served::name)).toList();
    }

    Optional<Instant> lastContact() {
        return Optional.ofNullable(lastContact);
    }

    Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** True when the registry answered within the last three refresh intervals. */
    boolean databaseReachable() {
        Instant last = lastContact;
        return last != null && last.plus(refreshInterval.multipliedBy(3)).isAfter(clock.instant());
    }

    private Served load(ModelVersion version) {
        Model model = registry.load(version);
        Counter counter = Counter.builder("matchday.forecasts").description("Forecasts served")
                .tag("model", version.model()).tag("version", String.valueOf(version.version())).register(meters);
        return new Served(version, model, counter);
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }
}
