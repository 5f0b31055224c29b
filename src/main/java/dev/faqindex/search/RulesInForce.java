package dev.faqindex.search;

import dev.faqindex.rules.RuleFile;
import dev.faqindex.rules.RuleSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The query rules that apply today: the rules file's current rules, matched against a query on the date of
 * {@code clock} (UTC), which decides which dated rules are in their window.
 */
record RulesInForce(RuleFile file, Clock clock) {

    /** What the current rules do to a search for {@code text}. */
    Curation curation(String text) {
        return curation(file.current(), text);
    }

    /** What the rules of {@code rules} do to a search for {@code text}. */
    Curation curation(RuleSet rules, String text) {
        return new Curation(rules.matching(text, LocalDate.now(clock.withZone(ZoneOffset.UTC))));
    }
}
