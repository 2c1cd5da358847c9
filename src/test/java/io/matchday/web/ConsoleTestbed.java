package io.matchday.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.MatchdaySettings;
import io.matchday.MatchdaySettings.DatabaseSettings;
import io.matchday.app.Matchday;
import io.matchday.data.Database;
import io.matchday.data.Division;
import io.matchday.data.IngestListener;
import io.matchday.data.SeasonRange;
import io.matchday.http.TestAdminKeys;
import io.matchday.jobs.OperationsConfig;
import io.matchday.jobs.RetrainingConfig;
import io.matchday.ledger.LedgerConfig;
import io.matchday.monitoring.MonitoringConfig;
import io.matchday.registry.ModelTraining;
import io.matchday.serving.ServingConfig;
import io.matchday.testsupport.SyntheticData;
import io.matchday.work.InMemoryBackgroundWork;
import io.matchday.work.SharedWork;
import io.matchday.work.WorkConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.FileSystemUtils;

/**
 * The console's controllers without a server, as a JUnit extension of a test class: the real read models over an
 * in-memory H2 database holding a synthetic E0 (20 teams, 2020-21..2022-23) with a Dixon–Coles champion of
 * {@code e0-outcome}, background work in memory, the real templates, and Spring MVC's test dispatcher with the
 * console's error pages. A test builds the controller it checks from {@link #matchday} and {@link #work} and sends it
 * requests through {@link #mvc}; {@link #signIn} makes the rest of a test an admin's.
 */
public final class ConsoleTestbed implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    public static final String MODEL = "e0-outcome";

    private Path home;
    private Matchday matchday;
    private InMemoryBackgroundWork work;
    private Console console;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        home = Files.createTempDirectory("matchday-console-test");
        Path data = home.resolve("data");
        SyntheticData.write(data, 20, 3, 11);
        DatabaseSettings database = new DatabaseSettings("jdbc:h2:mem:console-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        MatchdaySettings store = new MatchdaySettings(home, data.toUri(), database, home.resolve("artifacts"));
        matchday = Matchday.open(new Matchday.Settings(store, MonitoringConfig.DEFAULTS, RetrainingConfig.DEFAULTS,
                OperationsConfig.DEFAULTS, ServingConfig.DEFAULTS, LedgerConfig.defaults(home.resolve("spool")),
                WorkConfig.DEFAULTS, io.matchday.monitoring.AlertRouting.NONE, "console-test", false, Database.Pool.COMMAND, Clock.systemUTC()),
                new SimpleMeterRegistry());
        matchday.ingest().ingest(Division.DEFAULT, SeasonRange.ALL, IngestListener.NONE);
        matchday.training().train(new ModelTraining.Request(Division.DEFAULT, "dixon-coles", MODEL, null, 0));
        matchday.startServing();
        work = new InMemoryBackgroundWork(new SharedWork.Resources(matchday.dataSource(), matchday.matches(),
                matchday.ingest(), matchday.runs(), matchday.artifacts(), matchday.retraining(), matchday.simulation(),
                matchday.reports()::backtest, () -> { }, () -> { }), matchday.clock());
        console = new Console(matchday.templates(), TestAdminKeys.of(matchday.clock(), "console-test-key"));
    }

    public Matchday matchday() {
        return matchday;
    }

    public InMemoryBackgroundWork work() {
        return work;
    }

    public Console console() {
        return console;
    }

    /** The test dispatcher for {@code controllers}, with the console's error pages. */
    public MockMvc mvc(Object... controllers) {
        return MockMvcBuilders.standaloneSetup(controllers).setControllerAdvice(new ConsoleErrors(console)).build();
    }

    /** Sends {@code request}, checks the answer's status and returns its body. */
    public static String html(MockMvc mvc, RequestBuilder request, HttpStatus status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status.value());
        return response.getContentAsString();
    }

    /** Sends {@code request}, checks it answers 303 and returns where it sends the browser. */
    public static String redirect(MockMvc mvc, RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(HttpStatus.SEE_OTHER.value());
        return response.getHeader("Location");
    }

    /** The requests that follow in this test are an admin's (a signed-in session). */
    public static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        matchday.close();
        FileSystemUtils.deleteRecursively(home);
    }
}
