package dev.faqindex.analytics;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records searches and feedback for the analytics report, without slowing searches down: recording only puts the
 * event on a bounded queue (when it is full the event is dropped and counted, never waited for), and one background
 * thread collapses as-you-type runs ({@link TypingSessions}), appends to the day files ({@link AnalyticsStore}),
 * flushing after every batch, and deletes days past the retention period. The report reads the day files, keeping the
 * summaries of closed days.
 *
 * <p>With a retention of 0 days analytics are off: nothing is recorded or written.
 */
public final class SearchAnalytics implements Closeable {

    /** Events waiting to be written, at most; more are dropped. */
    static final int QUEUE_CAPACITY = 100_000;
    /** How long the writer waits for more events before it looks at held typing runs and expired files again. */
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration RETENTION_CHECK = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(SearchAnalytics.class);

    private final Optional<AnalyticsStore> store;
    private final int retentionDays;
    private final Clock clock;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong writeFailures = new AtomicLong();
    private final AtomicLong clicksRecorded = new AtomicLong();
    private final Map<LocalDate, ClosedDay> closedDays = new ConcurrentHashMap<>();
    private final Optional<Thread> writer;
    private final ClientMarker marker;
    private volatile boolean closed;

    /** A recorded event with the page session it came from, if any. */
    private record Pending(AnalyticsEvent event, Optional<String> session) {
    }

    /** Asks the writer to write everything before it, then hand over the searches it still holds. */
    private record Barrier(CompletableFuture<List<AnalyticsEvent>> held) {
    }

    /** Events another server recorded (a replica's), written as they are; {@code written} says when they are. */
    private record Forwarded(List<AnalyticsEvent> events, CompletableFuture<Void> written) {
    }

    /** Asks the writer to write everything, held searches included, and stop. */
    private record Stop() {
    }

    /** A day before today whose summary was read from a file of the given size. */
    private record ClosedDay(long fileSize, DaySummary summary) {
    }

    private SearchAnalytics(Optional<AnalyticsStore> store, int retentionDays, Clock clock) {
        this.store = store;
        this.retentionDays = retentionDays;
        this.clock = clock;
        this.marker = new ClientMarker(clock);
        this.writer = store.map(s -> Thread.ofPlatform().name("faq-index-analytics").daemon().unstarted(this::write));
        writer.ifPresent(Thread::start);
    }

    /**
     * Analytics kept in {@code dir} for {@code retentionDays} days (0: off, nothing is written), dated by
     * {@code clock}.
     */
    public static SearchAnalytics open(Path dir, int retentionDays, Clock clock) throws IOException {
        if (retentionDays <= 0) {
            return new SearchAnalytics(Optional.empty(), 0, clock);
        }
        return new SearchAnalytics(Optional.of(new AnalyticsStore(dir, retentionDays, clock)), retentionDays, clock);
    }

    /** Whether anything is recorded. */
    public boolean enabled() {
        return store.isPresent();
    }

    public int retentionDays() {
        return retentionDays;
    }

    /** Events dropped because the writer could not keep up. */
    public long dropped() {
        return dropped.get();
    }

    /** Batches that could not be written (disk full, folder gone); the writer goes on with the next. */
    public long writeFailures() {
        return writeFailures.get();
    }

    /**
     * Records a search.
     *
     * @param source {@code search}, {@code retrieve} or {@code mcp}
     * @param typed the query as typed (it is normalised before it is kept)
     * @param hits how many chunks matched
     * @param mode the ranking mode
     * @param session the anonymous id of the page that searched as its reader typed, to collapse typing runs
     */
    public void recordSearch(String source, String typed, long hits, String mode, Optional<String> session) {
        String query = QueryText.normalize(typed);
        if (enabled() && !query.isEmpty()) {
            offer(new Pending(AnalyticsEvent.search(clock.instant(), source, query, hits, mode), session));
        }
    }

    /** Records a search with all it is recorded with; its client is kept only as an anonymous mark. */
    public void record(RecordedSearch search) {
        String query = QueryText.normalize(search.typed());
        if (enabled() && !query.isEmpty()) {
            offer(new Pending(AnalyticsEvent.search(clock.instant(), search.source(), query, search.hits(),
                    search.mode(), search.answered(), search.rules(), search.articles(), search.agent(),
                    marker.mark(search.client())), search.session()));
        }
    }

    /** Records a reader's feedback on {@code chunk}, shown at {@code position} (null when unknown) for {@code typed}. */
    public void recordFeedback(AnalyticsEvent.Kind kind, String typed, String chunk, Integer position) {
        recordFeedback(kind, typed, chunk, position, false, null);
    }

