package dev.faqindex.mcp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The bound on MCP sessions: the ids of the sessions the endpoint opened, least recently used first, each with when it
 * was last used. Opening one more than {@code maxSessions}, or any request once sessions have been idle longer than
 * {@code idle}, names the sessions to end, oldest first; the endpoint ends them as a client's {@code DELETE} would.
 * Only ids the endpoint issued are kept, so no client can add to it by making ids up. It is the only record of
 * sessions beside the SDK's own map of open ones: the SDK's session sweeper, which keeps every id used within its
 * interval, is not used.
 */
final class McpSessionLimit {

    private final int maxSessions;
    private final long idleNanos;
    private final LongSupplier nanoClock;
    /** Access-ordered: the eldest entry is the least recently used session. */
    private final LinkedHashMap<String, Long> lastUse = new LinkedHashMap<>(16, 0.75f, true);

    McpSessionLimit(int maxSessions, Duration idle, LongSupplier nanoClock) {
        this.maxSessions = maxSessions;
        this.idleNanos = idle.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Records that session {@code id} was opened; returns the sessions to end now (over the bound, or idle). */
    synchronized List<String> opened(String id) {
        long now = nanoClock.getAsLong();
        lastUse.put(id, now);
        List<String> ended = expired(now);
        for (Iterator<String> eldest = lastUse.keySet().iterator(); lastUse.size() > maxSessions; ) {
            ended.add(eldest.next());
            eldest.remove();
        }
        return ended;
    }

    /**
     * Records a request to the endpoint, of session {@code id} when it names one the endpoint opened and has not ended
     * (null: it names none); returns the sessions idle for longer than the idle time, to end now ({@code id} among
     * them when it was).
     */
    synchronized List<String> used(String id) {
        long now = nanoClock.getAsLong();
        List<String> ended = expired(now);
        if (id != null && lastUse.containsKey(id)) {
            lastUse.put(id, now);
        }
        return ended;
    }

    /** Forgets session {@code id}, which its client ended. */
    synchronized void closed(String id) {
        lastUse.remove(id);
    }

    /** Removes and returns the sessions idle for longer than the idle time, oldest first. */
    private List<String> expired(long now) {
        List<String> ended = new ArrayList<>();
        for (Iterator<Map.Entry<String, Long>> eldest = lastUse.entrySet().iterator(); eldest.hasNext(); ) {
            Map.Entry<String, Long> entry = eldest.next();
            if (now - entry.getValue() <= idleNanos) {
                break;
            }
            ended.add(entry.getKey());
            eldest.remove();
        }
        return ended;
    }

    /** Sessions open now, as far as the endpoint knows. */
    synchronized int size() {
        return lastUse.size();
    }
}
