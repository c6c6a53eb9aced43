package org.equalityduty.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a run records besides JMH's results, written beside them as {@code context.json} so that
 * {@code RESULTS.md} can be rendered again from the results directory alone.
 *
 * @param quick whether the run was in quick mode
 * @param b1Records B1's record count
 * @param checks the same-answer checks' one-line summaries
 * @param heap B5's heap probe (generated records), one sample per record count
 * @param csvHeap B5's heap probe of the CSV import, one sample per row count
 * @param machine the machine, JDK and JMH
 * @param loadBefore the 1-minute load average before the run
 * @param loadAfter the 1-minute load average after it
 * @param seconds the wall time of the run
 * @param settings forks, warm-up and measurement per benchmark group
 */
record Context(boolean quick, int b1Records, List<String> checks, List<B5Streaming.HeapSample> heap,
        List<B5Streaming.HeapSample> csvHeap, Map<String, String> machine, double loadBefore, double loadAfter,
        long seconds, Map<String, String> settings) {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param file where to write
     * @throws IOException if it cannot be written
     */
    void write(Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), this);
    }

    /**
     * @param file a file written by {@link #write(Path)}
     * @return the context
     * @throws IOException if it cannot be read
     */
    static Context read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("no " + file + ": run the benchmarks first (without --report-only)");
        }
        return MAPPER.readValue(file.toFile(), Context.class);
    }
}
