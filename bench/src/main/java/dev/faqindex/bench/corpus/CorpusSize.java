package dev.faqindex.bench.corpus;

/** Reads and writes corpus sizes the way people say them: {@code 10k}, {@code 100k}, {@code 1M}, or a number. */
public final class CorpusSize {

    private CorpusSize() {
    }

    /** {@code 10k} is 10,000, {@code 1M} 1,000,000; a plain number is itself. */
    public static int parse(String text) {
        String size = text.strip();
        int multiplier = 1;
        if (size.endsWith("k") || size.endsWith("K")) {
            multiplier = 1_000;
        } else if (size.endsWith("m") || size.endsWith("M")) {
            multiplier = 1_000_000;
        }
        String number = multiplier == 1 ? size : size.substring(0, size.length() - 1);
        try {
            int value = Math.multiplyExact(Integer.parseInt(number), multiplier);
            if (value < 1) {
                throw new IllegalArgumentException("a corpus size must be positive, got " + text);
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a corpus size (like 10k, 100k, 1M or 2500): " + text, e);
        }
    }

    /** The short label: 10,000 is {@code 10k}, 1,000,000 is {@code 1M}, 2,500 is {@code 2500}. */
    public static String label(int chunks) {
        if (chunks % 1_000_000 == 0) {
            return chunks / 1_000_000 + "M";
        }
        if (chunks % 1_000 == 0) {
            return chunks / 1_000 + "k";
        }
        return Integer.toString(chunks);
    }
}
