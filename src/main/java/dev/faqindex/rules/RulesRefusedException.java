package dev.faqindex.rules;

/** A rules text that cannot be used, with the line and the reason ({@link RuleProblem}). */
public final class RulesRefusedException extends Exception {

    private final RuleProblem problem;

    RulesRefusedException(RuleProblem problem) {
        super("line " + problem.line() + ": " + problem.message());
        this.problem = problem;
    }

    public RuleProblem problem() {
        return problem;
    }
}
