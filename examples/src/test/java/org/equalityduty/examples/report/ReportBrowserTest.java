package org.equalityduty.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equalityduty.examples.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report in a real browser: headless Chromium (the Debian package, at {@code /usr/bin/chromium}) takes
 * screenshots at 390 px and 1280 px wide, a page whose script records its own width proves that nothing sticks out
 * sideways at 390 px, and axe-core (through {@code src/test/browser/check.mjs}, run by Node) finds no serious or
 * critical accessibility violation at either width. Skipped, with a message saying so, when Chromium is not
 * installed; CI installs it. Screenshots and reports are left in {@code target/browser/} to look at.
 */
class ReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path OUT = Path.of("target", "browser");
    private static final Path NODE_DIR = Path.of("src", "test", "browser");

    @BeforeAll
    static void writeReports() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at /usr/bin/chromium, so the browser"
                + " test is skipped; install it with: apt-get install -y chromium (.ci/run does)");
        report("demo", "report", "--demo");
        report("own", "report", "--pupils", "data/pupils.csv", "--staff", "data/staff.csv", "--applicants",
                "data/applicants.csv", "--organisation", "Example Learning Trust", "--published-on", "2026-09-30");
    }

    private static void report(String name, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--out");
        all.add(OUT.resolve(name).toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, Main.run(all.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
                err.toString(StandardCharsets.UTF_8));
    }

    /** Runs a command, returning its exit code and output, failing the test if it does not end in time. */
    private static String[] exec(List<String> command, Path workDir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        Path log = Files.createTempFile(OUT, "process", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertTrue(done, "did not finish in 180 s: " + command + "\n" + output);
        return new String[] {Integer.toString(p.exitValue()), output};
    }

    private static List<String> chromium(Path profile, int width, String... more) {
        List<String> c = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--hide-scrollbars",
                "--window-size=" + width + ",2000"));
        c.addAll(List.of(more));
        return c;
    }

    @Test
    void screenshotsAt390And1280PixelsWide() throws Exception {
        for (String report : List.of("demo", "own")) {
            for (int width : new int[] {390, 1280}) {
                Path png = OUT.resolve(report + "-" + width + ".png").toAbsolutePath();
                Files.deleteIfExists(png);
                Path profile = Files.createTempDirectory("chromium-profile");
                String[] r = exec(chromium(profile, width, "--screenshot=" + png,
                        OUT.resolve(report).resolve(EqualityReport.HTML).toAbsolutePath().toUri().toString()), null);
                assertTrue(Files.exists(png), "no screenshot: " + r[1]);
                byte[] head = Files.readAllBytes(png);
                assertEquals("\u0089PNG", new String(head, 0, 4, StandardCharsets.ISO_8859_1));
                // The PNG header (IHDR) holds the image's width and height, big-endian, from byte 16.
                assertEquals(width, ByteBuffer.wrap(head, 16, 4).getInt(), png.toString());
                assertEquals(2000, ByteBuffer.wrap(head, 20, 4).getInt(), png.toString());
            }
        }
    }

    @Test
    void nothingSticksOutSidewaysAt390Pixels() throws Exception {
        for (String report : List.of("demo", "own")) {
            Path page = OUT.resolve(report).resolve(EqualityReport.HTML);
            // A copy of the page with a script that measures the page and paints a square in the top left corner:
            // green when the page is exactly as wide as a 390 px viewport, red when anything makes it wider (or the
            // viewport is not 390 px). The screenshot's corner pixel is the answer. Headless Chromium loads the page
            // in a window at least 500 px wide and narrows it to 390 px only for the screenshot, so the script
            // measures again on every resize (and --dump-dom, which never narrows, cannot be used for this).
            String probe = "<script>(function(){var q=document.createElement('div');q.style.cssText="
                    + "'position:fixed;left:0;top:0;width:40px;height:40px;z-index:99999';"
                    + "document.body.appendChild(q);function paint(){var d=document.documentElement;"
                    + "var ok=d.scrollWidth===d.clientWidth&&d.clientWidth===390&&document.body.scrollWidth<=390;"
                    + "q.style.background=ok?'#00ff00':'#ff0000';}paint();addEventListener('resize',paint);"
                    + "new ResizeObserver(paint).observe(document.documentElement);})();</script>";
            Path copy = OUT.resolve(report + "-probe.html");
            Files.writeString(copy, Files.readString(page, StandardCharsets.UTF_8).replace("</body>", probe
                    + "</body>"), StandardCharsets.UTF_8);
            Path png = OUT.resolve(report + "-probe-390.png").toAbsolutePath();
            Files.deleteIfExists(png);
            Path profile = Files.createTempDirectory("chromium-profile");
            String[] r = exec(chromium(profile, 390, "--screenshot=" + png, copy.toAbsolutePath().toUri().toString()),
                    null);
            assertTrue(Files.exists(png), "no screenshot: " + r[1]);
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            assertEquals(390, image.getWidth());
            int rgb = image.getRGB(10, 10) & 0xffffff;
            assertTrue(rgb == 0x00ff00 || rgb == 0xff0000, "the probe did not run: " + Integer.toHexString(rgb));
            assertEquals(0x00ff00, rgb, "the page is wider than 390 px: " + report);
        }
    }

    @Test
    void axeCoreFindsNoSeriousOrCriticalViolation() throws Exception {
        assertTrue(Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("axe-core")),
                "axe-core is not installed: run npm ci in examples/src/test/browser (.ci/run does)");
        for (String report : List.of("demo", "own")) {
            Path page = OUT.resolve(report).resolve(EqualityReport.HTML).toAbsolutePath();
            Path shots = Files.createDirectories(OUT.resolve(report + "-full").toAbsolutePath());
            String[] r = exec(List.of("node", "check.mjs", page.toString(), shots.toString(), CHROMIUM.toString()),
                    NODE_DIR);
            assertEquals("0", r[0], r[1]);
            for (int width : new int[] {390, 1280}) {
                assertTrue(r[1].contains("width " + width + ": page " + width + " px wide in a " + width
                        + " px viewport, no horizontal overflow"), r[1]);
                assertTrue(Pattern.compile("width " + width + ": axe-core [0-9.]+: 0 serious or critical violations")
                        .matcher(r[1]).find(), r[1]);
            }
        }
    }
}
