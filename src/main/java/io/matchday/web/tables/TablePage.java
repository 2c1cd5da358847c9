package io.matchday.web.tables;

import io.matchday.simulation.ProjectionStore;
import io.matchday.web.Page;
import io.matchday.web.PageView;
import java.util.List;

/**
 * A division's projected final table with its position heat map; {@code stored} is null when the division has no
 * projection yet.
 */
public record TablePage(Page page, List<String> divisions, String division, ProjectionStore.Stored stored) implements PageView {

    @Override
    public String template() {
        return "pages/table.jte";
    }
}
