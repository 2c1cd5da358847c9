package io.matchday.reports;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The one template engine of every page and report: jte, its templates ({@code src/main/jte})
 * compiled to Java with the build, so a template that does not type-check fails the build, and
 * rendering needs no reflection. Every template takes one record: what it shows, typed.
 */
public final class Templates {

    private final TemplateEngine engine;

    private Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The templates compiled into the jar. */
    public static Templates precompiled() {
        return new Templates(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    /** Renders {@code name} (e.g. {@code pages/overview.jte}), a template of one parameter, with {@code view}. */
    public String render(String name, Object view) {
        StringOutput out = new StringOutput(16 * 1024);
        engine.render(name, view, out);
        return out.toString();
    }
}
