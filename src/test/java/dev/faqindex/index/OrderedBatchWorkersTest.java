package dev.faqindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Batches run on workers but reach the sink in submission order, on the submitting thread, with bounded backlog. */
class OrderedBatchWorkersTest {

    @Test
    void resultsReachTheSinkInSubmissionOrderWhenLaterJobsFinishFirst() throws Exception {
        CountDownLatch secondDone = new CountDownLatch(1);
        List<Integer> received = new ArrayList<>();
        List<Thread> sinkThreads = new ArrayList<>();
        try (OrderedBatchWorkers<Integer> workers = new OrderedBatchWorkers<>("test-", 2, result -> {
            received.add(result);
            sinkThreads.add(Thread.currentThread());
        })) {
            workers.submit(() -> {
                // The first job cannot finish before the second has: without ordering, 2 would arrive first.
                assertTrue(secondDone.await(10, TimeUnit.SECONDS));
                return 1;
            });
            workers.submit(() -> {
                secondDone.countDown();
                return 2;
            });
            for (int i = 3; i <= 20; i++) {
                int value = i;
                workers.submit(() -> value);
            }
            workers.finish();
        }
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList(), received);
        assertTrue(sinkThreads.stream().allMatch(thread -> thread == Thread.currentThread()),
                "the sink runs on the submitting thread only");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void neverMoreThanTwicePerWorkerPending(int threads) throws Exception {
        AtomicInteger started = new AtomicInteger();
        int most = 0;
        try (OrderedBatchWorkers<Integer> workers = new OrderedBatchWorkers<>("test-", threads, result -> { })) {
            for (int i = 0; i < 50; i++) {
                workers.submit(started::incrementAndGet);
                most = Math.max(most, workers.pending());
            }
            workers.finish();
            assertEquals(0, workers.pending());
        }
        assertEquals(2 * threads, most);
        assertEquals(50, started.get());
    }

    @Test
    void withoutWorkersEachJobRunsAtOnceOnTheCallingThread() throws Exception {
        List<String> received = new ArrayList<>();
        Thread caller = Thread.currentThread();
        try (OrderedBatchWorkers<String> workers = new OrderedBatchWorkers<>("test-", 0, received::add)) {
            workers.submit(() -> Thread.currentThread() == caller ? "here" : "elsewhere");
            assertEquals(List.of("here"), received, "handed over before submit returns");
            assertEquals(0, workers.pending());
        }
    }

    @Test
    void aFailingJobFailsTheStreamWithItsOwnException() throws Exception {
        IllegalStateException failure = new IllegalStateException("model failed");
        IOException disk = new IOException("disk full");
        List<Integer> received = new ArrayList<>();
        try (OrderedBatchWorkers<Integer> workers = new OrderedBatchWorkers<>("test-", 2, received::add)) {
            workers.submit(() -> 1);
            workers.submit(() -> {
                throw failure;
            });
            assertSame(failure, assertThrows(IllegalStateException.class, workers::finish));
            assertEquals(List.of(1), received, "what came before the failure was handed over, nothing after");
        }
        try (OrderedBatchWorkers<Integer> workers = new OrderedBatchWorkers<>("test-", 1, received::add)) {
            workers.submit(() -> {
                throw disk;
            });
            assertSame(disk, assertThrows(IOException.class, workers::finish));
        }
        try (OrderedBatchWorkers<Integer> inline = new OrderedBatchWorkers<>("test-", 0, received::add)) {
            assertSame(disk, assertThrows(IOException.class, () -> inline.submit(() -> {
                throw disk;
            })));
        }
    }

    @Test
    void aFailingSinkStopsTheStream() throws Exception {
        IOException full = new IOException("index full");
        try (OrderedBatchWorkers<Integer> workers = new OrderedBatchWorkers<>("test-", 2, result -> {
            throw full;
        })) {
            workers.submit(() -> 1);
            assertSame(full, assertThrows(IOException.class, workers::finish));
        }
    }
}
