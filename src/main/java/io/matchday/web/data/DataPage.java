package io.matchday.web.data;

import io.matchday.serving.CatalogViews;
import io.matchday.serving.MatchData;
import io.matchday.web.Page;
import io.matchday.web.PageView;
import io.matchday.work.BackgroundWork;
import java.util.List;

/**
 * The match database, of every division or of {@code division}: seasons, quarantined rows, field issues, the
 * division's teams with their spellings; recent ingests and the form that starts one (as typed, with its error).
 */
public record DataPage(Page page, List<String> divisions, String division, List<MatchData.SeasonRow> seasons,
                       List<MatchData.QuarantineRow> quarantine, List<MatchData.IssueRow> issues,
                       List<CatalogViews.TeamView> teams, List<BackgroundWork.Status> ingests, String ingestDivisions,
                       String ingestSeasons, String ingestError) implements PageView {

    @Override
    public String template() {
        return "pages/data.jte";
    }
}
