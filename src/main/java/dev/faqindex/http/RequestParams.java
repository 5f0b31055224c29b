package dev.faqindex.http;

import io.javalin.http.Context;

/** Reads typed query parameters from a request, turning a malformed one into a {@link BadRequestException}. */
final class RequestParams {

    private final Context ctx;

    RequestParams(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameter's text, or {@code fallback} when absent. */
    String text(String name, String fallback) {
        String value = ctx.queryParam(name);
        return value == null ? fallback : value;
    }

    /** A required text parameter: absent or blank is an error. */
    String requiredText(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw new BadRequestException(name + " is required and must not be empty");
        }
        return value;
    }

    /** Every value of a repeatable parameter, also split at commas: {@code ?tags=a&tags=b,c} gives a, b, c. */
    java.util.List<String> list(String name) {
        return ctx.queryParams(name).stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
    }

    /** An integer within {@code [min, max]}, or {@code fallback} when absent. */
    int integer(String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be an integer between " + min + " and " + max
                    + ", got '" + abbreviate(value) + "'");
        }
        if (parsed < min || parsed > max) {
            throw new BadRequestException(name + " must be between " + min + " and " + max + ", got " + parsed);
        }
        return parsed;
    }

    /** A true/false flag, {@code fallback} when absent. */
    boolean flag(String name, boolean fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadRequestException(name + " must be true or false, got '" + abbreviate(value) + "'");
        };
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
