package org.equalityduty.build;

import static org.equalityduty.build.SinceTagsTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicTypesTest {
    @TempDir
    Path dir;

    @Test
    void nestedPublicTypesAreListedAndHiddenOnesAreNot() throws IOException {
        write(dir, "p/A.java", String.join("\n",
                "package p;",
                "public class A {",
                "    public static final class Builder { }",
                "    private static final class Hidden { }",
                "    public interface Face { class Implied { } }",
                "}",
                "class B { }",
                ""));
        write(dir, "p/internal/C.java", "package p.internal;\npublic class C { }\n");
        assertEquals(Set.of("p.A", "p.A.Builder", "p.A.Face", "p.A.Face.Implied"),
                PublicTypes.of(Sources.parse(dir), "p"::equals));
    }
}
