package org.equalityduty.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar, started as the README says ({@code java -jar .../plan-check-service.jar --server.port=N}) in its
 * own process: it comes up, reports health and checks a plan. Runs in the integration-test phase, after the jar is
 * built (its path is the system property {@code service.jar}).
 */
class PlanCheckJarTest {
    private static final Duration START_UP = Duration.ofSeconds(180);

    @Test
    void theJarStartsOnTheGivenPortAndChecksAPlan() throws Exception {
        Path jar = Path.of(System.getProperty("service.jar", "target/plan-check-service.jar"));
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
        assertTrue(jar.getFileName().toString().contains("service"), jar.toString());
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Files.createTempFile("plan-check-service", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            awaitHealth(base, process, log.toFile());
            byte[] plan = RunningService.resource("/plans/kent-2022-2027.json");
            HttpResponse<String> response = RunningService.CLIENT.send(HttpRequest.newBuilder(
                    base.resolve("/plans/check?asOf=2026-12-01")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(plan)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(PlanCheckServiceTest.cli(plan, "2026-12-01"), response.body());
        } finally {
            process.destroy();
            process.waitFor();
            Files.deleteIfExists(log);
        }
    }

    private static void awaitHealth(URI base, Process process, File log) throws Exception {
        long deadline = System.nanoTime() + START_UP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service stopped: " + tail(log));
            }
            try {
                HttpResponse<String> health = RunningService.CLIENT.send(
                        HttpRequest.newBuilder(base.resolve("/actuator/health")).timeout(Duration.ofSeconds(5)).GET()
                                .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service did not report health within " + START_UP + ": " + tail(log));
    }

    private static String tail(File log) throws IOException {
        String s = Files.readString(log.toPath());
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }
}
