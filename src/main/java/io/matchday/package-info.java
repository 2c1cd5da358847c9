/**
 * Matchday: football match forecasts and the machine-learning life cycle around them.
 *
 * <p>The root package holds only what every capability shares: the settings and the error
 * root. Capabilities live in sub-packages and depend inward: {@code cli}/{@code api}/{@code jobs}
 * → {@code registry} → {@code models} → {@code features} → {@code data}.
 */
package io.matchday;
