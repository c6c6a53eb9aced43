package org.equalityduty.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of equality-core depend on each other without circles, read from the compiled classes with the JDK's
 * {@code jdeps} (the same figures as {@code jdeps -verbose:package -e 'org\.equalityduty\..*'} on the classes
 * without {@code module-info.class}).
 */
class PackageStructureTest {
    private static final String CORE = "org.equalityduty.core";
    private static Map<String, Set<String>> uses;

    @BeforeAll
    static void readPackages() throws IOException, URISyntaxException {
        Path classes = Paths.get(InvalidValueException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path copy = Files.createTempDirectory("core-classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.toString().endsWith(".class") && !p.getFileName().toString().equals("module-info.class")) {
                    Path target = copy.resolve(classes.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-filter:none", "-e",
                "org\\.equalityduty\\..*", copy.toString());
        assertEquals(0, rc, out.toString());
        uses = new TreeMap<>();
        Matcher m = Pattern.compile("^\\s+(org\\.equalityduty\\.[\\w.]+)\\s+->\\s+(org\\.equalityduty\\.[\\w.]+)",
                Pattern.MULTILINE).matcher(out.toString());
        while (m.find()) {
            if (!m.group(1).equals(m.group(2))) {
                uses.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
    }

    @Test
    void noPackageCircles() {
        assertTrue(uses.containsKey(CORE + ".plan"), "jdeps read no classes: " + uses);
        assertEquals(List.of(), circles(), "package dependencies " + uses);
    }

    @Test
    void onlyTheEngineUsesTheRules() {
        // The engine (Rule, which defines each rule once and names its check) and the rules themselves; the rules
        // use no engine type, or the two packages would form a circle.
        uses.forEach((from, to) -> assertTrue(from.startsWith(CORE + ".assessment")
                || !to.contains(CORE + ".assessment.rules"), from + " uses the rule implementations"));
        assertTrue(uses.getOrDefault(CORE + ".assessment.rules", Set.of()).stream()
                .noneMatch(to -> to.equals(CORE + ".assessment")), "the rules use the engine");
    }

    @Test
    void domainTypesUseNoEngine() {
        for (String domain : List.of("plan", "population", "duty", "observation", "constraints")) {
            for (String to : uses.getOrDefault(CORE + "." + domain, Set.of())) {
                assertTrue(!to.startsWith(CORE + ".assessment") && !to.startsWith(CORE + ".progress")
                        && !to.startsWith(CORE + ".validation"), domain + " uses " + to);
            }
        }
    }

    /** Tarjan's strongly connected components with more than one package. */
    private static List<Set<String>> circles() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> found = new ArrayList<>();
        for (String v : uses.keySet()) {
            if (!index.containsKey(v)) {
                visit(v, index, low, stack, found);
            }
        }
        return found;
    }

    private static void visit(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
            List<Set<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        for (String w : uses.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                visit(w, index, low, stack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }
}
