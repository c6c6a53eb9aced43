package org.equalityduty.build;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;

/**
 * The qualified names of the public types of some sources, nested types included
 * ({@code org.equalityduty.core.plan.Target.Builder}).
 *
 * @since 0.2.0
 */
public final class PublicTypes {
    private PublicTypes() {
    }

    /**
     * Lists the public types of the packages chosen: public top-level types and, inside them, the nested types a
     * user can see.
     *
     * @param sources  the parsed sources, not null
     * @param exported  whether a package (by name) is exported, not null
     * @return the qualified names, sorted, unmodifiable, not null
     * @since 0.2.0
     */
    public static Set<String> of(Sources sources, Predicate<String> exported) {
        Objects.requireNonNull(exported, "exported");
        Set<String> names = new TreeSet<>();
        for (CompilationUnitTree unit : sources.getUnits()) {
            String pkg = Sources.packageOf(unit);
            if (!exported.test(pkg)) {
                continue;
            }
            for (Tree t : unit.getTypeDecls()) {
                if (t instanceof ClassTree c && c.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
                    add(pkg.isEmpty() ? "" : pkg + ".", c, names);
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }

    private static void add(String prefix, ClassTree c, Set<String> names) {
        String name = prefix + c.getSimpleName();
        names.add(name);
        boolean implicitlyPublic = c.getKind() == Tree.Kind.INTERFACE || c.getKind() == Tree.Kind.ANNOTATION_TYPE;
        for (Tree m : c.getMembers()) {
            if (m instanceof ClassTree nested) {
                Set<Modifier> flags = nested.getModifiers().getFlags();
                if (flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED)
                        || (implicitlyPublic && !flags.contains(Modifier.PRIVATE))) {
                    add(name + ".", nested, names);
                }
            }
        }
    }
}
