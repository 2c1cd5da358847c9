package io.matchday.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.testsupport.ConsoleSession;
import io.matchday.testsupport.Http;
import io.matchday.testsupport.ServedLeague;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's guard over HTTP: security headers on its pages and none of its machinery on the API;
 * actions need a session and a CSRF token; with the read-key setting, reading needs a session too.
 */
class ConsoleSecurityIntegrationTest {

    @TempDir
    Path home;

    @Test
    void pagesCarrySecurityHeadersActionsNeedASessionAndTheApiIsUntouched() throws Exception {
        try (ServedLeague league = ServedLeague.synthetic(home)) {
            ConsoleSession browser = new ConsoleSession(league.server.url());
            HttpResponse<String> overview = browser.get("/");
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
            String token = browser.token("/signin");
            HttpResponse<String> refused = browser.post("/jobs/monitor/run", "_csrf=" + token);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("Sign in").contains("/signin");

            // Signing in needs the token too; the key then opens the session, and the action goes through.
            assertThat(browser.post("/signin", "key=" + ServedLeague.API_KEY).statusCode()).isEqualTo(403);
            HttpResponse<String> signedIn = browser.post("/signin", "_csrf=" + token + "&key="
                    + URLEncoder.encode(ServedLeague.API_KEY, StandardCharsets.UTF_8) + "&next=/jobs");
            assertThat(signedIn.statusCode()).isEqualTo(303);
            assertThat(signedIn.headers().firstValue("Location")).contains("/jobs");
            assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=")
                    .contains("HttpOnly").contains("SameSite=Strict"));
            String fresh = browser.token("/jobs");
            assertThat(browser.post("/jobs/monitor/run", "_csrf=" + token).statusCode())
                    .as("the token from before signing in is spent").isEqualTo(403);
            HttpResponse<String> run = browser.post("/jobs/monitor/run", "_csrf=" + fresh);
            assertThat(run.statusCode()).isEqualTo(303);
            assertThat(run.headers().firstValue("Location").orElseThrow()).startsWith("/jobs?notice=");
        }
    }

    @Test
    void withTheReadKeySettingEveryPageNeedsASession() throws Exception {
        try (ServedLeague league = ServedLeague.synthetic(home, ServedLeague.h2(home),
                Map.of("matchday.console.read-key-required", "true"))) {
            ConsoleSession browser = new ConsoleSession(league.server.url());
            HttpResponse<String> refused = browser.get("/models");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("Sign in");
            assertThat(league.http.get("/api/v1/health").status()).as("the API is not the console").isEqualTo(200);
            String token = browser.token("/signin");
            assertThat(browser.post("/signin", "_csrf=" + token + "&key=" + ServedLeague.API_KEY).statusCode()).isEqualTo(303);
            HttpResponse<String> models = browser.get("/models");
            assertThat(models.statusCode()).isEqualTo(200);
            assertThat(models.body()).contains("e0-outcome").doesNotContain(ServedLeague.API_KEY);
        }
    }
}
