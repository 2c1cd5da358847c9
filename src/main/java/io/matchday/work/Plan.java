package io.matchday.work;

import java.util.Map;

/**
 * A request checked and planned: its title, how many steps it has (more may be found as it runs), the job, and the
 * tracked run the work is known by from the start, if any (a retraining's lock).
 */
record Plan(String title, int total, Job job, String runId) {

    Plan(String title, int total, Job job) {
        this(title, total, job, null);
    }

    /** How a running job reports: a step done, more steps found, the tracked run it made. */
    interface Progress {
        void step();

        void plan(int more);

        void runId(String runId);
    }

    /** A job and what its result says in a few numbers. */
    interface Job {
        Object run(Progress progress) throws Exception;

        default Map<String, Object> summary(Object result) {
            return Map.of();
        }
    }
}
