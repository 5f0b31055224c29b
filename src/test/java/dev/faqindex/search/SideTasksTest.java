package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SideTasksTest {

    @Test
    void everyForkedPartRunsExactlyOnceWhoeverTakesIt() throws IOException {
        AtomicInteger runs = new AtomicInteger();
        try (SideTasks tasks = new SideTasks()) {
            List<SideTasks.Forked<Integer>> forked = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int n = i;
                forked.add(tasks.fork(() -> {
                    runs.incrementAndGet();
                    return n * 2;
                }));
            }
            for (int i = 0; i < forked.size(); i++) {
                assertEquals(i * 2, forked.get(i).join());
            }
        }
        assertEquals(2_000, runs.get());
    }

    @Test
    void aFailureReachesTheCallerAsItWasThrown() {
        try (SideTasks tasks = new SideTasks()) {
            IOException broken = new IOException("index file gone");
            for (int i = 0; i < 100; i++) {
                SideTasks.Forked<Object> forked = tasks.fork(() -> {
                    throw broken;
                });
                assertSame(broken, assertThrows(IOException.class, forked::join));
            }
            SideTasks.Forked<Object> failing = tasks.fork(() -> {
                throw new IllegalStateException("bad query");
            });
            assertEquals("bad query", assertThrows(IllegalStateException.class, failing::join).getMessage());
        }
    }

    @Test
    void workKeptOnTheCallerRunsOnTheCallersThreadWhenJoined() throws IOException {
        SideTasks.Forked<Thread> forked = SideTasks.Forked.onCaller(Thread::currentThread);

        assertSame(Thread.currentThread(), forked.join());
    }
}
