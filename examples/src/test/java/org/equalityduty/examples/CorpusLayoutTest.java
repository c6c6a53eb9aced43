package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.assessment.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of published plans in {@code examples/corpus/}: every folder has its source notes, its encoding
 * notes, its plan in format version 2 and well-formed expected findings, and the corpus README lists every folder
 * with its number of findings. The corpus itself was gathered and reviewed by hand (see its README); this test keeps
 * its layout honest, and {@link CorpusGoldenTest} reads the plans and runs the checker on them.
 */
class CorpusLayoutTest {
    private static final Path CORPUS = Paths.get("corpus");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("^(smart|duty|data|child)\\.[a-z0-9]+(-[a-z0-9]+)*$");
    /** A row of the documents table: slug, then seven more cells, the seventh being the number of findings. */
    private static final Pattern ROW = Pattern.compile(
            "^\\| `([a-z0-9-]+)` \\|(?:[^|]*\\|){5} ([0-9]+) \\|[^|]*\\|$");
    /** A row of the proposed rules table: code, findings, documents, description. */
    /** An encoding note with the section every folder has. */
    private static final String ENCODING = "# Encoding\n\n## Version 2 encoding (`plan.json`)\n\n- nothing\n";
    private static final Pattern PROPOSED_ROW = Pattern.compile("^\\| `([a-z.-]+)` \\| [0-9]+ \\| [0-9]+ \\| .+\\|$");

