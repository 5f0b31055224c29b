package dev.faqindex.bench.report;

import java.util.Locale;

/** How the report writes numbers: milliseconds, sizes, rates and ratios, in one style. */
final class Figures {

    private Figures() {
    }

    /** Milliseconds with precision that suits their size: {@code 0.412}, {@code 4.12}, {@code 41.2}, {@code 412}. */
    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "–";
        }
        if (millis < 1) {
            return String.format(Locale.ROOT, "%.3f ms", millis);
        }
        if (millis < 10) {
            return String.format(Locale.ROOT, "%.2f ms", millis);
        }
        if (millis < 100) {
            return String.format(Locale.ROOT, "%.1f ms", millis);
        }
        return String.format(Locale.ROOT, "%,.0f ms", millis);
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, seconds < 10 ? "%.2f s" : "%,.1f s", seconds);
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return String.format(Locale.ROOT, mb < 10 ? "%.1f MB" : "%,.0f MB", mb);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond < 10 ? "%.2g" : "%,.0f", perSecond);
    }

    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** A ratio such as {@code 3.4x}. */
    static String times(double ratio) {
        return String.format(Locale.ROOT, ratio < 10 ? "%.2fx" : "%,.0fx", ratio);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
