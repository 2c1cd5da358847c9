package io.matchday.web.models;

import io.matchday.serving.RegistryViews.Card;
import io.matchday.web.Notice;
import io.matchday.web.Page;
import io.matchday.web.PageView;

/** A version's card, with what the last action on it did ({@code notice}, null when nothing). */
public record CardPage(Page page, Card card, Notice notice) implements PageView {

    @Override
    public String template() {
        return "pages/card.jte";
    }
}
