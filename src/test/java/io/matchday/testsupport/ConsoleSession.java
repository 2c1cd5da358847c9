package io.matchday.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser on the console, without the browser: cookies kept between requests, pages asked for as HTML,
 * forms posted with the CSRF token a page carries.
 */
public final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;

    public ConsoleSession(String base) {
        this(base, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
    }

    private ConsoleSession(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /** The same browser (its cookies) pointed at another address: another node of the cluster. */
    public ConsoleSession at(String otherBase) {
        return new ConsoleSession(otherBase, client);
    }

    /** Whether the page at {@code path} is shown to a signed-in admin (it offers to sign out). */
    public boolean signedIn(String path) {
        return get(path).body().contains("action=\"/signout\"");
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts {@code form} (already encoded, {@code a=1&b=2}) as a browser submits a form. */
    public HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The CSRF token of the page at {@code path}, as its forms would send it. */
    public String token(String path) {
        return csrf(get(path).body());
    }

    /** Signs in with {@code key} through the sign-in form; the answer (303 when the key is right). */
    public HttpResponse<String> signIn(String key, String next) {
        return post("/signin", "_csrf=" + token("/signin") + "&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)
                + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }

    /** The CSRF token a page's forms carry. */
    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
