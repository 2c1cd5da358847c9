package io.matchday.web.ledger;

import io.matchday.serving.LedgerViews;
import io.matchday.web.Page;
import io.matchday.web.PageView;
import java.util.List;

/** One page of served forecasts that pass the filter, settled ones with their result and RPS; the models to filter by. */
public record LedgerPage(Page page, LedgerFilter filter, LedgerViews.Ledger ledger,
                         List<String> models) implements PageView {

    @Override
    public String template() {
        return "pages/ledger.jte";
    }
}
