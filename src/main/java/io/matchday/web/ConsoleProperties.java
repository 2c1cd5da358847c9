package io.matchday.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the console ({@code matchday.console.*}).
 *
 * @param readKeyRequired whether reading pages needs a signed-in session too (actions always do)
 * @param templates       a directory of {@code .jte} sources to render from instead of the compiled templates,
 *                        re-read on change (for working on the pages; empty in production)
 */
@ConfigurationProperties(prefix = "matchday.console")
record ConsoleProperties(@DefaultValue("false") boolean readKeyRequired, @DefaultValue("") String templates) {
}
