package org.equalityduty.build;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.DirectiveTree;
import com.sun.source.tree.ExportsTree;
import com.sun.source.tree.ModuleTree;
import com.sun.source.tree.Tree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository's layout as its POMs state it: its modules, the published ones, and the packages each exports.
 *
 * @since 0.2.0
 */
public final class Repository {
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");
    private static final String BOM = "equality-bom";

    private final Path root;

    private Repository(Path root) {
        this.root = root;
    }

    /**
     * Finds the repository that holds a directory: the nearest directory at or above it with the BOM module.
     *
     * @param start  a directory inside the repository, such as a module's, not null
     * @return the repository, not null
     * @throws IllegalArgumentException if no directory at or above it holds {@code equality-bom/pom.xml}
     * @since 0.2.0
     */
    public static Repository containing(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(BOM).resolve("pom.xml"))) {
                return new Repository(p);
            }
        }
        throw new IllegalArgumentException("no repository above " + start + ": no " + BOM + "/pom.xml found");
    }

    /**
     * Gets the repository's top directory.
     *
     * @return the directory that holds the parent POM, not null
     * @since 0.2.0
     */
    public Path getRoot() {
        return root;
    }

    /**
     * Gets the modules of the build, as the parent POM lists them.
     *
     * @return the module directories relative to the root, such as {@code examples/plan-check-service}, not null
     * @since 0.2.0
     */
    public List<String> modules() {
        return matches(MODULE, read(root.resolve("pom.xml")));
    }

    /**
     * Gets the published modules: those the BOM manages, which exist as directories of the build.
     *
     * @return the module directories relative to the root, in the BOM's order, not null
     * @since 0.2.0
     */
    public List<String> publishedModules() {
        String bom = read(root.resolve(BOM).resolve("pom.xml"));
        int start = bom.indexOf("<dependencyManagement>");
        int end = bom.indexOf("</dependencyManagement>");
        if (start < 0 || end < start) {
            throw new IllegalStateException(BOM + "/pom.xml has no dependencyManagement");
        }
        List<String> published = new ArrayList<>();
        for (String artifact : matches(ARTIFACT, bom.substring(start, end))) {
            if (modules().contains(artifact)) {
                published.add(artifact);
            }
        }
        return published;
    }

    /**
     * Gets the main source directory of a module.
     *
     * @param module  a module directory relative to the root, not null
     * @return its {@code src/main/java}, which may not exist, not null
     * @since 0.2.0
     */
    public Path mainSources(String module) {
        return root.resolve(module).resolve("src/main/java");
    }

    /**
     * Gets the packages a module's sources export: those its {@code module-info.java} exports to everyone, or, for
     * an automatic module, every package whose name has no {@code internal} part.
     *
     * @param sources  the parsed main sources of one module, not null
     * @return whether a package is exported, not null
     * @since 0.2.0
     */
    public static Predicate<String> exportedPackages(Sources sources) {
        for (CompilationUnitTree unit : sources.getUnits()) {
            for (Tree t : moduleAndTypes(unit)) {
                if (t instanceof ModuleTree module) {
                    Set<String> exported = new TreeSet<>();
                    for (DirectiveTree d : module.getDirectives()) {
                        // javac gives no list of modules (null) for an export to everyone
                        if (d instanceof ExportsTree exports && (exports.getModuleNames() == null
                                || exports.getModuleNames().isEmpty())) {
                            exported.add(exports.getPackageName().toString());
                        }
                    }
                    return exported::contains;
                }
            }
        }
        return p -> !("." + p + ".").contains(".internal.");
    }

    /** The module declaration, if the file has one, and the types: where it is depends on the JDK. */
    private static List<Tree> moduleAndTypes(CompilationUnitTree unit) {
        List<Tree> trees = new ArrayList<>(unit.getTypeDecls());
        ModuleTree module = unit.getModule();
        if (module != null) {
            trees.add(module);
        }
        return trees;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text.replaceAll("(?s)<!--.*?-->", ""));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
