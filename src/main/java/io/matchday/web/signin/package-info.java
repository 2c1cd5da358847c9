/** Signing in to the console with an admin key (the session carries it; the key is never stored or shown) and out. */
package io.matchday.web.signin;
