package io.matchday.jobs;

/** A recurring unit of operations work; returns a one-line account of what it did. */
public interface Job {

    String name();

    /** Spring-style six-field cron (second minute hour day month weekday) used unless configuration says otherwise. */
    String defaultCron();

    String run();

    /** A job that runs {@code work} under {@code name}, on {@code cron} unless configuration says otherwise. */
    static Job of(String name, String cron, java.util.function.Supplier<String> work) {
        return new Job() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String defaultCron() {
                return cron;
            }

            @Override
            public String run() {
                return work.get();
            }
        };
    }
}
