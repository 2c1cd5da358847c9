package io.matchday.data;

import io.matchday.MatchdayException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The one team-name canonicaliser. Every input — CSV files, CLI options, API requests — goes
 * through {@link #canonical(String)}, so "Man Utd", "Manchester United" and "MAN UNITED" are the
 * same {@link Team}. Matching ignores case, accents, punctuation and spacing. A name with no
 * alias is its own canonical name (tidied of surplus spaces), so new leagues work unchanged.
 */
public final class TeamNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, String> canonicalByKey;
    private final Map<String, List<String>> aliasesByCanonical;

    private TeamNames(Map<String, String> canonicalByKey, Map<String, List<String>> aliasesByCanonical) {
        this.canonicalByKey = Map.copyOf(canonicalByKey);
        this.aliasesByCanonical = Collections.unmodifiableMap(aliasesByCanonical);
    }

    /** The aliases shipped with Matchday ({@code team-aliases.csv} beside this class). */
    public static TeamNames standard() {
        try (InputStream in = TeamNames.class.getResourceAsStream("team-aliases.csv")) {
            if (in == null) {
                throw new IllegalStateException("team-aliases.csv missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read team-aliases.csv", e);
        }
    }

    /** Lines of {@code canonical;alias;alias…}; {@code #} starts a comment. */
    public static TeamNames parse(List<String> lines) {
        Map<String, String> byKey = new HashMap<>();
        Map<String, List<String>> aliases = new TreeMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] names = line.split(";");
            String canonical = tidy(names[0]);
            List<String> own = new ArrayList<>();
            for (String name : names) {
                String alias = tidy(name);
                String previous = byKey.putIfAbsent(key(alias), canonical);
                if (previous != null && !previous.equals(canonical)) {
                    throw new IllegalArgumentException("alias '" + alias + "' names both "
                            + previous + " and " + canonical);
                }
                if (!alias.equals(canonical)) {
                    own.add(alias);
                }
            }
            aliases.computeIfAbsent(canonical, c -> new ArrayList<>()).addAll(own);
        }
        aliases.replaceAll((k, v) -> List.copyOf(v));
        return new TeamNames(byKey, aliases);
    }

    /** The canonical team for any spelling of its name. */
    public Team canonical(String name) {
        if (name == null || name.isBlank()) {
            throw new MatchdayException("team name is empty");
        }
        String tidy = tidy(name);
        return new Team(canonicalByKey.getOrDefault(key(tidy), tidy));
    }

    /** Known aliases of a canonical name (empty for names without aliases). */
    public List<String> aliases(Team team) {
        return aliasesByCanonical.getOrDefault(team.name(), List.of());
    }

    /**
     * The team among {@code known} that {@code name} means: its canonical name, or a known team whose
     * name matches ignoring case, accents and punctuation (names without aliases, such as a new
     * league's, are only known by their stored spelling).
     */
    public Optional<Team> find(String name, java.util.Collection<Team> known) {
        Team canonical = canonical(name);
        if (known.contains(canonical)) {
            return Optional.of(canonical);
        }
        String wanted = key(name);
        return known.stream().filter(t -> key(t.name()).equals(wanted)).findFirst();
    }

    /**
     * The teams whose name (or any alias) is closest to {@code query} by edit distance on the
     * comparison key: what to suggest when a name matches no team.
     */
    public List<Team> closest(String query, java.util.Collection<Team> teams, int limit) {
        String wanted = key(query == null ? "" : query);
        return teams.stream().distinct()
                .sorted(java.util.Comparator.comparingInt((Team t) -> distanceTo(wanted, t)).thenComparing(Team::name))
                .limit(limit).toList();
    }

    private int distanceTo(String wanted, Team team) {
        int best = distance(wanted, key(team.name()));
        for (String alias : aliases(team)) {
            best = Math.min(best, distance(wanted, key(alias)));
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    /** The comparison key: lower case, no accents, no punctuation, single spaces. */
    static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ");
        return SPACES.matcher(NOT_ALNUM.matcher(plain).replaceAll("")).replaceAll(" ").strip();
    }

    private static String tidy(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ");
    }
}
