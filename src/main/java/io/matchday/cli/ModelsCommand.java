package io.matchday.cli;

import io.matchday.app.Matchday;
import io.matchday.registry.AliasChange;
import io.matchday.registry.ModelVersion;
import io.matchday.registry.Run;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Registered models: versions, aliases (champion, challenger), the gate's decision, data fingerprint and commit.",
        subcommands = CardCommand.class)
final class ModelsCommand extends StoreCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--audit", description = "Print every alias move instead: when, which alias, from, to, forced, why.")
    boolean audit;

    @Override
    public Integer call() {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, List<AliasChange>> audits = new LinkedHashMap<>();
        try (Matchday matchday = open()) {
            for (String name : matchday.registry().names()) {
                audits.put(name, matchday.registry().audit(name));
                for (ModelVersion v : matchday.registry().versions(name)) {
                    Run run = matchday.runs().find(v.runId()).orElseThrow();
                    Map<String, Object> row = Json.fields("name", name, "version", v.version(),
                            "aliases", v.aliases(), "model", v.trainer(), "run_id", v.runId(),
                            "data_fingerprint", run.dataFingerprint(), "code_version", run.codeVersion(),
                            "training_window", run.windowStart() + ".." + run.windowEnd(),
                            "metrics", matchday.runs().metrics(v.runId()).stream()
                                    .collect(LinkedHashMap::new, (m, x) -> m.put(x.name(), x.value()), Map::putAll),
                            "decision", matchday.registry().standing(v), "artifact", v.artifactSha256(),
                            "created_at", v.createdAt().toString());
                    rows.add(row);
                }
            }
        }
        PrintWriter out = out();
        if (json) {
            out.println(Json.write(rows));
            return 0;
        }
        if (audit) {
            audits.forEach((name, changes) -> changes.forEach(c -> out.printf("%s  %s %s: %s -> %d%s  (%s)%n", c.at(),
                    name, c.alias(), c.fromVersion() == null ? "none" : c.fromVersion(), c.toVersion(),
                    c.forced() ? " forced" : "", c.reason())));
            return 0;
        }
        for (Map<String, Object> r : rows) {
            out.printf("%s v%s %s %s  data %s  code %s%n    %s%n", r.get("name"), r.get("version"), r.get("aliases"),
                    r.get("model"), String.valueOf(r.get("data_fingerprint")).substring(0, 12), r.get("code_version"), r.get("decision"));
        }
        if (rows.isEmpty()) {
            out.println("No registered models: 'matchday train --register NAME'.");
        }
        return 0;
    }
}
