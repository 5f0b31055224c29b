package dev.faqindex.http;

import dev.faqindex.rules.QueryRule;
import dev.faqindex.rules.RuleFile;
import dev.faqindex.rules.RuleProblem;
import dev.faqindex.rules.RuleSet;
import dev.faqindex.rules.RulesRefusedException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query rules, behind the admin token: {@code GET /api/admin/rules} answers the file's text, the rules in use
 * and why the file on disk is not them (a broken edit, by line); {@code PUT /api/admin/rules} takes a whole new
 * {@code rules.yaml} (YAML or JSON, as the request body) and, when every rule in it is good, makes it the file and
 * the rules in use at once, or answers 400 naming the line of the first problem and leaves the file alone. A replica,
 * whose rules are copied from its primary with the content, refuses the edit (409, saying where to make it).
 *
 * @param refusal why this server takes no edits (a replica's, as its reindexer says), or empty
 */
record RuleRoutes(RuleFile file, Optional<String> refusal) {

    void read(Context ctx) throws IOException {
        RuleSet rules = file.current();
        ctx.json(new RulesView(file.path().getFileName().toString(), file.text(), rules.rules(),
                file.problem().orElse(null)));
    }

    void write(Context ctx) throws IOException {
        if (refusal.isPresent()) {
            throw new ApiProblem(HttpStatus.CONFLICT, refusal.get());
        }
        String text = ctx.body();
        try {
            RuleSet rules = file.write(text);
            ctx.json(new RulesView(file.path().getFileName().toString(), text, rules.rules(), null));
        } catch (RulesRefusedException e) {
            RuleProblem problem = e.problem();
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "rules not saved: line " + problem.line() + ": "
                    + problem.message(), Map.of());
        }
    }

    /**
     * The body of both routes.
     *
     * @param file the file's name in the content folder
     * @param text the file's text
     * @param rules the rules in use
     * @param problem why the file on disk is not the rules in use, or {@code null}
     */
    record RulesView(String file, String text, List<QueryRule> rules, RuleProblem problem) {
    }
}
