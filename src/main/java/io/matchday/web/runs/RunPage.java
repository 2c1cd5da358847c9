package io.matchday.web.runs;

import io.matchday.registry.Run;
import io.matchday.registry.RunArtifact;
import io.matchday.web.Page;
import io.matchday.web.PageView;
import java.util.List;
import java.util.Map;

/** One run: its final metrics and artifacts, each week's RPS and each model's cumulative RPS against the benchmark (charts). */
public record RunPage(Page page, Run run, Map<String, Double> finals, List<RunArtifact> artifacts, String chart,
                      String cumulative) implements PageView {

    @Override
    public String template() {
        return "pages/run.jte";
    }
}
