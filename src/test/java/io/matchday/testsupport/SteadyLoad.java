package io.matchday.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Clients forecasting one fixture through a load balancer until stopped: the ids of the forecasts answered, and
 * every request that was not (status and body, or the exception).
 */
public final class SteadyLoad {

    private final Http target;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ExecutorService clients;
    private final List<String> answered = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    private SteadyLoad(Http target, int clients) {
        this.target = target;
        this.clients = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            this.clients.submit(this::load);
        }
    }

    public static SteadyLoad start(Http target, int clients) {
        return new SteadyLoad(target, clients);
    }

    public List<String> answered() {
        return answered;
    }

    public List<String> failures() {
        return failures;
    }

    public void stop() throws InterruptedException {
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    private void load() {
        for (int i = 0; !stop.get() && i < 200_000; i++) {
            try {
                Http.Reply reply = target.post("/api/v1/predict", "{\"home\":\"Ashbury\",\"away\":\"Brackenford\"}");
                if (reply.status() == 200) {
                    answered.add(reply.json().path("id").asText());
                } else {
                    failures.add(reply.status() + " " + reply.body());
                }
            } catch (RuntimeException e) {
                failures.add(e.toString());
            }
        }
    }
}
