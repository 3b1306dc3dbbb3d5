package app.outlay.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns from categorised history which category each payee gets, and suggests it for a new description: the
 * category given most often to the same payee ({@link Payees}, spelling variations included), each earlier expense
 * weighted by how recent it is (its weight halves every {@link #HALF_LIFE_DAYS} days), so a payee the user started
 * to file differently follows the new habit. Nothing leaves the computer: the history is the ledger's own.
 */
public final class Suggester {

    static final double HALF_LIFE_DAYS = 180;
    /** Payees at least this alike ({@link Payees#likeness}) count as the same. */
    static final double SAME_PAYEE = 0.6;
    /** The winning category's share of the (weighted) history needed to suggest it. */
    static final double MAJORITY = 0.5;

    /** History as the ledger's SQL groups it: expenses with this description, category and last day. */
    public record History(String description, long categoryId, String categoryName, long count, LocalDate lastDay) {
    }

    private static final class Tally {
        final String name;
        long count;
        double weight;

        Tally(String name) {
            this.name = name;
        }
    }

    private static final class Group {
        final List<String> words;
        final Map<Long, Tally> categories = new LinkedHashMap<>();

        Group(List<String> words) {
            this.words = words;
        }
    }

    private final Map<String, Group> groups = new HashMap<>();
    private final Map<String, List<Group>> byStart = new HashMap<>();

    public Suggester(List<History> history) {
        LocalDate newest = history.stream().map(History::lastDay).max(LocalDate::compareTo).orElse(LocalDate.now());
        for (History row : history) {
            List<String> words = Payees.words(row.description());
            if (words.isEmpty()) {
                continue;
            }
            Group group = groups.computeIfAbsent(String.join(" ", words), key -> {
                Group created = new Group(words);
                byStart.computeIfAbsent(start(words), s -> new ArrayList<>()).add(created);
                return created;
            });
            Tally tally = group.categories.computeIfAbsent(row.categoryId(), id -> new Tally(row.categoryName()));
            tally.count += row.count();
            long age = Math.max(0, ChronoUnit.DAYS.between(row.lastDay(), newest));
            tally.weight += row.count() * Math.pow(0.5, age / HALF_LIFE_DAYS);
        }
    }

    public static Suggester empty() {
        return new Suggester(List.of());
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The suggested category for {@code description}, or null when its payee is new or has no clear habit. */
    public Suggestion suggest(String description) {
        if (groups.isEmpty()) {
            return null; // a new ledger: nothing learned, and imports should not pay for looking
        }
        List<String> words = Payees.words(description);
        if (words.isEmpty()) {
            return null;
        }
        List<Group> candidates = byStart.getOrDefault(start(words), List.of());
        Map<Long, Tally> combined = new LinkedHashMap<>();
        long total = 0;
        for (Group group : candidates) {
            double likeness = Payees.likeness(words, group.words);
            if (likeness < SAME_PAYEE) {
                continue;
            }
            for (Map.Entry<Long, Tally> entry : group.categories.entrySet()) {
                Tally sum = combined.computeIfAbsent(entry.getKey(), id -> new Tally(entry.getValue().name));
                sum.count += entry.getValue().count;
                sum.weight += entry.getValue().weight * likeness;
                total += entry.getValue().count;
            }
        }
        Map.Entry<Long, Tally> best = null;
        double weights = 0;
        for (Map.Entry<Long, Tally> entry : combined.entrySet()) {
            weights += entry.getValue().weight;
            if (best == null || entry.getValue().weight > best.getValue().weight) {
                best = entry;
            }
        }
        if (best == null || best.getValue().weight < MAJORITY * weights) {
            return null;
        }
        return new Suggestion(best.getKey(), best.getValue().name, words, best.getValue().count, total);
    }

    /** Payees are looked up among those starting with the same three letters (spelling slips come later in a word). */
    private static String start(List<String> words) {
        String first = words.get(0);
        return first.length() <= 3 ? first : first.substring(0, 3);
    }
}
