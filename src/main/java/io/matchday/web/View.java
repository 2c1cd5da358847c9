package io.matchday.web;

/**
 * What a console template shows, as one typed record: every page's record carries the layout's {@link Page} and
 * names its template, whose single parameter it is. A template that reads a component the record lacks does not
 * compile; there are no string keys to get wrong.
 */
public interface View {

    /** The template that renders this record, e.g. {@code pages/overview.jte}. */
    String template();
}
