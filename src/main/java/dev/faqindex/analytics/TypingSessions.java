package dev.faqindex.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collapses search-as-you-type into the searches people meant: a search box asks at every pause in typing
 * ({@code l}, {@code low}, {@code lower back}), and only the last query of such a run is worth counting. Searches
 * carrying the same anonymous page session id are held for {@link #WINDOW}; a follow-up within it that continues or
 * corrects the held query replaces it, anything else lets it through. The session id lives only here, in memory,
 * and is never written.
 *
 * <p>Not thread-safe: used by the analytics writer thread alone.
 */
final class TypingSessions {

    /** How long a search waits for the next keystroke's search before it counts. */
    static final Duration WINDOW = Duration.ofSeconds(5);
    /** Sessions held at most; beyond it the oldest is let through at once, so memory stays bounded. */
    static final int MAX_SESSIONS = 10_000;

    private final Map<String, AnalyticsEvent> held = new LinkedHashMap<>();

    /**
     * Takes {@code search} from {@code session} and returns the searches that are now final (none, or the previous
     * search of the session when {@code search} does not continue it, or the oldest session's when too many are held).
     */
    List<AnalyticsEvent> offer(String session, AnalyticsEvent search) {
        List<AnalyticsEvent> done = new ArrayList<>(1);
        AnalyticsEvent previous = held.remove(session);
        if (previous != null && !(continues(previous, search) && withinWindow(previous, search))) {
            done.add(previous);
        }
        held.put(session, search); // re-inserted last: the map stays ordered by the latest search
        if (held.size() > MAX_SESSIONS) {
            Iterator<AnalyticsEvent> oldest = held.values().iterator();
            done.add(oldest.next());
            oldest.remove();
        }
        return done;
    }

    /** The held searches that waited longer than {@link #WINDOW} by {@code now}: nobody went on typing. */
    List<AnalyticsEvent> expired(Instant now) {
        List<AnalyticsEvent> done = new ArrayList<>();
        Iterator<AnalyticsEvent> searches = held.values().iterator();
        while (searches.hasNext()) {
            AnalyticsEvent search = searches.next();
            if (search.at().plus(WINDOW).isAfter(now)) {
                break; // ordered by time: the rest are younger
            }
            done.add(search);
            searches.remove();
        }
        return done;
    }

    /** Every held search, oldest first; none is held afterwards. */
    List<AnalyticsEvent> drain() {
        List<AnalyticsEvent> all = new ArrayList<>(held.values());
        held.clear();
        return all;
    }

    /** The held searches, oldest first; they stay held. */
    List<AnalyticsEvent> held() {
        return List.copyOf(held.values());
    }

    int size() {
        return held.size();
    }

    private static boolean withinWindow(AnalyticsEvent previous, AnalyticsEvent next) {
        return !next.at().isAfter(previous.at().plus(WINDOW));
    }

    /**
     * Whether {@code next} is the same query being typed: one extends or shortens the other, or they agree up to the
     * last word of the shorter one (its last word was corrected: {@code lower bakc} to {@code lower back pain}).
     */
    static boolean continues(AnalyticsEvent previous, AnalyticsEvent next) {
        String a = previous.query();
        String b = next.query();
        if (a.startsWith(b) || b.startsWith(a)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        int lastWordStart = shorter.lastIndexOf(' ') + 1;
        return lastWordStart > 0 && commonPrefix(a, b) >= lastWordStart;
    }

    private static int commonPrefix(String a, String b) {
        int max = Math.min(a.length(), b.length());
        int i = 0;
        while (i < max && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
