package io.matchday.web.replays;

import io.matchday.simulation.SimulationReport;
import io.matchday.web.Page;
import io.matchday.web.PageView;
import io.matchday.web.work.WorkProgress;
import java.util.List;

/**
 * One replay: its progress until it ends, then its report — cumulative RPS against the market and the bankroll week
 * by week (charts), and the weeks it retrained ({@code retrained}).
 */
public record ReplayPage(Page page, WorkProgress progress, SimulationReport report, String rpsChart,
                         String bankrollChart,
                         List<String> retrained) implements PageView {

    @Override
    public String template() {
        return "pages/replay.jte";
    }
}
