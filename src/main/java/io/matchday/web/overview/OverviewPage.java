package io.matchday.web.overview;

import io.matchday.jobs.JobScheduler.JobStatus;
import io.matchday.monitoring.Alert;
import io.matchday.serving.CatalogViews;
import io.matchday.web.Page;
import io.matchday.web.PageView;
import io.matchday.work.BackgroundWork;
import java.util.List;

/** Status first: the service's health, each division's champion and data, the latest alerts, the jobs due next, recent work. */
public record OverviewPage(Page page, CatalogViews.Health health, List<CatalogViews.DivisionState> divisions,
                           List<Alert> alerts, List<JobStatus> jobs, List<BackgroundWork.Status> work) implements PageView {

    @Override
    public String template() {
        return "pages/overview.jte";
    }
}
