package io.matchday.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the console ({@code matchday.console.*}).
 *
 * @param readKeyRequired whether reading pages needs a signed-in session too (actions always do)
 */
@ConfigurationProperties(prefix = "matchday.console")
record ConsoleProperties(@DefaultValue("false") boolean readKeyRequired) {
}
