package dev.faqindex.rules;

/**
 * Why a rules file was refused: the line of {@code rules.yaml} (1-based; 0 when unknown) and what is wrong there.
 */
public record RuleProblem(int line, String message) {
}