    /**
     * Records feedback, with who gave it: an agent or the public, and the client's address (null when unknown),
     * kept only as an anonymous mark.
     */
    public void recordFeedback(AnalyticsEvent.Kind kind, String typed, String chunk, Integer position, boolean agent,
            String client) {
        if (enabled()) {
            offer(new Pending(AnalyticsEvent.feedback(clock.instant(), kind, QueryText.normalize(typed), chunk,
                    position, agent, marker.mark(client)), Optional.empty()));
            if (kind == AnalyticsEvent.Kind.click) {
                clicksRecorded.incrementAndGet();
            }
        }
    }

    /** Clicks recorded since the start: when it has not moved, the popular searches have not changed. */
    public long clicksRecorded() {
        return clicksRecorded.get();
    }

    private void offer(Pending pending) {
        if (closed) {
            return;
        }
        if (!queue.offer(pending)) {
            dropped.incrementAndGet();
        }
    }

    /**
     * Writes events a replica recorded (their typing runs already collapsed there), returning once they are in the
     * day files, so that the replica may forget them.
     *
     * @param lines the events as lines of a replica's day files; a line that cannot be read is skipped
     * @return how many events were written
     * @throws IOException when analytics are off or the events could not be written (the replica sends them again)
     */
    public int writeForwarded(List<String> lines) throws IOException {
        if (store.isEmpty() || closed) {
            throw new IOException("analytics are off here (analytics.retention-days is 0, or the server is stopping)");
        }
        List<AnalyticsEvent> events = lines.stream().map(store.get()::parse).flatMap(Optional::stream).toList();
        if (events.isEmpty()) {
            return 0;
        }
        CompletableFuture<Void> written = new CompletableFuture<>();
        try {
            if (!queue.offer(new Forwarded(events, written), 5, TimeUnit.SECONDS)) {
                throw new IOException("the analytics writer is not keeping up; try again");
            }
            written.get(30, TimeUnit.SECONDS);
            return events.size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing forwarded analytics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("forwarded analytics could not be written", e.getCause() == null ? e : e.getCause());
        }
    }

    /** The folder of the day files; empty when analytics are off. */
    public Optional<Path> folder() {
        return store.map(AnalyticsStore::folder);
    }

