package io.matchday.work;

import static io.matchday.work.Plans.division;
import static io.matchday.work.Plans.field;
import static io.matchday.work.Plans.or;

import io.matchday.InvalidInputException;
import io.matchday.data.Division;
import io.matchday.data.FileIngest;
import io.matchday.data.IngestListener;
import io.matchday.data.IngestService;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fetch, validate and store seasons of divisions, as {@code matchday ingest} does; its steps are the files. */
final class IngestPlanner {

    private final IngestService ingest;
    private final Runnable teamsChanged;

    /** @param teamsChanged told once an ingest has stored its files (new seasons bring promoted teams) */
    IngestPlanner(IngestService ingest, Runnable teamsChanged) {
        this.ingest = ingest;
        this.teamsChanged = teamsChanged;
    }

    Plan plan(WorkRequest.Ingest request) {
        List<Division> divisions = divisions(or(request.divisions(), Division.DEFAULT_CODE));
        SeasonRange seasons = field("/seasons", () -> SeasonRange.parse(or(request.seasons(), "all")));
        String title = divisions.stream().map(Division::code).toList() + " " + seasons;
        return new Plan(title, 0, new Plan.Job() {
            @Override
            public Object run(Plan.Progress progress) {
                List<Map<String, Object>> files = new ArrayList<>();
                for (Division division : divisions) {
                    for (FileIngest f : ingest.ingest(division, seasons, new IngestListener() {
                        @Override
                        public void planned(int count) {
                            progress.plan(count);
                        }

                        @Override
                        public void fileDone(Division d, Season season, FileIngest done) {
                            progress.step();
                        }
                    })) {
                        files.add(row(f));
                    }
                }
                teamsChanged.run();
                return files;
            }

            @Override
            public Map<String, Object> summary(Object result) {
                List<?> files = (List<?>) result;
                Map<String, Object> sums = new LinkedHashMap<>();
                sums.put("files", files.size());
                for (String count : List.of("inserted", "updated", "unchanged", "quarantined", "field_issues")) {
                    sums.put(count, files.stream().mapToInt(f -> (Integer) ((Map<?, ?>) f).get(count)).sum());
                }
                return sums;
            }
        });
    }

    private List<Division> divisions(String asked) {
        if (asked.equalsIgnoreCase("all")) {
            List<Division> listed = ingest.client().listDivisions();
            if (listed.isEmpty()) {
                throw InvalidInputException.of("/divisions", "'all' needs a file: data source that can be listed; name the divisions");
            }
            return listed;
        }
        List<Division> divisions = new ArrayList<>();
        for (String code : asked.split(",")) {
            divisions.add(division("/divisions", code.strip()));
        }
        return divisions;
    }

    private static Map<String, Object> row(FileIngest f) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("division", f.division().code());
        row.put("season", f.season().label());
        row.put("inserted", f.inserted());
        row.put("updated", f.updated());
        row.put("unchanged", f.unchanged());
        row.put("quarantined", f.quarantined());
        row.put("field_issues", f.fieldIssues());
        return row;
    }
}
