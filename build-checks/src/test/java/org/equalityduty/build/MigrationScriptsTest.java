package org.equalityduty.build;

import static org.equalityduty.build.SinceTagsTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationScriptsTest {
    @TempDir
    Path dir;

    @Test
    void aSubstitutionThatWritesAMissingTypeIsReported() throws IOException {
        write(dir, "moves.sed", String.join("\n",
                "# s/not/read/ in a comment",
                "s/\\borg\\.equalityduty\\.core\\.Action\\b/org.equalityduty.core.plan.Action/g",
                "s/\\borg\\.equalityduty\\.core\\.Gone\\b/org.equalityduty.core.plan.Gone/g",
                "s/^import org\\.equalityduty\\.testkit\\.Old;/import org.equalityduty.testkit.New;/;",
                "s/\\bGroupedGaps\\b/PerSchoolGaps/g",
                ""));
        assertEquals(List.of("moves.sed:3: org.equalityduty.core.plan.Gone is not a public type",
                "moves.sed:4: org.equalityduty.testkit.New is not a public type"),
                MigrationScripts.missingTargets(dir.resolve("moves.sed"),
                        Set.of("org.equalityduty.core.plan.Action")));
    }
}
