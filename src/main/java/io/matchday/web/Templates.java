package io.matchday.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one template engine of every page and report: jte, compiled with the build (type-checked,
 * no reflection at render time). A templates directory, when given, is compiled on the fly
 * instead, so a page under work shows its edits on the next request.
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

    /** Templates compiled from {@code sources} as they change (development). */
    public static Templates from(Path sources) {
        return new Templates(TemplateEngine.create(new DirectoryCodeResolver(sources), Path.of("target", "jte-dev-classes"),
                ContentType.Html, Templates.class.getClassLoader()));
    }

    /** Renders {@code name} (e.g. {@code pages/overview.jte}) with its parameters. */
    public String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput(16 * 1024);
        engine.render(name, params, out);
        return out.toString();
    }
}
