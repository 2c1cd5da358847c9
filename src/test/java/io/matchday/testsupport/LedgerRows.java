package io.matchday.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a test reads back from the prediction ledger. */
public final class LedgerRows {

    private LedgerRows() {
    }

    /** How many of {@code ids} (a list other threads may still be adding to) are stored in {@code predictions}. */
    public static int stored(JdbcTemplate jdbc, List<String> ids) {
        List<String> copy;
        synchronized (ids) {
            copy = new ArrayList<>(ids);
        }
        Set<String> found = new HashSet<>();
        for (int from = 0; from < copy.size(); from += 1000) {
            List<String> chunk = copy.subList(from, Math.min(copy.size(), from + 1000));
            found.addAll(jdbc.queryForList("select id from predictions where id in (" + String.join(",",
                    Collections.nCopies(chunk.size(), "?")) + ")", String.class, chunk.toArray()));
        }
        return found.size();
    }

    /** Ids stored more than once (none, while the id is the primary key). */
    public static int duplicates(JdbcTemplate jdbc) {
        Integer n = jdbc.queryForObject("select count(*) from (select id from predictions group by id having count(*) > 1) d",
                Integer.class);
        return n == null ? 0 : n;
    }
}
