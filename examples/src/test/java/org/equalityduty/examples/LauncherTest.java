package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code src/main/launcher/equality-duty}, run by {@code sh} against a probe jar in its place:
 * arguments and exit codes pass through unchanged, java is found through JAVA_HOME or the PATH, the jar next to the
 * script (through symbolic links), and clear messages when either is missing.
 */
class LauncherTest {
    private static final Path SCRIPT = Paths.get("src", "main", "launcher", "equality-duty");

    @TempDir
    Path dir;

    private Path bin;
    private Path launcher;

    /** What a run gave. */
    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void install() throws IOException {
        assumeTrue(Files.isExecutable(Paths.get("/bin/sh")), "a POSIX shell");
        bin = Files.createDirectories(dir.resolve("my app"));   // a space in the path
        launcher = Files.copy(SCRIPT, bin.resolve("equality-duty"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        try (OutputStream file = Files.newOutputStream(bin.resolve("equality-duty.jar"));
                JarOutputStream jar = new JarOutputStream(file, manifest)) {
            for (Class<?> c : List.of(LauncherProbe.class, Invocation.class)) {
                String name = c.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(name));
                try (InputStream in = c.getResourceAsStream("/" + name)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
    }

    private Run run(Map<String, String> env, Path script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("EQUALITY_DUTY_OPTS");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (e.getValue() == null) {
                pb.environment().remove(e.getKey());
            } else {
                pb.environment().put(e.getKey(), e.getValue());
            }
        }
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    private Run run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), launcher, args);
    }

    private static List<String> arguments(String out) {
        List<String> args = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("[")) {
                args.add(line.substring(1, line.length() - 1));
            }
        }
        return args;
    }

    @Test
    void argumentsPassThroughUnchanged() throws Exception {
        Run r = run("check", "my plan.json", "", "it's \"quoted\"", "*", "$HOME", "--format=json", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(List.of("check", "my plan.json", "", "it's \"quoted\"", "*", "$HOME", "--format=json", "-"),
                arguments(r.out()));
    }

    @Test
    void exitCodesPassThrough() throws Exception {
        for (int code : new int[] {0, 1, 2, 3}) {
            assertEquals(code, run("check", "exit=" + code).code());
        }
    }

    @Test
    void javaComesFromThePathWithoutJavaHome() throws Exception {
        String path = Paths.get(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin";
        java.util.HashMap<String, String> env = new java.util.HashMap<>();
        env.put("JAVA_HOME", null);
        env.put("PATH", path);
        Run r = run(env, launcher, "schema");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("schema"), arguments(r.out()));
    }

    @Test
    void aWrongJavaHomeOrNoJavaIsSaidPlainly() throws Exception {
        Path nowhere = dir.resolve("no-jdk");
        Run r = run(Map.of("JAVA_HOME", nowhere.toString()), launcher, "check");
        assertEquals(2, r.code());
        assertEquals("equality-duty: JAVA_HOME is " + nowhere + ", but " + nowhere + "/bin/java is not a program;"
                + " set JAVA_HOME to a JDK 17 or later\n", r.err());
        java.util.HashMap<String, String> env = new java.util.HashMap<>();
        env.put("JAVA_HOME", null);
        Path tools = Files.createDirectories(dir.resolve("tools-without-java"));
        for (String tool : List.of("dirname", "ls", "sed")) {
            for (String d : List.of("/usr/bin/", "/bin/")) {
                if (Files.isExecutable(Paths.get(d + tool)) && !Files.exists(tools.resolve(tool))) {
                    Files.createSymbolicLink(tools.resolve(tool), Paths.get(d + tool));
                }
            }
        }
        env.put("PATH", tools.toString());
        r = run(env, launcher, "check");
        assertEquals(2, r.code());
        assertEquals("equality-duty: cannot find java on the PATH; install JDK 17 or later, or set JAVA_HOME\n",
                r.err());
    }

    @Test
    void aMissingJarIsSaidPlainly() throws Exception {
        Files.delete(bin.resolve("equality-duty.jar"));
        Run r = run("check");
        assertEquals(2, r.code());
        assertEquals("equality-duty: cannot find " + bin.toRealPath().resolve("equality-duty.jar")
                + "; build it with: mvn -DskipTests package\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void theJarIsFoundThroughASymbolicLinkAndHintsUseTheNameAsTyped() throws Exception {
        Path links = Files.createDirectories(dir.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("equality-duty"), launcher);
        Run typed = run(Map.of(), link, "check");
        assertEquals(0, typed.code(), typed.err());
        assertTrue(typed.out().startsWith("command=" + link + "\n"), typed.out());
        // Found on the PATH by its bare name: hints say just "equality-duty".
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", "equality-duty check").directory(dir.toFile());
        pb.environment().put("PATH", links + ":" + Paths.get(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        pb.environment().remove("EQUALITY_DUTY_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertTrue(out.startsWith("command=equality-duty\n"), out);
    }

    @Test
    void shortCommandsUseTheQuickCompilerAndTheArchiveWhenPresent() throws Exception {
        Run check = run("-q", "check", "x.json");
        assertTrue(check.out().contains("-XX:TieredStopAtLevel=1"), check.out());
        assertFalse(check.out().contains("SharedArchiveFile"), check.out());
        Run report = run("report", "--pupils", "check.csv");
        assertFalse(report.out().contains("TieredStopAtLevel"), "long runs keep the optimising compiler");
        // A damaged or mismatched archive is ignored without a word.
        Files.writeString(bin.resolve("equality-duty.jsa"), "not an archive");
        Run archived = run("check", "x.json");
        assertEquals(0, archived.code());
        assertEquals("", archived.err());
        assertTrue(archived.out().contains("-XX:SharedArchiveFile=" + bin.toRealPath().resolve("equality-duty.jsa")),
                archived.out());
        assertTrue(check.out().contains("-XX:TieredStopAtLevel=1, -Xmn64m"), check.out());
        Run opts = run(Map.of("EQUALITY_DUTY_OPTS", "-Xmx256m -Dx=1"), launcher, "check");
        assertTrue(opts.out().contains("-Xmn64m, -Xmx256m, -Dx=1, -Dequality-duty.command="),
                "the user's options come last, so they can override the launcher's: " + opts.out());
    }
}
