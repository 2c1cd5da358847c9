package io.matchday.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.api.Http;
import io.matchday.api.ServedLeague;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's guard over HTTP: security headers on its pages and none of its machinery on the API;
 * actions need a session and a CSRF token; with the read-key setting, reading needs a session too.
 */
class ConsoleSecurityIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path home;

    @Test
    void pagesCarrySecurityHeadersActionsNeedASessionAndTheApiIsUntouched() throws Exception {
        try (ServedLeague league = ServedLeague.synthetic(home, ServedLeague.h2(home), Map.of())) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> overview = get(browser, league, "/");
            assertThat(overview.statusCode()).isEqualTo(200);
            assertThat(overview.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(overview.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(overview.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

            // The API keeps its own key header: no session, no CSRF token, no console headers.
            Http.Reply health = league.http.get("/api/v1/health");
            assertThat(health.headers().firstValue("Content-Security-Policy")).isEmpty();
            assertThat(health.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(health.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(league.http.post("/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Brackenford\"}").status()).isEqualTo(200);
            assertThat(league.http.post("/api/v1/admin/models/e0-outcome/rollback", "{\"reason\":\"x\"}").status()).isEqualTo(401);

            // An action without a session is refused with the way to sign in, even with a valid token.
            String token = csrf(get(browser, league, "/signin").body());
            HttpResponse<String> refused = post(browser, league, "/jobs/monitor/run", "_csrf=" + token);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("Sign in").contains("/signin");

            // Signing in needs the token too; the key then opens the session, and the action goes through.
            assertThat(post(browser, league, "/signin", "key=" + ServedLeague.API_KEY).statusCode()).isEqualTo(403);
            HttpResponse<String> signedIn = post(browser, league, "/signin", "_csrf=" + token + "&key="
                    + URLEncoder.encode(ServedLeague.API_KEY, StandardCharsets.UTF_8) + "&next=/jobs");
            assertThat(signedIn.statusCode()).isEqualTo(303);
            assertThat(signedIn.headers().firstValue("Location")).contains("/jobs");
            assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("JSESSIONID")
                    .contains("HttpOnly").contains("SameSite=Strict"));
            String fresh = csrf(get(browser, league, "/jobs").body());
            assertThat(post(browser, league, "/jobs/monitor/run", "_csrf=" + token).statusCode())
                    .as("the token from before signing in is spent").isEqualTo(403);
            HttpResponse<String> run = post(browser, league, "/jobs/monitor/run", "_csrf=" + fresh);
            assertThat(run.statusCode()).isEqualTo(303);
            assertThat(run.headers().firstValue("Location").orElseThrow()).startsWith("/jobs?notice=");
            // A sign-in never sends the browser elsewhere.
            assertThat(SignInPages.safe("https://evil.example/")).isEqualTo("/");
            assertThat(SignInPages.safe("//evil.example/")).isEqualTo("/");
        }
    }

    @Test
    void withTheReadKeySettingEveryPageNeedsASession() throws Exception {
        try (ServedLeague league = ServedLeague.synthetic(home, ServedLeague.h2(home),
                Map.of("matchday.console.read-key-required", "true"))) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> refused = get(browser, league, "/models");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("Sign in");
            assertThat(league.http.get("/api/v1/health").status()).as("the API is not the console").isEqualTo(200);
            String token = csrf(get(browser, league, "/signin").body());
            assertThat(post(browser, league, "/signin", "_csrf=" + token + "&key=" + ServedLeague.API_KEY).statusCode()).isEqualTo(303);
            HttpResponse<String> models = get(browser, league, "/models");
            assertThat(models.statusCode()).isEqualTo(200);
            assertThat(models.body()).contains("e0-outcome").doesNotContain(ServedLeague.API_KEY);
        }
    }

    private static HttpResponse<String> get(HttpClient client, ServedLeague league, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(league.server.url() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, ServedLeague league, String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(league.server.url() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }
}