    /**
     * The report over the days {@code from} to {@code to} (UTC, inclusive), lists cut at {@code limit} rows; includes
     * everything recorded before the call.
     *
     * @throws IllegalStateException when analytics are off
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public AnalyticsReport report(LocalDate from, LocalDate to, int limit) throws IOException {
        if (store.isEmpty()) {
            throw new IllegalStateException("analytics are off (analytics.retention-days is 0)");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
        }
        return AnalyticsReport.of(from, to, retentionDays, summaries(from, to), limit);
    }

    /** One summary per day of the range, oldest first, with everything recorded before the call. */
    private List<DaySummary> summaries(LocalDate from, LocalDate to) throws IOException {
        if (store.isEmpty()) {
            throw new IllegalStateException("analytics are off (analytics.retention-days is 0)");
        }
        List<AnalyticsEvent> held = awaitWritten();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<DaySummary> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DaySummary summary = day.isBefore(today) ? closedDay(day) : readDay(day);
            if (!day.isBefore(today)) {
                LocalDate current = day;
                held.stream().filter(e -> LocalDate.ofInstant(e.at(), ZoneOffset.UTC).equals(current))
                        .forEach(summary::add);
            }
            days.add(summary);
        }
        return days;
    }

    /** Today, as the analytics date their days (UTC). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /**
     * The searches the public made over the days {@code from} to {@code to} that led at least {@code minClients}
     * different clients to open a hit, and that never found nothing: what may be suggested to others as they type.
     * Agents' searches and clicks never count. Most clients first, at most {@code limit}.
     */
    public List<PopularQuery> popularQueries(LocalDate from, LocalDate to, int minClients, int limit)
            throws IOException {
        DaySummary all = new DaySummary(from);
        summaries(from, to).forEach(all::merge);
        return all.queries.entrySet().stream()
                .filter(e -> e.getValue().publicClickers.size() >= minClients && e.getValue().publicZeroResults == 0
                        && !e.getKey().contains("<")) // an <email> or <number> someone typed is nobody's suggestion
                .map(e -> new PopularQuery(e.getKey(), e.getValue().publicClickers.size(), e.getValue().clicks))
                .sorted(java.util.Comparator.comparingLong(PopularQuery::clients).reversed()
                        .thenComparing(java.util.Comparator.comparingLong(PopularQuery::clicks).reversed())
                        .thenComparing(PopularQuery::query))
                .limit(limit)
                .toList();
    }

    private DaySummary closedDay(LocalDate day) throws IOException {
        long size = store.orElseThrow().sizeOf(day);
        ClosedDay cached = closedDays.get(day);
        if (cached != null && cached.fileSize() == size) {
            return copyOf(cached.summary());
        }
        DaySummary summary = readDay(day);
        closedDays.put(day, new ClosedDay(size, summary));
        closedDays.keySet().removeIf(d -> d.isBefore(store.get().oldestKeptDay()));
        return copyOf(summary);
    }

    private static DaySummary copyOf(DaySummary summary) {
        DaySummary copy = new DaySummary(summary.day);
        copy.merge(summary);
        return copy;
    }

    private DaySummary readDay(LocalDate day) throws IOException {
        DaySummary summary = new DaySummary(day);
        summary.unreadableLines = store.orElseThrow().read(day, summary::add);
        return summary;
    }

    /**
     * Waits until everything recorded so far is in the day files, except the searches held to see whether their
     * reader goes on typing, which are returned.
     */
    List<AnalyticsEvent> awaitWritten() throws IOException {
        if (writer.isEmpty() || !writer.get().isAlive()) {
            return List.of();
        }
        CompletableFuture<List<AnalyticsEvent>> held = new CompletableFuture<>();
        try {
            if (!queue.offer(new Barrier(held), 5, TimeUnit.SECONDS)) {
                throw new IOException("the analytics writer is not keeping up; try again");
            }
            return held.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for analytics to be written", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the analytics writer did not answer", e);
        }
    }

    /** The writer thread: batches, typing runs, day files, retention. */
    private void write() {
        AnalyticsStore files = store.orElseThrow();
        TypingSessions typing = new TypingSessions();
        Instant nextRetentionCheck = Instant.MIN;
        boolean stopping = false;
        List<Object> batch = new ArrayList<>();
        while (!stopping) {
            batch.clear();
            try {
                Object first = queue.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, 10_000);
                }
            } catch (InterruptedException e) {
                stopping = true; // close() interrupts only when Stop could not be queued: write what is held
            }
            List<AnalyticsEvent> ready = new ArrayList<>();
            List<Barrier> barriers = new ArrayList<>();
            for (Object item : batch) {
                switch (item) {
                    case Pending p when p.session().isPresent() -> ready.addAll(typing.offer(p.session().get(), p.event()));
                    case Pending p -> ready.add(p.event());
                    case Barrier b -> barriers.add(b);
                    case Forwarded f -> appendForwarded(files, f);
                    case Stop s -> stopping = true;
                    default -> throw new IllegalStateException("unexpected " + item);
                }
            }
            Instant now = clock.instant();
            ready.addAll(stopping ? typing.drain() : typing.expired(now));
            append(files, ready);
            if (!barriers.isEmpty()) {
                List<AnalyticsEvent> stillHeld = typing.held();
                barriers.forEach(b -> b.held().complete(stillHeld));
            }
            if (now.isAfter(nextRetentionCheck)) {
                deleteExpired(files);
                nextRetentionCheck = now.plus(RETENTION_CHECK);
            }
        }
        try {
            files.close();
        } catch (IOException e) {
            LOG.warn("Closing the analytics file failed", e);
        }
    }

    private void append(AnalyticsStore files, List<AnalyticsEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            files.append(events);
        } catch (IOException | RuntimeException e) {
            if (writeFailures.incrementAndGet() == 1 || writeFailures.get() % 1000 == 0) {
                LOG.warn("Could not write {} analytics events ({} failed batches so far)", events.size(),
                        writeFailures.get(), e);
            }
        }
    }

    private static void appendForwarded(AnalyticsStore files, Forwarded forwarded) {
        try {
            files.append(forwarded.events());
            forwarded.written().complete(null);
        } catch (IOException | RuntimeException e) {
            forwarded.written().completeExceptionally(e);
        }
    }

    private void deleteExpired(AnalyticsStore files) {
        try {
            files.deleteExpired();
        } catch (IOException e) {
            LOG.warn("Could not delete expired analytics files", e);
        }
    }

    /**
     * Writes everything recorded, typing runs still held included, and stops the writer; waits up to 10 s for it.
     * Recording afterwards does nothing.
     */
    @Override
    public void close() {
        if (writer.isEmpty()) {
            return;
        }
        Thread thread = writer.get();
        closed = true;
        try {
            if (!queue.offer(new Stop(), 5, TimeUnit.SECONDS)) {
                thread.interrupt();
            }
            thread.join(Duration.ofSeconds(10));
            if (thread.isAlive()) {
                LOG.warn("The analytics writer did not stop in time; the last events may be lost");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
