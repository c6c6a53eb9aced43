package org.equalityduty.build;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Finds the public API declarations whose Javadoc has no {@code @since} tag.
 *
 * <p>A declaration is public API when a user of the package can see it: a public top-level type, and inside a
 * visible type every public or protected member (every member that is not private in an interface or annotation
 * type), enum constants included. Members of anonymous and local classes are not. A method annotated
 * {@code @Override} is not a new member: its documentation is inherited, so it needs no tag of its own.
 *
 * @since 0.2.0
 */
public final class SinceTags {
    private SinceTags() {
    }

    /**
     * A public declaration without {@code @since}.
     *
     * @param file  the source file, not null
     * @param line  the line the declaration starts on, from 1
     * @param declaration  what is declared, such as {@code method Gaps.meanGap(Summary,Summary)}, not null
     * @param problem  {@code no @since} or {@code no Javadoc}, not null
     * @since 0.2.0
     */
    public record Omission(Path file, long line, String declaration, String problem) {
        /**
         * Creates an instance.
         *
         * @param file  the source file, not null
         * @param line  the line the declaration starts on, from 1
         * @param declaration  what is declared, not null
         * @param problem  what is missing, not null
         * @since 0.2.0
         */
        public Omission {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(declaration, "declaration");
            Objects.requireNonNull(problem, "problem");
        }

        /**
         * Gets the omission as a compiler would report it.
         *
         * @return such as {@code .../Gaps.java:40: method Gaps.meanGap(Summary,Summary): no @since}, not null
         * @since 0.2.0
         */
        @Override
        public String toString() {
            return file + ":" + line + ": " + declaration + ": " + problem;
        }
    }

