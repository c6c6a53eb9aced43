package org.equalityduty.build;

import static org.equalityduty.build.SinceTagsTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageGraphTest {
    @TempDir
    Path dir;

    @Test
    void aCircleOfTwoPackagesIsFoundWithTheFilesThatMakeIt() throws IOException {
        write(dir, "a/A.java", "package a;\nimport b.B;\npublic class A { B b; }\n");
        // b reaches back to a by a qualified name, not an import
        write(dir, "b/B.java", "package b;\npublic class B { a.A a; }\n");
        // c uses a, and nothing uses c: no circle
        write(dir, "c/C.java", "package c;\nimport static a.A.hashCode;\npublic class C { }\n");
        PackageGraph graph = PackageGraph.of(List.of(Sources.parse(dir)));
        assertEquals(Set.of("a", "b", "c"), graph.packages());
        assertEquals(List.of(List.of("a", "b")), graph.circles());
        assertEquals(List.of("a -> b (A.java)", "b -> a (B.java)"), graph.describe(graph.circles().get(0)));
        assertEquals(Set.of("a"), graph.uses("c").keySet());
    }

    @Test
    void aJavadocLinkIsNotAUse() throws IOException {
        write(dir, "a/A.java", "package a;\nimport b.B;\npublic class A { B b; }\n");
        write(dir, "b/B.java", "package b;\n/** Made by {@link a.A}. */\npublic class B { }\n");
        PackageGraph graph = PackageGraph.of(List.of(Sources.parse(dir)));
        assertEquals(List.of(), graph.circles());
        assertEquals(Set.of(), graph.uses("b").keySet());
    }

    @Test
    void aLongerCircleIsOneComponentAndOnlyOurPackagesCount() throws IOException {
        write(dir, "x/X.java", "package x;\nimport y.Y;\nimport java.util.List;\npublic class X { Y y; List<String> l; }\n");
        write(dir, "y/Y.java", "package y;\nimport z.Z;\npublic class Y { Z z; }\n");
        write(dir, "z/Z.java", "package z;\nimport x.*;\npublic class Z { X x; }\n");
        PackageGraph graph = PackageGraph.of(List.of(Sources.parse(dir)));
        assertEquals(List.of(List.of("x", "y", "z")), graph.circles());
        assertEquals(Set.of("y"), graph.uses("x").keySet());
        assertEquals(Set.of(), graph.uses("java.util").keySet());
    }

    @Test
    void thePackageOfAQualifiedNameEndsBeforeItsFirstType() {
        assertEquals("org.equalityduty.core.plan", PackageGraph.packagePart("org.equalityduty.core.plan.Target.Builder"));
        assertEquals("a.b", PackageGraph.packagePart("a.b.*"));
        assertEquals("", PackageGraph.packagePart("Target.of"));
    }
}
