package io.matchday.web.models;

import io.matchday.serving.RegistryViews.ModelView;
import io.matchday.web.Page;
import io.matchday.web.PageView;
import java.util.List;

/** The registry: every model with its versions, gate decisions and alias audit. */
public record ModelsPage(Page page, List<ModelView> models) implements PageView {

    @Override
    public String template() {
        return "pages/models.jte";
    }
}
