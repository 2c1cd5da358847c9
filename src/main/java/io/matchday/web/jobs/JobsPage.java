package io.matchday.web.jobs;

import io.matchday.jobs.JobRun;
import io.matchday.jobs.JobScheduler.JobStatus;
import io.matchday.jobs.RetrainingRun;
import io.matchday.serving.RetrainingViews;
import io.matchday.web.Notice;
import io.matchday.web.Page;
import io.matchday.web.PageView;
import io.matchday.work.BackgroundWork;
import java.util.List;

/**
 * The recurring jobs and their history; the {@code division}'s retraining as it stands, its runs, and the form that
 * starts one (as typed: {@code reason}, {@code force}, with {@code reasonError}); what the last action did
 * ({@code outcome}); the retrainings running as background work.
 */
public record JobsPage(Page page, List<JobStatus> jobs, List<JobRun> history, List<String> divisions, String division,
                       RetrainingViews.Retraining retraining, List<RetrainingRun> retrainings, Notice outcome,
                       String reasonError, String reason, boolean force, List<BackgroundWork.Status> work) implements PageView {

    @Override
    public String template() {
        return "pages/jobs.jte";
    }
}
