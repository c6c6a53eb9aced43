package org.equalityduty.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the runs record besides JMH's results, written beside them as {@code context.json} so that
 * {@code RESULTS.md} can be rendered again from the results directory alone. A run of some benchmarks
 * ({@code --only B3,B6}) is one <em>segment</em>: it replaces those benchmarks' entries and keeps every other
 * benchmark's entry from the segment that last ran it, so each benchmark keeps the date, mode and load of the run
 * its JMH figures come from.
 *
 * @param machine the machine, JDK and JMH of the latest segment
 * @param runs per benchmark group (B1, B2, B3, B5, B6, B7), the segment that last ran it
 * @param b1Records B1's record count in the segment that last ran B1 (0 if B1 never ran)
 * @param heap B5's heap probe (generated records), one sample per record count, from the last segment with B5
 * @param csvHeap B5's heap probe of the CSV import, one sample per row count, from the last segment with B5
 */
record Context(Map<String, String> machine, Map<String, Segment> runs, int b1Records,
        List<B5Streaming.HeapSample> heap, List<B5Streaming.HeapSample> csvHeap) {

    /** The benchmark groups the runner knows, in report order. */
    static final List<String> GROUPS = List.of("B1", "B2", "B3", "B5", "B6", "B7");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * One benchmark group's entry: the segment (one invocation of the runner) that ran it.
     *
     * @param date when the segment started, UTC, to the minute
     * @param quick whether the segment was in quick mode
     * @param loadBefore the 1-minute load average before the segment
     * @param loadAfter the 1-minute load average after it
     * @param seconds the wall time of the segment
     * @param together every group the segment ran (this one included), comma-separated
     * @param settings forks, warm-up and measurement of this group's JMH run
     * @param checks this group's same-answer check summaries
     */
    record Segment(String date, boolean quick, double loadBefore, double loadAfter, long seconds, String together,
            String settings, List<String> checks) {
        Segment {
            date = date == null ? "unknown" : date;
            together = together == null ? "" : together;
            settings = settings == null ? "" : settings;
            checks = checks == null ? List.of() : List.copyOf(checks);
        }
    }

    Context {
        machine = machine == null ? Map.of() : new LinkedHashMap<>(machine);
        runs = runs == null ? Map.of() : new LinkedHashMap<>(runs);
        heap = heap == null ? List.of() : List.copyOf(heap);
        csvHeap = csvHeap == null ? List.of() : List.copyOf(csvHeap);
    }

    /**
     * @return a context with no segment (nothing run yet)
     */
    static Context empty() {
        return new Context(Map.of(), Map.of(), 0, List.of(), List.of());
    }

    /**
     * This context with a later segment's entries replacing those of the groups it ran; every other group's entry is
     * kept, and B1's record count and B5's heap probes are taken from the later segment only if it ran them.
     *
     * @param later the later segment's context
     * @return the merged context
     */
    Context merge(Context later) {
        Map<String, Segment> merged = new LinkedHashMap<>();
        for (String g : GROUPS) {
            Segment s = later.runs.containsKey(g) ? later.runs.get(g) : runs.get(g);
            if (s != null) {
                merged.put(g, s);
            }
        }
        boolean b1 = later.runs.containsKey("B1");
        boolean b5 = later.runs.containsKey("B5");
        return new Context(later.runs.isEmpty() ? machine : later.machine, merged, b1 ? later.b1Records : b1Records,
                b5 ? later.heap : heap, b5 ? later.csvHeap : csvHeap);
    }

    /**
     * @param group a benchmark group
     * @return whether a recorded segment ran it in quick mode
     */
    boolean quick(String group) {
        Segment s = runs.get(group);
        return s != null && s.quick();
    }

    /**
     * @return the same-answer checks of every recorded group, in report order
     */
    List<String> checks() {
        List<String> out = new ArrayList<>();
        for (String g : GROUPS) {
            Segment s = runs.get(g);
            if (s != null) {
                out.addAll(s.checks());
            }
        }
        return out;
    }

    /**
     * @param file where to write
     * @throws IOException if it cannot be written
     */
    void write(Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), this);
    }

    /**
     * Reads a context; a missing file is a context with no segment (the report then says what was not recorded).
     * Fields this version does not know (an older runner's file) are ignored.
     *
     * @param file a file written by {@link #write(Path)}
     * @return the context
     * @throws IOException if it exists but cannot be read
     */
    static Context read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return empty();
        }
        return MAPPER.readValue(file.toFile(), Context.class);
    }
}
