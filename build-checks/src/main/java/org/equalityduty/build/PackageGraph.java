package org.equalityduty.build;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.util.TreeScanner;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The import graph between the packages of a set of sources, and its circles.
 *
 * <p>Package {@code a} uses package {@code b} when a file of {@code a} imports a type of {@code b} (or a member of
 * one) or names one of its types by its qualified name. Javadoc comments are not read: a link tag alone is not a
 * use. Only packages of the sources given count.
 *
 * @since 0.2.0
 */
public final class PackageGraph {
    /** For each package, the packages it uses, each with the files that use it. */
    private final Map<String, Map<String, Set<Path>>> uses;

    private PackageGraph(Map<String, Map<String, Set<Path>>> uses) {
        this.uses = uses;
    }

    /**
     * Builds the graph of some parsed sources.
     *
     * @param all  the parsed sources, such as every module's main sources, not null
     * @return the graph, not null
     * @since 0.2.0
     */
    public static PackageGraph of(List<Sources> all) {
        Set<String> packages = new TreeSet<>();
        for (Sources sources : all) {
            for (CompilationUnitTree unit : sources.getUnits()) {
                packages.add(Sources.packageOf(unit));
            }
        }
        Map<String, Map<String, Set<Path>>> uses = new TreeMap<>();
        for (String p : packages) {
            uses.put(p, new TreeMap<>());
        }
        for (Sources sources : all) {
            for (CompilationUnitTree unit : sources.getUnits()) {
                String from = Sources.packageOf(unit);
                Path file = Path.of(unit.getSourceFile().toUri());
                Set<String> used = new TreeSet<>();
                for (ImportTree i : unit.getImports()) {
                    used.add(packagePart(i.getQualifiedIdentifier().toString()));
                }
                new TreeScanner<Void, Void>() {
                    @Override
                    public Void visitMemberSelect(MemberSelectTree node, Void unused) {
                        used.add(packagePart(node.toString()));
                        return super.visitMemberSelect(node, null);
                    }
                }.scan(unit.getTypeDecls(), null);
                Map<String, Set<Path>> targets = uses.computeIfAbsent(from, k -> new TreeMap<>());
                for (String to : used) {
                    if (!to.equals(from) && packages.contains(to)) {
                        targets.computeIfAbsent(to, k -> new TreeSet<>()).add(file);
                    }
                }
            }
        }
        return new PackageGraph(uses);
    }

    /** The package part of a qualified name: the names before the first that starts with an upper-case letter. */
    static String packagePart(String qualified) {
        int end = 0;
        for (int start = 0; start < qualified.length(); ) {
            int dot = qualified.indexOf('.', start);
            String part = qualified.substring(start, dot < 0 ? qualified.length() : dot);
            if (part.isEmpty() || Character.isUpperCase(part.charAt(0)) || part.equals("*")) {
                break;
            }
            end = dot < 0 ? qualified.length() : dot;
            start = end + 1;
        }
        return qualified.substring(0, end);
    }

    /**
     * Gets the packages of the sources.
     *
     * @return the package names, sorted, unmodifiable, not null
     * @since 0.2.0
     */
    public Set<String> packages() {
        return Collections.unmodifiableSet(uses.keySet());
    }

    /**
     * Gets the packages one package uses.
     *
     * @param from  a package name, not null
     * @return the packages it uses, each with the files that use it, unmodifiable, not null
     * @since 0.2.0
     */
    public Map<String, Set<Path>> uses(String from) {
        Map<String, Set<Path>> to = uses.get(Objects.requireNonNull(from, "from"));
        return to == null ? Map.of() : Collections.unmodifiableMap(to);
    }

    /**
     * Finds the circles: each set of two or more packages of which each uses every other, directly or through the
     * others (a strongly connected component of the graph).
     *
     * @return the circles, each sorted, unmodifiable, not null; empty when imports run one way
     * @since 0.2.0
     */
    public List<List<String>> circles() {
        // Tarjan's algorithm over the packages numbered in name order.
        List<String> names = new ArrayList<>(uses.keySet());
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            number.put(names.get(i), i);
        }
        int[][] edges = new int[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            List<Integer> successors = new ArrayList<>();
            for (String to : uses(names.get(i)).keySet()) {
                Integer w = number.get(to);
                if (w != null) {
                    successors.add(w);
                }
            }
            edges[i] = successors.stream().mapToInt(Integer::intValue).toArray();
        }
        Tarjan t = new Tarjan(edges);
        for (int v = 0; v < names.size(); v++) {
            if (t.index[v] < 0) {
                t.connect(v);
            }
        }
        List<List<String>> circles = new ArrayList<>();
        for (List<Integer> component : t.components) {
            if (component.size() > 1) {
                List<String> circle = new ArrayList<>();
                component.forEach(v -> circle.add(names.get(v)));
                Collections.sort(circle);
                circles.add(List.copyOf(circle));
            }
        }
        circles.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return Collections.unmodifiableList(circles);
    }

    /** The strongly connected components of a graph given as lists of successors. */
    private static final class Tarjan {
        final int[][] edges;
        final int[] index;
        final int[] low;
        final boolean[] onStack;
        final Deque<Integer> stack = new ArrayDeque<>();
        final List<List<Integer>> components = new ArrayList<>();
        int next;

        Tarjan(int[][] edges) {
            this.edges = edges;
            this.index = new int[edges.length];
            this.low = new int[edges.length];
            this.onStack = new boolean[edges.length];
            java.util.Arrays.fill(index, -1);
        }

        void connect(int v) {
            index[v] = next;
            low[v] = next;
            next++;
            stack.push(v);
            onStack[v] = true;
            for (int w : edges[v]) {
                if (index[w] < 0) {
                    connect(w);
                    low[v] = Math.min(low[v], low[w]);
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], index[w]);
                }
            }
            if (low[v] == index[v]) {
                List<Integer> component = new ArrayList<>();
                int w;
                do {
                    w = stack.pop();
                    onStack[w] = false;
                    component.add(w);
                } while (w != v);
                components.add(component);
            }
        }
    }

    /**
     * Describes a circle for a report: each use inside it with the files that make it.
     *
     * @param circle  one of {@link #circles()}, not null
     * @return lines such as {@code a -> b (A.java, B.java)}, not null
     * @since 0.2.0
     */
    public List<String> describe(List<String> circle) {
        List<String> lines = new ArrayList<>();
        for (String from : circle) {
            uses(from).forEach((to, files) -> {
                if (circle.contains(to)) {
                    List<String> names = new ArrayList<>();
                    files.forEach(f -> names.add(String.valueOf(f.getFileName())));
                    lines.add(from + " -> " + to + " (" + String.join(", ", names) + ")");
                }
            });
        }
        return lines;
    }
}
