package io.matchday.http;

import io.matchday.serving.Catalog;
import io.matchday.serving.CatalogViews;
import java.util.List;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Readiness: a node is ready when it has a champion loaded to serve. */
@Component("championsHealthIndicator")
class ChampionsHealthIndicator implements HealthIndicator {

    private final Catalog catalog;

    ChampionsHealthIndicator(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Health health() {
        List<CatalogViews.ServedModel> champions = catalog.health().models();
        Health.Builder health = champions.isEmpty() ? Health.outOfService().withDetail("reason", "no champion registered")
                : Health.up();
        champions.forEach(c -> health.withDetail(c.name(), c.version()));
        return health.build();
    }
}
