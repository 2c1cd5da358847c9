package io.matchday.http;

import io.matchday.testsupport.ServedLeague;
import io.matchday.testsupport.ConsoleSession;
import io.matchday.testsupport.Http;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.matchday.MatchdaySettings.DatabaseSettings;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Guessing admin keys costs time: after five wrong keys in the window a client gets 429 with
 * Retry-After — even for the right key — until the window frees it, on the API and on the console's
 * sign-in alike. And no key, guess or database password ever reaches a log line.
 */
class AdminKeyThrottleIntegrationTest {

    private static final String PASSWORD = "db-pw-7Qx2";

    @TempDir
    Path home;

    @Test
    void wrongKeysAreThrottledAndNoSecretIsLogged() throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        DatabaseSettings database = new DatabaseSettings("jdbc:h2:file:" + home.resolve("db/matchday") + ";AUTO_SERVER=TRUE",
                "sa", PASSWORD);
        List<String> guesses = new ArrayList<>();
        try (ServedLeague league = ServedLeague.synthetic(home, database, Map.of("matchday.serve.key-throttle.failures", "5",
                "matchday.serve.key-throttle.window", "3s"))) {
            // Spring sets logging up as the service starts: listen from here, at INFO (the service's default is WARN).
            Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.setLevel(Level.INFO);
            root.addAppender(logs);
            List<Integer> statuses = new ArrayList<>();
            Http.Reply last = null;
            for (int i = 0; i < 40; i++) {
                String guess = "guess-" + i + "-zz";
                guesses.add(guess);
                last = league.http.post("/api/v1/admin/models/e0-outcome/rollback", "{\"reason\":\"x\"}", Map.of("X-API-Key", guess));
                statuses.add(last.status());
            }
            assertThat(statuses.subList(0, 5)).containsOnly(401);
            assertThat(statuses.subList(5, 40)).containsOnly(429);
            assertThat(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 3);
            assertThat(last.json().path("detail").asText()).contains("too many wrong keys");
            Http.Reply rightButThrottled = league.http.post("/api/v1/admin/models/e0-outcome/rollback", "{\"reason\":\"x\"}",
                    Map.of("X-API-Key", ServedLeague.API_KEY));
            assertThat(rightButThrottled.status()).isEqualTo(429);

            Thread.sleep(3200);
            // The window has passed: the right key works again (422: there is no earlier champion to roll back to).
            assertThat(league.http.post("/api/v1/admin/models/e0-outcome/rollback", "{\"reason\":\"x\"}",
                    Map.of("X-API-Key", ServedLeague.API_KEY)).status()).isEqualTo(422);

            // The console's sign-in counts the same way.
            ConsoleSession browser = new ConsoleSession(league.server.url());
            int status = 0;
            for (int i = 0; i < 6; i++) {
                guesses.add("console-guess-" + i);
                HttpResponse<String> answer = browser.signIn("console-guess-" + i, null);
                status = answer.statusCode();
                if (status == 429) {
                    assertThat(answer.body()).contains("Too many wrong keys");
                    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                }
            }
            assertThat(status).isEqualTo(429);
        } finally {
            Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.detachAppender(logs);
            root.setLevel(Level.WARN);
        }
        List<String> lines = logs.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage())).toList();
        assertThat(lines).as("the refused sign-ins are logged, by address").anyMatch(l -> l.contains("console sign-in refused"));
        assertThat(lines).noneMatch(l -> l.contains(ServedLeague.API_KEY)).noneMatch(l -> l.contains(PASSWORD))
                .noneMatch(l -> guesses.stream().anyMatch(l::contains));
    }
}