    private static List<Path> folders(Path corpus) throws IOException {
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
        }
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    /** The codes listed in the README's proposed rules table. */
    private static Set<String> proposedCodes(String readme) {
        Set<String> codes = new TreeSet<>();
        boolean inTable = false;
        for (String line : readme.split("\n", -1)) {
            if (line.startsWith("### Proposed rules")) {
                inTable = true;
            } else if (line.startsWith("#")) {
                inTable = false;
            }
            Matcher m = PROPOSED_ROW.matcher(line);
            if (inTable && m.matches()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }

    /** The documents table of the README: slug to the number of findings it states. */
    private static Map<String, Integer> tableRows(String readme) {
        Map<String, Integer> rows = new TreeMap<>();
        for (String line : readme.split("\n", -1)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.put(m.group(1), Integer.valueOf(m.group(2)));
            }
        }
        return rows;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText().trim() : "";
    }

    /**
     * Checks one folder and returns its problems, each naming the folder and file; empty if it is well formed.
     * Returns the number of findings through {@code count[0]}.
     */
    static List<String> problems(Path folder, Set<String> proposed, int[] count) throws IOException {
        String name = folder.getFileName().toString();
        List<String> problems = new ArrayList<>();
        for (String file : List.of("source.md", "encoding.md", "plan.json", "expected-findings.json")) {
            Path p = folder.resolve(file);
            if (!Files.isRegularFile(p) || read(p).isBlank()) {
                problems.add(name + ": " + file + " is missing or empty");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!read(folder.resolve("source.md")).contains("- Address: http")) {
            problems.add(name + ": source.md has no '- Address: http...' line");
        }
        if (!read(folder.resolve("encoding.md")).contains("\n## Version 2 encoding (`plan.json`)\n")) {
            problems.add(name + ": encoding.md has no '## Version 2 encoding (`plan.json`)' section");
        }
        try {
            JsonNode plan = MAPPER.readTree(read(folder.resolve("plan.json")));
            if (plan == null || !plan.isObject() || !"equality-plan".equals(text(plan, "kind"))
                    || plan.path("formatVersion").asInt() != 2) {
                problems.add(name + ": plan.json is not an equality plan in format version 2");
            }
        } catch (JsonProcessingException e) {
            problems.add(name + ": plan.json is not well-formed JSON: " + e.getOriginalMessage());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(read(folder.resolve("expected-findings.json")));
        } catch (JsonProcessingException e) {
            problems.add(name + ": expected-findings.json is not well-formed JSON: "
                    + e.getOriginalMessage());
            return problems;
        }
        if (root == null || !root.isObject()) {
            problems.add(name + ": expected-findings.json is not a JSON object");
            return problems;
        }
        if (!name.equals(text(root, "document"))) {
            problems.add(name + ": 'document' is '" + text(root, "document") + "', not the folder name");
        }
        JsonNode findings = root.get("findings");
        if (findings == null || !findings.isArray()) {
            problems.add(name + ": 'findings' is not a list");
            return problems;
        }
        if (findings.size() == 0 && text(root, "noFindingsReason").isEmpty()) {
            problems.add(name + ": no findings and no 'noFindingsReason'");
        }
        count[0] = findings.size();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            JsonNode f = findings.get(i);
            String at = name + ": findings[" + i + "]";
            String code = text(f, "code");
            String objective = text(f, "objective");
            if (!CODE.matcher(code).matches()) {
                problems.add(at + ": code '" + code + "' is not of the form 'smart.some-rule'");
            }
            String status = text(f, "status");
            boolean known = isRule(code);
            if ("existing".equals(status) && !known) {
                problems.add(at + ": code '" + code + "' is marked existing but no rule has it");
            } else if ("proposed".equals(status) && known) {
                problems.add(at + ": code '" + code + "' is marked proposed but a rule already has it");
            } else if ("proposed".equals(status) && !proposed.contains(code)) {
                problems.add(at + ": proposed code '" + code + "' is not in the README's proposed rules");
            } else if (!"existing".equals(status) && !"proposed".equals(status)) {
                problems.add(at + ": status '" + status + "' is neither 'existing' nor 'proposed'");
            }
            if (objective.isEmpty()) {
                problems.add(at + ": no 'objective'");
            } else if (!"plan".equals(objective) && text(f, "objectiveTitle").isEmpty()) {
                problems.add(at + ": objective " + objective + " has no 'objectiveTitle'");
            }
            if (text(f, "reason").isEmpty()) {
                problems.add(at + ": no 'reason'");
            }
            if (!seen.add(code + " @ " + objective)) {
                problems.add(at + ": a second '" + code + "' for objective " + objective
                        + " (one finding per rule per objective)");
            }
        }
        return problems;
    }

    private static boolean isRule(String code) {
        try {
            Rule.fromCode(code);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    @Test
    void everyFolderIsWellFormedAndTheReadmeListsItWithItsFindingCount() throws IOException {
        String readme = read(CORPUS.resolve("README.md"));
        Set<String> proposed = proposedCodes(readme);
        Map<String, Integer> rows = tableRows(readme);
        List<Path> folders = folders(CORPUS);
        assertTrue(folders.size() >= 24, "the corpus has " + folders.size() + " documents; issue 13 asks for 24");
        List<String> problems = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Path folder : folders) {
            int[] count = new int[1];
            problems.addAll(problems(folder, proposed, count));
            counts.put(folder.getFileName().toString(), count[0]);
        }
        assertEquals(List.of(), problems);
        assertEquals(counts, rows, "the README's documents table (slug and findings column) against the folders");
    }

    @Test
    void theReadmeProposesOnlyCodesNoRuleHasYet() throws IOException {
        Set<String> proposed = proposedCodes(read(CORPUS.resolve("README.md")));
        assertTrue(proposed.size() >= 1, "proposed rules found in the README: " + proposed);
        assertEquals(Set.of(), proposed.stream().filter(CorpusLayoutTest::isRule).collect(Collectors.toSet()));
    }

    @Test
    void aBrokenFolderIsReportedWithEachProblem(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("some-school-2024"));
        Files.writeString(folder.resolve("source.md"), "# Some school\n");
        Files.writeString(folder.resolve("encoding.md"), "# Encoding\n");
        Files.writeString(folder.resolve("plan.json"), "{\"kind\": \"equality-plan\", \"formatVersion\": 1}");
        Files.writeString(folder.resolve("expected-findings.json"), "{\"document\": \"other\", \"findings\": ["
                + "{\"code\": \"smart.no-baseline\", \"status\": \"proposed\", \"objective\": \"1\", \"reason\": \"x\"},"
                + "{\"code\": \"smart.made-up\", \"status\": \"proposed\", \"objective\": \"plan\", \"reason\": \"\"},"
                + "{\"code\": \"Smart.X\", \"status\": \"existing\", \"objective\": \"plan\", \"reason\": \"y\"},"
                + "{\"code\": \"smart.made-up\", \"status\": \"maybe\", \"objective\": \"plan\", \"reason\": \"z\"}]}");
        List<String> problems = problems(folder, Set.of(), new int[1]);
        assertEquals(List.of(
                "some-school-2024: source.md has no '- Address: http...' line",
                "some-school-2024: encoding.md has no '## Version 2 encoding (`plan.json`)' section",
                "some-school-2024: plan.json is not an equality plan in format version 2",
                "some-school-2024: 'document' is 'other', not the folder name",
                "some-school-2024: findings[0]: code 'smart.no-baseline' is marked proposed but a rule already has it",
                "some-school-2024: findings[0]: objective 1 has no 'objectiveTitle'",
                "some-school-2024: findings[1]: proposed code 'smart.made-up' is not in the README's proposed rules",
                "some-school-2024: findings[1]: no 'reason'",
                "some-school-2024: findings[2]: code 'Smart.X' is not of the form 'smart.some-rule'",
                "some-school-2024: findings[2]: code 'Smart.X' is marked existing but no rule has it",
                "some-school-2024: findings[3]: status 'maybe' is neither 'existing' nor 'proposed'",
                "some-school-2024: findings[3]: a second 'smart.made-up' for objective plan"
                        + " (one finding per rule per objective)"),
                problems);
    }

    @Test
    void malformedJsonAndMissingFilesAreReported(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty-2024"));
        Files.writeString(empty.resolve("source.md"), "");
        assertEquals(List.of("empty-2024: source.md is missing or empty",
                "empty-2024: encoding.md is missing or empty",
                "empty-2024: plan.json is missing or empty",
                "empty-2024: expected-findings.json is missing or empty"), problems(empty, Set.of(), new int[1]));

        Path broken = Files.createDirectory(dir.resolve("broken-2024"));
        Files.writeString(broken.resolve("source.md"), "- Address: https://example.org/\n");
        Files.writeString(broken.resolve("encoding.md"), ENCODING);
        Files.writeString(broken.resolve("plan.json"), "{\"kind\": \"equality-plan\", \"formatVersion\": 2");
        Files.writeString(broken.resolve("expected-findings.json"), "{\"document\": \"broken-2024\", \"findings\": [");
        List<String> problems = problems(broken, Set.of(), new int[1]);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("broken-2024: plan.json is not well-formed JSON: "), problems.get(0));
        assertTrue(problems.get(1).startsWith("broken-2024: expected-findings.json is not well-formed JSON: "),
                problems.get(1));

        Path none = Files.createDirectory(dir.resolve("none-2024"));
        Files.writeString(none.resolve("source.md"), "- Address: https://example.org/\n");
        Files.writeString(none.resolve("encoding.md"), ENCODING);
        Files.writeString(none.resolve("plan.json"), "{\"kind\": \"equality-plan\", \"formatVersion\": 2}");
        Files.writeString(none.resolve("expected-findings.json"), "{\"document\": \"none-2024\", \"findings\": []}");
        assertEquals(List.of("none-2024: no findings and no 'noFindingsReason'"), problems(none, Set.of(), new int[1]));
    }
}
