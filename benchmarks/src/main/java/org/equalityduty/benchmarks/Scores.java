package org.equalityduty.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One run's JMH results, read from the JSON files JMH wrote ({@code -rf json}): per benchmark, the score, its 99.9%
 * confidence half-width as JMH reports it (Student's t over every measurement iteration of every fork), and the
 * secondary results (the GC profiler's). A benchmark with a {@code records} or {@code rows} parameter of B5 is keyed
 * {@code name@value}.
 */
final class Scores {

    /** A score and its 99.9% half-width ({@code NaN} if the benchmark did not run). */
    record Score(double score, double error, int samples) {
        /** @return whether the benchmark ran */
        boolean ran() {
            return !Double.isNaN(score);
        }
    }

    private static final Score MISSING = new Score(Double.NaN, Double.NaN, 0);

    private final Map<String, Score> primary = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> secondary = new LinkedHashMap<>();

    /**
     * Reads every {@code *.json} file of a directory written by JMH.
     *
     * @param dir the directory
     * @return the scores
     * @throws IOException if a file cannot be read or is not JMH's JSON
     */
    static Scores load(Path dir) throws IOException {
        Scores s = new Scores();
        ObjectMapper mapper = new ObjectMapper();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> d = Files.newDirectoryStream(dir, "B*.json")) {
            d.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
            JsonNode root = mapper.readTree(f.toFile());
            if (!root.isArray()) {
                throw new IOException(f + " is not JMH's JSON output (expected an array)");
            }
            for (JsonNode run : root) {
                s.add(run);
            }
        }
        return s;
    }

    private void add(JsonNode run) {
        String key = run.path("benchmark").asText();
        JsonNode params = run.path("params");
        if (key.contains(".B5") && params.has("records")) {
            key = key + "@" + params.path("records").asText();
        }
        JsonNode p = run.path("primaryMetric");
        int samples = 0;
        for (JsonNode fork : p.path("rawData")) {
            samples += fork.size();
        }
        primary.put(key, new Score(p.path("score").asDouble(Double.NaN), error(p), samples));
        Map<String, Double> sec = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : run.path("secondaryMetrics").properties()) {
            sec.put(e.getKey(), e.getValue().path("score").asDouble(Double.NaN));
        }
        secondary.put(key, sec);
    }

    /** JMH writes "NaN" for the error of a single sample; that is an unknown error, kept as NaN. */
    private static double error(JsonNode metric) {
        JsonNode e = metric.path("scoreError");
        return e.isNumber() ? e.asDouble() : Double.NaN;
    }

    /**
     * Adds a result directly (for tests).
     *
     * @param key the benchmark key
     * @param score the score
     * @param error the 99.9% half-width
     */
    void put(String key, double score, double error) {
        primary.put(key, new Score(score, error, 0));
    }

    /**
     * @param key the benchmark key
     * @return its score, or a score of {@code NaN} if it did not run
     */
    Score get(String key) {
        return primary.getOrDefault(key, MISSING);
    }

    /**
     * @param key the benchmark key
     * @return {@code {score, error}}, {@code NaN} if it did not run
     */
    double[] score(String key) {
        Score s = get(key);
        return new double[] {s.score(), s.error()};
    }

    /**
     * @param key the benchmark key
     * @param suffix the end of the secondary result's name, such as {@code gc.alloc.rate.norm}
     * @return its score, or {@code NaN}
     */
    double secondary(String key, String suffix) {
        for (Map.Entry<String, Double> e : secondary.getOrDefault(key, Map.of()).entrySet()) {
            if (e.getKey().endsWith(suffix)) {
                return e.getValue();
            }
        }
        return Double.NaN;
    }

    /** @return whether nothing was read */
    boolean isEmpty() {
        return primary.isEmpty();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Scores[%d benchmarks]", primary.size());
    }
}
