package org.equalityduty.build;

import static org.equalityduty.build.SinceTagsTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryTest {
    @TempDir
    Path dir;

    @Test
    void aModuleExportsWhatItsModuleInfoSays() throws IOException {
        write(dir, "module-info.java", "module m { exports p; exports q to other; }\n");
        write(dir, "p/A.java", "package p;\npublic class A { }\n");
        Sources sources = Sources.parse(dir);
        assertEquals(true, Repository.exportedPackages(sources).test("p"));
        assertEquals(false, Repository.exportedPackages(sources).test("q"));
    }

    @Test
    void anAutomaticModuleExportsAllButInternal() throws IOException {
        write(dir, "p/A.java", "package p;\npublic class A { }\n");
        Sources sources = Sources.parse(dir);
        assertEquals(true, Repository.exportedPackages(sources).test("p.q"));
        assertEquals(false, Repository.exportedPackages(sources).test("p.internal"));
    }

    @Test
    void theRepositoryListsItsModulesAndThePublishedOnes() throws IOException {
        write(dir, "pom.xml", "<project><modules><module>lib</module><module>app/web</module>"
                + "<!-- <module>old</module> --></modules></project>\n");
        write(dir, "equality-bom/pom.xml", "<project><artifactId>equality-bom</artifactId><dependencyManagement>"
                + "<dependencies><dependency><artifactId>lib</artifactId></dependency><dependency>"
                + "<artifactId>elsewhere</artifactId></dependency></dependencies></dependencyManagement></project>\n");
        Repository repository = Repository.containing(dir.resolve("app/web"));
        assertEquals(dir.toAbsolutePath().normalize(), repository.getRoot());
        assertEquals(List.of("lib", "app/web"), repository.modules());
        assertEquals(List.of("lib"), repository.publishedModules());
        assertEquals(dir.toAbsolutePath().normalize().resolve("lib/src/main/java"), repository.mainSources("lib"));
    }

    @Test
    void noRepositoryAboveADirectoryIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Repository.containing(dir));
        assertEquals("no repository above " + dir + ": no equality-bom/pom.xml found", e.getMessage());
    }
}
