package dev.faqindex.http;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The query parameters of a request as {@link RequestFields}: a blank parameter counts as absent. */
final class QueryFields extends RequestFields {

    private final Context ctx;

    QueryFields(Context ctx) {
        super("");
        this.ctx = ctx;
    }

    @Override
    public Optional<String> text(String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(value -> !value.isBlank());
    }

    @Override
    public Optional<Integer> integer(String name) {
        return text(name).map(value -> {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw invalid(name, "an integer", "'" + abbreviate(value) + "'");
            }
        });
    }

    @Override
    public Optional<Double> number(String name) {
        return text(name).map(value -> {
            try {
                double number = Double.parseDouble(value.strip());
                if (!Double.isFinite(number)) {
                    throw new NumberFormatException(value);
                }
                return number;
            } catch (NumberFormatException e) {
                throw invalid(name, "a number", "'" + abbreviate(value) + "'");
            }
        });
    }

    @Override
    public Optional<Boolean> flag(String name) {
        return text(name).map(value -> switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw invalid(name, "true or false", "'" + abbreviate(value) + "'");
        });
    }

    /** Every value of a repeatable parameter, also split at commas: {@code ?tags=a&tags=b,c} gives a, b, c. */
    @Override
    public List<String> texts(String name) {
        return ctx.queryParams(name).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
    }
}
