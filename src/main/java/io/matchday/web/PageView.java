package io.matchday.web;

/** A whole page: a {@link View} drawn inside the shared layout, which reads its {@link Page}. */
public interface PageView extends View {

    Page page();
}
