package dev.faqindex.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The goals file and the checks agree: every goal is judged, every check has its goal, every limit is there. */
class GoalsTest {

    private static final RunResults NOTHING_RUN = new RunResults(new Properties(), List.of(), Optional.empty(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    @Test
    void everyGoalInTheFileHasItsCheckAndNoCheckLacksAGoal() throws Exception {
        Goals goals = Goals.read(Goals.FILE);
        Set<String> ids = goals.goals().stream().map(Goals.Goal::id).collect(Collectors.toSet());
        assertEquals(GoalCheck.known(), ids);
        assertEquals(goals.goals().size(), ids.size(), "goal ids are unique");
    }

    @Test
    void aRunThatMeasuredNothingListsEveryGoalInTheFilesOrderAsNotMeasured() throws Exception {
        Goals goals = Goals.read(Goals.FILE);
        List<GoalCheck.Verdict> verdicts = GoalCheck.verdicts(goals, NOTHING_RUN);
        assertEquals(goals.goals().stream().map(Goals.Goal::goal).toList(),
                verdicts.stream().map(GoalCheck.Verdict::goal).toList());
        assertTrue(verdicts.stream().allMatch(v -> v.measured().equals("not measured in the latest run")),
                verdicts.toString());
        assertTrue(GoalCheck.table(goals, NOTHING_RUN)
                .startsWith("| goal | measured | verdict |\n|---|---|---|\n| `/api/search`"));
    }
}
