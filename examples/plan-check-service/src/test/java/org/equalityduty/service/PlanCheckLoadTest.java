package org.equalityduty.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on localhost: a few thousand requests from several threads, each answer checked byte for
 * byte, and the heap measured after a first and after the last round, so that growth with the number of requests
 * shows. It asserts correctness and bounded heap, not speed; it prints throughput and latency percentiles (which
 * depend on the machine) for the record. Sizes: -Dload.threads (4), -Dload.requests (per round, 1000),
 * -Dload.rounds (3). It takes about a minute on a shared two-core machine, so the build leaves it out; run it with
 * {@code mvn -B -ntp -o -pl examples/plan-check-service -am test -Dtest=PlanCheckLoadTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class PlanCheckLoadTest {
    private static final int THREADS = Integer.getInteger("load.threads", 4);
    private static final int REQUESTS = Integer.getInteger("load.requests", 1000);
    private static final int ROUNDS = Integer.getInteger("load.rounds", 3);
    /** Growth allowed between the first and the last round: far less than a leak of one answer per request. */
    private static final long MAX_GROWTH_BYTES = 24L * 1024 * 1024;

    @Test
    void manyRequestsFromSeveralThreadsGetTheRightAnswerAndTheHeapDoesNotGrow() throws Exception {
        byte[] plan = RunningService.resource("/plans/kent-2022-2027.json");
        String expected = PlanCheckServiceTest.cli(plan, "2026-12-01");
        HttpRequest request = HttpRequest.newBuilder(RunningService.uri("/plans/check?asOf=2026-12-01"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(plan)).build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            round(pool, request, expected, REQUESTS / 4); // warm up
            long first = 0;
            long[] all = new long[0];
            long started = System.nanoTime();
            for (int r = 0; r < ROUNDS; r++) {
                long[] latencies = round(pool, request, expected, REQUESTS);
                all = concat(all, latencies);
                if (r == 0) {
                    first = usedHeapAfterGc();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long last = usedHeapAfterGc();
            Arrays.sort(all);
            System.out.printf("plan-check load: %d requests, %d threads, %.1f requests/s; latency p50 %.1f ms,"
                    + " p95 %.1f ms, p99 %.1f ms, max %.1f ms; heap after round 1 %d MB, after round %d %d MB%n",
                    all.length, THREADS, all.length / seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99),
                    all[all.length - 1] / 1e6, first >> 20, ROUNDS, last >> 20);
            assertTrue(last - first < MAX_GROWTH_BYTES, "heap grew by " + ((last - first) >> 20) + " MB over "
                    + (ROUNDS - 1) * REQUESTS + " requests");
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] round(ExecutorService pool, HttpRequest request, String expected, int requests)
            throws Exception {
        List<Future<long[]>> parts = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int share = requests / THREADS + (t < requests % THREADS ? 1 : 0);
            parts.add(pool.submit(() -> {
                long[] latencies = new long[share];
                for (int i = 0; i < share; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = RunningService.CLIENT.send(request,
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    latencies[i] = System.nanoTime() - start;
                    assertEquals(200, response.statusCode());
                    assertEquals(expected, response.body());
                }
                return latencies;
            }));
        }
        long[] out = new long[0];
        for (Future<long[]> part : parts) {
            out = concat(out, part.get());
        }
        assertEquals(requests, out.length);
        return out;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static double ms(long[] sorted, double quantile) {
        int i = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
