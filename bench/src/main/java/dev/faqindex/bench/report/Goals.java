package dev.faqindex.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's goals as the data file {@code bench/goals.json} states them: for each, what it promises (the text
 * of the goals table, numbers included) and the limits it is judged by. Changing a goal's threshold is an edit of
 * that file (its text and its limit together); {@link GoalCheck} holds how each goal is measured.
 *
 * @param goals in the order of the goals table
 */
record Goals(List<Goal> goals) {

    /** Where the goals are kept, from the project folder. */
    static final Path FILE = Path.of("bench/goals.json");

    /**
     * One goal.
     *
     * @param id how {@link GoalCheck} knows it
     * @param goal what it promises, as the goals table shows it
     * @param limits the numbers it is judged by, by name ({@code maxP99Ms})
     */
    record Goal(String id, String goal, Map<String, Double> limits) {

        /** The limit {@code name}. */
        double limit(String name) {
            Double limit = limits.get(name);
            if (limit == null) {
                throw new IllegalStateException("goal " + id + " in " + FILE + " has no limit " + name);
            }
            return limit;
        }
    }

    static Goals read(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), Goals.class);
    }
}
