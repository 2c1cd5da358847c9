package io.matchday.api;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Readiness: a node is ready when it has a champion loaded to serve. */
@Component("championsHealthIndicator")
class ChampionsHealthIndicator implements HealthIndicator {

    private final ServedModels served;

    ChampionsHealthIndicator(ServedModels served) {
        this.served = served;
    }

    @Override
    public Health health() {
        var champions = served.champions();
        Health.Builder health = champions.isEmpty() ? Health.outOfService().withDetail("reason", "no champion registered")
                : Health.up();
        champions.forEach(c -> health.withDetail(c.name(), c.version().version()));
        return health.build();
    }
}
