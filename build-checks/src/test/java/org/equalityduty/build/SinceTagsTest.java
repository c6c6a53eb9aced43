package org.equalityduty.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinceTagsTest {
    @TempDir
    Path dir;

    static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A planted package: one of each kind of declaration, tagged or not; the expected omissions are hand-listed. */
    private Sources planted() throws IOException {
        write(dir, "p/Api.java", String.join("\n",
                "package p;",                                            // 1
                "",                                                      // 2
                "import java.util.List;",                                // 3
                "",                                                      // 4
                "/**",                                                   // 5
                " * An API.",                                            // 6
                " *",                                                    // 7
                " * @since 0.1.0",                                       // 8
                " */",                                                   // 9
                "public class Api {",                                    // 10
                "    /** A constant, untagged. */",                      // 11
                "    public static final int LIMIT = 3;",                // 12
                "    /** Tagged. @since 0.1.0 */",                       // 13
                "    public static final int TAGGED_IN_TEXT = 4;",       // 14
                "    private int hidden;",                               // 15
                "    /**",                                               // 16
                "     * Tagged.",                                        // 17
                "     *",                                                // 18
                "     * @return the size",                               // 19
                "     * @since 0.2.0",                                   // 20
                "     */",                                               // 21
                "    public int size() { return hidden; }",              // 22
                "    /** Untagged. @param names the names @return a copy */", // 23
                "    @Deprecated",                                       // 24
                "    public static List<String> of(@Deprecated String first, java.util.List<String> names) {", // 25
                "        return new Object() { public List<String> inner() { return names; } }.inner();", // 26
                "    }",                                                 // 27
                "    protected void noDoc() {}",                         // 28
                "    void packagePrivate() {}",                          // 29
                "    /** Inherited. */",                                 // 30
                "    @Override",                                         // 31
                "    public String toString() { return \"\"; }",         // 32
                "    /** A kind. @since 0.1.0 */",                       // 33
                "    public enum Kind {",                                // 34
                "        /** Tagged. @since 0.1.0 */",                   // 35
                "        A,",                                            // 36
                "        /** Untagged. */",                              // 37
                "        B",                                             // 38
                "    }",                                                 // 39
                "    /** A shape, untagged. */",                         // 40
                "    public interface Shape {",                          // 41
                "        /** Implicitly public, untagged. @return sides */", // 42
                "        int sides(int... scale);",                      // 43
                "    }",                                                 // 44
                "    /** A point. @param x the x @since 0.2.0 */",       // 45
                "    public record Point(int x) {",                      // 46
                "    }",                                                 // 47
                "    private static class Secret { public void open() {} }", // 48
                "}",                                                     // 49
                ""));
        write(dir, "p/Hidden.java", "package p;\nclass Hidden { public void x() {} }\n");
        write(dir, "p/internal/Impl.java", "package p.internal;\npublic class Impl { public void x() {} }\n");
        return Sources.parse(dir);
    }

    private static List<String> brief(List<SinceTags.Omission> found) {
        return found.stream().map(o -> o.file().getFileName() + ":" + o.line() + ": " + o.declaration() + ": "
                + o.problem()).collect(Collectors.toList());
    }

    @Test
    void plantedOmissionsAreEachFoundOnce() throws IOException {
        List<SinceTags.Omission> found = SinceTags.omissions(planted(), p -> !p.contains("internal"));
        // Javadoc puts a block tag only at the start of a line, so "@since" inside the text of a one-line comment
        // (line 13, 33, 35, 45) is text, not a tag: javadoc itself would not show it. Those count as untagged.
        assertEquals(List.of(
                "Api.java:12: field Api.LIMIT: no @since",
                "Api.java:14: field Api.TAGGED_IN_TEXT: no @since",
                "Api.java:24: method Api.of(String,List): no @since",
                "Api.java:28: method Api.noDoc(): no Javadoc",
                "Api.java:34: type Api.Kind: no @since",
                "Api.java:36: field Api.Kind.A: no @since",
                "Api.java:38: field Api.Kind.B: no @since",
                "Api.java:41: type Api.Shape: no @since",
                "Api.java:43: method Api.Shape.sides(int[]): no @since",
                "Api.java:46: type Api.Point: no @since"), brief(found));
    }

    @Test
    void taggedDeclarationsAreNotReported() throws IOException {
        write(dir, "q/Done.java", String.join("\n",
                "package q;",
                "/**",
                " * Done.",
                " *",
                " * @since 0.1.0",
                " */",
                "public interface Done {",
                "    /**",
                "     * A constant.",
                "     *",
                "     * @since 0.2.0",
                "     */",
                "    int LIMIT = 1;",
                "}",
                ""));
        assertEquals(List.of(), SinceTags.omissions(Sources.parse(dir), p -> true));
    }

    @Test
    void aPackageThatIsNotExportedIsNotRead() throws IOException {
        planted();
        assertEquals(List.of(), SinceTags.omissions(Sources.parse(dir), p -> false));
    }

    @Test
    void omissionReadsAsACompilerMessage() {
        SinceTags.Omission o = new SinceTags.Omission(Path.of("a", "B.java"), 7, "type B", "no @since");
        assertEquals(Path.of("a", "B.java") + ":7: type B: no @since", o.toString());
    }

    @Test
    void declarationsNameEveryPublicMemberBySignature() throws IOException {
        Set<String> names = SinceTags.declarations(planted(), p -> !p.contains("internal"));
        assertEquals(Set.of("type Api", "Api.LIMIT", "Api.TAGGED_IN_TEXT", "Api.size()", "Api.of(String,List)",
                "Api.noDoc()", "type Api.Kind", "Api.Kind.A", "Api.Kind.B", "type Api.Shape", "Api.Shape.sides(int[])",
                "type Api.Point"),
                names);
    }

    @Test
    void parameterTypesAreWrittenSimply() throws IOException {
        write(dir, "r/T.java", String.join("\n",
                "package r;",
                "public class T {",
                "    public void m(java.util.Map<String, java.util.List<Integer>> a, @org.jspecify.annotations.Nullable"
                        + " String b, int[] c, java.lang.String... d) {}",
                "    public T() {}",
                "}",
                ""));
        Set<String> names = SinceTags.declarations(Sources.parse(dir), p -> true);
        assertTrue(names.contains("T.m(Map,String,int[],String[])"), names::toString);
        assertTrue(names.contains("T.T()"), names::toString);
    }
}
