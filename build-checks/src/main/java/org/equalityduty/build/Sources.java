package org.equalityduty.build;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Java sources parsed with the JDK's compiler, without compiling them: the syntax trees and their Javadoc comments.
 *
 * @since 0.2.0
 */
public final class Sources {
    private final List<CompilationUnitTree> units;
    private final DocTrees docTrees;

    private Sources(List<CompilationUnitTree> units, DocTrees docTrees) {
        this.units = units;
        this.docTrees = docTrees;
    }

    /**
     * Parses every {@code .java} file under a directory (none if it does not exist).
     *
     * @param root  the source directory, such as {@code equality-core/src/main/java}, not null
     * @return the parsed sources, not null
     * @throws UncheckedIOException if a file cannot be read
     * @throws IllegalStateException if a file is not valid Java
     * @since 0.2.0
     */
    public static Sources parse(Path root) {
        Objects.requireNonNull(root, "root");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.getFileName().toString().endsWith(".java")).sorted()
                        .collect(Collectors.toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        if (files.isEmpty()) {
            return new Sources(List.of(), DocTrees.instance(parseTask(List.of(), new ArrayList<>())));
        }
        List<String> errors = new ArrayList<>();
        JavacTask task = parseTask(files, errors);
        List<CompilationUnitTree> units = new ArrayList<>();
        try {
            task.parse().forEach(units::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources under " + root, e);
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("cannot parse the sources under " + root + ": " + errors);
        }
        return new Sources(List.copyOf(units), DocTrees.instance(task));
    }

    private static JavacTask parseTask(List<Path> files, List<String> errors) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler: run on a JDK, not a JRE");
        }
        StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        JavacTask task = (JavacTask) compiler.getTask(null, fileManager, d -> {
            if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
                errors.add((d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber() + ": "
                        + d.getMessage(Locale.ROOT));
            }
        }, List.of("-proc:none"), null, fileManager.getJavaFileObjectsFromPaths(files));
        return task;
    }

    /**
     * Gets the parsed files, in the order of their paths.
     *
     * @return the compilation units, unmodifiable, not null
     * @since 0.2.0
     */
    public List<CompilationUnitTree> getUnits() {
        return units;
    }

    /**
     * Gets the Javadoc comments of the parsed trees.
     *
     * @return the doc trees, not null
     * @since 0.2.0
     */
    public DocTrees getDocTrees() {
        return docTrees;
    }

    /**
     * Gets the package of a file.
     *
     * @param unit  a parsed file, not null
     * @return its package name, empty for the unnamed package, not null
     * @since 0.2.0
     */
    public static String packageOf(CompilationUnitTree unit) {
        return unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    }
}
