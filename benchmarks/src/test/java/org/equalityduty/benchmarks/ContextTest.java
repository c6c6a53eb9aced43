package org.equalityduty.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later segment replaces only the groups it ran; the file round-trips; a missing or older file is readable. */
class ContextTest {
    private static final B5Streaming.HeapSample SAMPLE = new B5Streaming.HeapSample(1, 2, 3, 4, 5, 6, 7);

    private static Context.Segment segment(String date, boolean quick, String check) {
        return new Context.Segment(date, quick, 1.5, 2.5, 30, "B1, B5", "1 fork", List.of(check));
    }

    @Test
    void mergeKeepsTheGroupsTheLaterSegmentDidNotRun() {
        Context earlier = new Context(Map.of("cores", "2"), Map.of("B1", segment("d1", false, "B1 ok"), "B5",
                segment("d1", false, "B5 ok")), 10_000_000, List.of(SAMPLE), List.of(SAMPLE, SAMPLE));
        Context later = new Context(Map.of("cores", "4"), Map.of("B7", segment("d2", true, "B7 ok")), 2_000_000,
                List.of(), List.of());
        Context merged = earlier.merge(later);
        assertEquals(List.of("B1", "B5", "B7"), List.copyOf(merged.runs().keySet()));
        assertEquals("d1", merged.runs().get("B1").date());
        assertEquals("d2", merged.runs().get("B7").date());
        assertEquals(List.of("B1 ok", "B5 ok", "B7 ok"), merged.checks());
        // B1's size and B5's probes stay those of the segment that ran them; the machine is the latest.
        assertEquals(10_000_000, merged.b1Records());
        assertEquals(List.of(SAMPLE), merged.heap());
        assertEquals(2, merged.csvHeap().size());
        assertEquals("4", merged.machine().get("cores"));
        assertTrue(merged.quick("B7"));
        assertTrue(!merged.quick("B1") && !merged.quick("B2"));
        // A later segment that ran B1 and B5 replaces them.
        Context again = merged.merge(new Context(Map.of(), Map.of("B1", segment("d3", true, "B1 again"), "B5",
                segment("d3", true, "B5 again")), 2_000_000, List.of(), List.of(SAMPLE)));
        assertEquals(2_000_000, again.b1Records());
        assertEquals(List.of(), again.heap());
        assertEquals(List.of(SAMPLE), again.csvHeap());
        assertEquals(List.of("B1 again", "B5 again", "B7 ok"), again.checks());
        // An empty segment changes nothing, not even the machine.
        assertEquals(again, again.merge(Context.empty()));
    }

    @Test
    void roundTripsThroughItsFile(@TempDir Path dir) throws IOException {
        Context c = new Context(Map.of("cores", "2"), Map.of("B7", segment("2026-12-01 15:00", true, "B7 ok")),
                0, List.of(SAMPLE), List.of());
        Path file = dir.resolve("context.json");
        c.write(file);
        assertEquals(c, Context.read(file));
    }

    @Test
    void aMissingFileIsAnEmptyContextAndAnOlderFileIsRead(@TempDir Path dir) throws IOException {
        assertEquals(Context.empty(), Context.read(dir.resolve("none.json")));
        Path old = dir.resolve("old.json");
        Files.writeString(old, "{\"quick\": true, \"b1Records\": 2000000, \"checks\": [\"B1: ok\"], \"loadBefore\": 1.0}");
        Context c = Context.read(old);
        assertEquals(2_000_000, c.b1Records());
        assertEquals(Map.of(), c.runs());
    }
}
