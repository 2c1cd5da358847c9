package io.matchday.jobs;

/** A recurring unit of operations work; returns a one-line account of what it did. */
public interface Job {

    String name();

    /** Spring-style six-field cron (second minute hour day month weekday) used unless configuration says otherwise. */
    String defaultCron();

    String run();
}
