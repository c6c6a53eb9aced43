package org.equalityduty.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks over this repository itself: each lists every problem it finds, with its file and line.
 */
class HouseTest {
    private static Repository repository;

    @BeforeAll
    static void find() {
        repository = Repository.containing(Path.of(""));
    }

    @Test
    void theBuildPublishesTheModulesTheBomManages() {
        // A guard for the checks below: they read these modules, so a wrong root would make them pass on nothing.
        List<String> published = repository.publishedModules();
        assertTrue(published.containsAll(List.of("equality-core", "equality-metrics", "equality-json",
                "equality-import", "equality-paygap", "equality-disclosure", "equality-testkit",
                "equality-spring-boot-starter")), published::toString);
        assertTrue(repository.modules().contains("examples/plan-check-service"), repository.modules()::toString);
    }

    @Test
    void everyPublicMemberOfAnExportedPackageHasSince() {
        List<String> omissions = new ArrayList<>();
        int checked = 0;
        for (String module : repository.publishedModules()) {
            Sources sources = Sources.parse(repository.mainSources(module));
            checked += sources.getUnits().size();
            SinceTags.omissions(sources, Repository.exportedPackages(sources)).forEach(o ->
                    omissions.add(repository.getRoot().relativize(o.file()) + ":" + o.line() + ": "
                            + o.declaration() + ": " + o.problem()));
        }
        assertTrue(checked > 300, "only " + checked + " files read");
        assertEquals("", String.join("\n", omissions), omissions.size() + " public declarations lack @since");
    }

    @Test
    void packagesImportEachOtherOneWay() {
        List<Sources> all = new ArrayList<>();
        for (String module : repository.modules()) {
            all.add(Sources.parse(repository.mainSources(module)));
        }
        PackageGraph graph = PackageGraph.of(all);
        assertTrue(graph.packages().size() > 30, graph.packages()::toString);
        List<String> found = new ArrayList<>();
        for (List<String> circle : graph.circles()) {
            found.add(circle + "\n  " + String.join("\n  ", graph.describe(circle)));
        }
        assertEquals(KNOWN_CIRCLES, found.stream().map(f -> f.substring(0, f.indexOf('\n')))
                .collect(Collectors.toList()), String.join("\n", found));
    }

    /**
     * The circles known and not yet taken apart, each with its reason. The test fails when one disappears too, so
     * that this list is kept short and true.
     */
    private static final List<String> KNOWN_CIRCLES = List.of();

    @Test
    void everyNameTheMigrationScriptsWriteIsAPublicType() throws IOException {
        Set<String> types = new TreeSet<>();
        for (String module : repository.publishedModules()) {
            Sources sources = Sources.parse(repository.mainSources(module));
            types.addAll(PublicTypes.of(sources, Repository.exportedPackages(sources)));
        }
        assertTrue(types.contains("org.equalityduty.core.plan.Action.Builder"), "nested types are listed");
        List<String> missing = new ArrayList<>();
        List<Path> scripts;
        try (Stream<Path> list = Files.list(repository.getRoot().resolve("docs/migration"))) {
            scripts = list.filter(p -> p.toString().endsWith(".sed") || p.toString().endsWith(".pl")).sorted()
                    .collect(Collectors.toList());
        }
        assertEquals(3, scripts.size(), scripts::toString);
        for (Path script : scripts) {
            missing.addAll(MigrationScripts.missingTargets(script, types));
        }
        assertEquals("", String.join("\n", missing));
    }

    @Test
    void everyLinkOfTheDocumentsNamesAFileThatExists() throws IOException {
        List<Path> documents = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(repository.getRoot())) {
            walk.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> {
                        String rel = repository.getRoot().relativize(p).toString();
                        // changes/ holds notes for the README and CHANGELOG, written relative to them
                        return !rel.contains("target") && !rel.contains("node_modules") && !rel.startsWith(".")
                                && !rel.startsWith("changes");
                    })
                    .sorted().forEach(documents::add);
        }
        assertTrue(documents.contains(repository.getRoot().resolve("README.md")), documents::toString);
        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            DocumentLinks.broken(document).forEach(b -> broken.add(
                    repository.getRoot().relativize(document).getParent() == null ? b
                            : repository.getRoot().relativize(document).getParent() + "/" + b));
        }
        assertEquals("", String.join("\n", broken));
    }
}
