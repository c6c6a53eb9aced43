package org.equalityduty.build;

import static org.equalityduty.build.SinceTagsTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.ClassTree;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    @TempDir
    Path dir;

    @Test
    void filesAreParsedInPathOrderWithTheirJavadoc() throws IOException {
        write(dir, "b/B.java", "package b;\n/** Bee. */\npublic class B { }\n");
        write(dir, "a/A.java", "/** Ay. */\npublic class A { }\n");
        Sources sources = Sources.parse(dir);
        assertEquals(2, sources.getUnits().size());
        assertEquals("", Sources.packageOf(sources.getUnits().get(0)));
        assertEquals("b", Sources.packageOf(sources.getUnits().get(1)));
        ClassTree b = (ClassTree) sources.getUnits().get(1).getTypeDecls().get(0);
        TreePath path = new TreePath(new TreePath(sources.getUnits().get(1)), b);
        assertEquals("Bee.", sources.getDocTrees().getDocCommentTree(path).getFullBody().toString());
    }

    @Test
    void aDirectoryThatDoesNotExistHasNoSources() {
        assertEquals(0, Sources.parse(dir.resolve("none")).getUnits().size());
    }

    @Test
    void sourcesThatDoNotParseAreAnError() throws IOException {
        write(dir, "p/A.java", "package p;\npublic class A {\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Sources.parse(dir));
        assertTrue(e.getMessage().startsWith("cannot parse the sources under " + dir), e.getMessage());
        assertTrue(e.getMessage().endsWith("A.java:2: reached end of file while parsing]"), e.getMessage());
    }
}
