package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.MatchdayException;
import io.matchday.data.Division;
import io.matchday.data.FileIngest;
import io.matchday.data.IngestListener;
import io.matchday.data.Season;
import io.matchday.data.SeasonRange;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Runs an ingestion with a progress bar and prints the per-season summary; shared by ingest and demo. */
final class IngestRun {

    private IngestRun() {
    }

    /** {@code divisions}: codes separated by commas, or {@code all} (every division a file: source holds). */
    static List<Division> divisions(Matchday matchday, String divisions) {
        if (divisions.equalsIgnoreCase("all")) {
            List<Division> listed = matchday.ingest().client().listDivisions();
            if (listed.isEmpty()) {
                throw new MatchdayException("--division all needs a file: data source that can be listed; "
                        + "name the divisions, e.g. --division E0,E1");
            }
            return listed;
        }
        List<Division> list = new ArrayList<>();
        for (String code : divisions.split(",")) {
            list.add(Division.of(code));
        }
        return list;
    }

    static List<FileIngest> run(Matchday matchday, List<Division> divisions, SeasonRange seasons, PrintWriter out) {
        List<FileIngest> all = new ArrayList<>();
        for (Division division : divisions) {
            try (Progress progress = new Progress(division)) {
                all.addAll(matchday.ingest().ingest(division, seasons, progress));
            }
        }
        print(all, out);
        return all;
    }

    static void print(List<FileIngest> results, PrintWriter out) {
        out.printf("%-4s %-8s %8s %8s %9s %11s %12s%n", "div", "season", "new", "updated", "unchanged", "quarantined",
                "field issues");
        int[] sums = new int[5];
        for (FileIngest r : results) {
            int[] row = {r.inserted(), r.updated(), r.unchanged(), r.quarantined(), r.fieldIssues()};
            out.printf("%-4s %-8s %8d %8d %9d %11d %12d%n", r.division(), r.season(), row[0], row[1], row[2], row[3], row[4]);
            for (int i = 0; i < sums.length; i++) {
                sums[i] += row[i];
            }
        }
        out.printf("%-13s %8d %8d %9d %11d %12d%n", "total", sums[0], sums[1], sums[2], sums[3], sums[4]);
        String verdict = sums[0] + sums[1] == 0
                ? "everything unchanged"
                : sums[0] + " new and " + sums[1] + " updated matches stored";
        out.printf("%d files, %d matches: %s; %d rows quarantined, %d field issues ('matchday quarantine' lists both).%n",
                results.size(), sums[0] + sums[1] + sums[2], verdict, sums[3], sums[4]);
    }

    /** A progress bar on the terminal; silent when output is not a terminal (CI logs, pipes). */
    private static final class Progress implements IngestListener, AutoCloseable {
        private final Division division;
        private ProgressBar bar;

        Progress(Division division) {
            this.division = division;
        }

        @Override
        public void planned(int files) {
            if (System.console() != null) {
                bar = new ProgressBarBuilder().setTaskName("ingest " + division).setInitialMax(files)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            }
        }

        @Override
        public void fileDone(Division d, Season season, FileIngest ingest) {
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(season.label());
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
