package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a search box query is read: each row is the text typed and its clauses, written back as {@code +required},
 * {@code -excluded}, plain optional words and {@code "quoted phrases"}, separated by {@code |}.
 */
class UserQueryTest {

    private static String clauses(UserQuery query) {
        return query.clauses().stream().map(clause -> {
            String text = clause.phrase() ? "\"" + clause.text() + "\"" : clause.text();
            return switch (clause.occur()) {
                case MUST -> "+" + text;
                case MUST_NOT -> "-" + text;
                case SHOULD -> text;
            };
        }).collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            back pain                    => back | pain
            "lower back" pain            => +"lower back" | pain
            -squats plank                => -squats | plank
            +core plank                  => +core | plank
            -"lower back"                => -"lower back"
            +"a b" c                     => +"a b" | c
            plank OR bridge              => plank | bridge
            "glute bridges" OR plank     => "glute bridges" | plank
            plank AND bridge             => +plank | +bridge
            plank AND "glute bridges"    => +plank | +"glute bridges"
            x AND y OR z                 => +x | +y | z
            NOT squats exercise          => -squats | exercise
            or and not                   => or | and | not
            OR plank                     => plank
            plank OR                     => plank
            plank NOT                    => plank
            "unbalanced quote            => unbalanced | quote
            "" empty                     => empty
            "a""b"                       => +"a" | +"b"
            a - b                        => a | - | b
            - -x                         => - | -x
            title:plank (core)           => title:plank | (core)
            spaced     out               => spaced | out
            """)
    void readsTheClauses(String typed, String expected) {
        assertEquals(expected, clauses(UserQuery.parse(typed)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "AND", "OR NOT", "\"\"", "\""})
    void readsNothingFromNothing(String typed) {
        assertTrue(UserQuery.parse(typed).clauses().isEmpty());
    }

    @Test
    void plainWordsLeaveOutPhrasesAndExclusions() {
        UserQuery query = UserQuery.parse("\"lower back\" pain -squats +core");
        assertEquals("pain core", query.plainWords());
        assertEquals("lower back pain core", query.allPositiveWords());
        assertEquals(3, query.positive().size());
    }
}
