package org.equalityduty.build;

import static org.equalityduty.build.SinceTagsTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLinksTest {
    @TempDir
    Path dir;

    @Test
    void aLinkToAMissingFileIsReportedWithItsLine() throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/there.md"), "x\n");
        write(dir, "README.md", String.join("\n",
                "See [there](docs/there.md#a-section) and [gone](docs/gone.md).",
                "[web](https://example.org/x.md), [anchor](#top), ![image](docs/none.png \"title\")",
                "```",
                "[in code](not/read.md)",
                "```",
                "[dir](docs/)",
                ""));
        assertEquals(List.of("README.md:1: docs/gone.md does not exist", "README.md:2: docs/none.png does not exist"),
                DocumentLinks.broken(dir.resolve("README.md")));
    }

    @Test
    void aMissingDocumentIsAnError() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> DocumentLinks.broken(dir.resolve("none.md")));
        assertEquals("cannot read " + dir.resolve("none.md"), e.getMessage());
    }
}