    /**
     * Finds the public declarations without {@code @since} in the packages chosen.
     *
     * @param sources  the parsed sources, not null
     * @param exported  whether a package (by name) is exported, not null
     * @return the omissions, in file and line order, unmodifiable, not null
     * @since 0.2.0
     */
    public static List<Omission> omissions(Sources sources, Predicate<String> exported) {
        Objects.requireNonNull(exported, "exported");
        List<Omission> found = new ArrayList<>();
        for (CompilationUnitTree unit : sources.getUnits()) {
            if (!exported.test(Sources.packageOf(unit))) {
                continue;
            }
            TreePath top = new TreePath(unit);
            for (Tree t : unit.getTypeDecls()) {
                if (t instanceof ClassTree c) {
                    if (has(c.getModifiers(), Modifier.PUBLIC)) {
                        type(sources, unit, new TreePath(top, c), c, c.getSimpleName().toString(), found);
                    }
                }
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Lists every public declaration of the packages chosen, whether tagged or not, by its name: a type by
     * {@code type Name} ({@code type Outer.Nested} for a nested one), a method or constructor by
     * {@code Owner.name(ParameterTypes)} with simple type names and no type arguments, a field or constant by
     * {@code Owner.NAME}, where the owner is the type's name with those of the types around it.
     *
     * @param sources  the parsed sources, not null
     * @param exported  whether a package (by name) is exported, not null
     * @return the declarations, sorted, unmodifiable, not null
     * @since 0.2.0
     */
    public static Set<String> declarations(Sources sources, Predicate<String> exported) {
        Objects.requireNonNull(exported, "exported");
        Set<String> names = new TreeSet<>();
        for (CompilationUnitTree unit : sources.getUnits()) {
            if (!exported.test(Sources.packageOf(unit))) {
                continue;
            }
            for (Tree t : unit.getTypeDecls()) {
                if (t instanceof ClassTree c && has(c.getModifiers(), Modifier.PUBLIC)) {
                    collect(c, c.getSimpleName().toString(), names);
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }

    private static void collect(ClassTree c, String owner, Set<String> names) {
        names.add("type " + owner);
        for (Tree m : c.getMembers()) {
            if (!visibleMember(c, m)) {
                continue;
            }
            String name = name(owner, c, m);
            if (m instanceof ClassTree nested) {
                collect(nested, owner + "." + nested.getSimpleName(), names);
            } else if (name != null) {
                names.add(name.substring(name.indexOf(' ') + 1));
            }
        }
    }

    private static void type(Sources sources, CompilationUnitTree unit, TreePath path, ClassTree c, String owner,
            List<Omission> found) {
        check(sources, unit, path, "type " + owner, found);
        for (Tree m : c.getMembers()) {
            if (!visibleMember(c, m)) {
                continue;
            }
            TreePath at = new TreePath(path, m);
            if (m instanceof ClassTree nested) {
                type(sources, unit, at, nested, owner + "." + nested.getSimpleName(), found);
            } else {
                String name = name(owner, c, m);
                if (name != null) {
                    check(sources, unit, at, name, found);
                }
            }
        }
    }

    /** The name of a method, constructor or field for the reports, or null for other members (initialisers). */
    private static @Nullable String name(String owner, ClassTree type, Tree m) {
        if (m instanceof MethodTree method) {
            boolean constructor = method.getName().contentEquals("<init>");
            String params = method.getParameters().stream().map(p -> simpleType(p.getType()))
                    .collect(Collectors.joining(","));
            return (constructor ? "constructor " + owner + "." + type.getSimpleName()
                    : "method " + owner + "." + method.getName()) + "(" + params + ")";
        }
        if (m instanceof VariableTree field) {
            return "field " + owner + "." + field.getName();
        }
        return null;
    }

    /** A parameter type as written, without annotations, type arguments or qualifiers: {@code List}, {@code int[]}. */
    static String simpleType(@Nullable Tree type) {
        if (type == null) {
            return "";
        }
        String s = type.toString().replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "");
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '<') {
                depth++;
            } else if (ch == '>') {
                depth--;
            } else if (depth == 0) {
                out.append(ch);
            }
        }
        String erased = out.toString().replace(" ", "");
        int dot = erased.lastIndexOf('.', erased.endsWith("...") ? erased.length() - 4 : erased.length());
        return dot < 0 ? erased : erased.substring(dot + 1);
    }

    private static boolean visibleMember(ClassTree owner, Tree m) {
        ModifiersTree mods;
        if (m instanceof ClassTree nested) {
            mods = nested.getModifiers();
        } else if (m instanceof MethodTree method) {
            mods = method.getModifiers();
            if (overrides(mods)) {
                return false;
            }
        } else if (m instanceof VariableTree field) {
            mods = field.getModifiers();
        } else {
            return false;
        }
        Tree.Kind kind = owner.getKind();
        if (kind == Tree.Kind.INTERFACE || kind == Tree.Kind.ANNOTATION_TYPE) {
            return !has(mods, Modifier.PRIVATE);
        }
        return has(mods, Modifier.PUBLIC) || has(mods, Modifier.PROTECTED);
    }

    private static boolean overrides(ModifiersTree mods) {
        for (AnnotationTree a : mods.getAnnotations()) {
            String name = a.getAnnotationType().toString();
            if (name.equals("Override") || name.equals("java.lang.Override")) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(ModifiersTree mods, Modifier modifier) {
        return mods.getFlags().contains(modifier);
    }

    private static void check(Sources sources, CompilationUnitTree unit, TreePath path, String declaration,
            List<Omission> found) {
        DocCommentTree doc = sources.getDocTrees().getDocCommentTree(path);
        String problem = null;
        if (doc == null) {
            problem = "no Javadoc";
        } else if (doc.getBlockTags().stream().noneMatch(t -> t.getKind() == DocTree.Kind.SINCE)) {
            problem = "no @since";
        }
        if (problem != null) {
            long start = sources.getDocTrees().getSourcePositions().getStartPosition(unit, path.getLeaf());
            found.add(new Omission(Path.of(unit.getSourceFile().toUri()), unit.getLineMap().getLineNumber(start),
                    declaration, problem));
        }
    }
}
