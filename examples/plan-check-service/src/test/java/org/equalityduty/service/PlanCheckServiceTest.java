package org.equalityduty.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.equalityduty.examples.Main;
import org.equalityduty.json.jackson3.EqualityJson;
import org.equalityduty.json.jackson3.EqualityJsonException;
import org.equalityduty.json.jackson3.JsonProblem;
import org.equalityduty.testkit.EqualityGenerators;
import org.equalityduty.testkit.NearMiss;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service as a client sees it: a real HTTP client against the service on a local port. */
class PlanCheckServiceTest {
    private static final String AS_OF = "2026-12-01";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(RunningService.uri(pathAndQuery))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return RunningService.CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** What {@code equality-duty check --format json --as-of DATE -} prints for a document on standard input. */
    static String cli(byte[] document, String asOf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(new String[] {"check", "--format", "json", "--as-of", asOf, "-"}, new ByteArrayInputStream(document),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type, String detail)
            throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = MAPPER.readTree(response.body());
        assertEquals(status, problem.get("status").asInt());
        assertEquals("https://equalityduty.org/problems/" + type, problem.get("type").asString());
        assertEquals(detail, problem.get("detail").asString());
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("org.equalityduty"), response.body());
    }

    @Test
    void aGoodPlanGetsWhatTheCheckCommandPrints() throws Exception {
        byte[] plan = RunningService.resource("/plans/kent-2022-2027.json");
        HttpResponse<String> response = post("/plans/check?asOf=" + AS_OF, "application/json", plan);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(cli(plan, AS_OF), response.body());
        JsonNode doc = MAPPER.readTree(response.body());
        assertEquals("equality-plan-check", doc.get("kind").asString());
        assertEquals(AS_OF, doc.at("/files/0/assessment/asOf").asString());
    }

    @Test
    void aPlanWithFindingsIsStillOk() throws Exception {
        // Near misses break one rule each (the testkit's generator), so the assessment has at least one finding.
        for (long seed = 0; seed < 5; seed++) {
            NearMiss miss = EqualityGenerators.nearMisses().apply(new SplittableRandom(seed));
            byte[] plan = EqualityJson.defaults().writePlan(miss.plan()).getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> response = post("/plans/check?asOf=" + AS_OF, "application/json; charset=utf-8", plan);
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(cli(plan, AS_OF), response.body());
            JsonNode doc = MAPPER.readTree(response.body());
            assertFalse(doc.at("/files/0/assessment/findings").isEmpty(), miss.ruleCode());
            assertEquals(doc.get("exitCode").asInt(), doc.at("/files/0/exitCode").asInt());
        }
    }

    @Test
    void brokenJsonIsAProblemWithItsPointer() throws Exception {
        byte[] broken = "{\"kind\": \"equality-plan\", \"formatVersion\": 1,".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = post("/plans/check", "application/json", broken);
        assertProblem(response, 400, "invalid-plan",
                "1 problem, each with the JSON Pointer of its place in the document (\"\" for the whole document)");
        JsonNode problems = MAPPER.readTree(response.body()).get("problems");
        assertEquals(expected(broken), list(problems));
        assertEquals("/formatVersion", problems.get(0).get("pointer").asString());
        assertEquals("the document is not well-formed JSON at line 1, column 46: Unexpected end-of-input within/between"
                + " Object entries", problems.get(0).get("message").asString());
    }

    @Test
    void everyProblemOfAnInvalidPlanIsListed() throws Exception {
        byte[] invalid = ("{\"kind\": \"equality-plan\", \"formatVersion\": 1, \"jurisdiction\": \"mars\", \"title\": 7,"
                + " \"surplus\": true}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = post("/plans/check?asOf=" + AS_OF, "application/json", invalid);
        List<JsonProblem> expected = expected(invalid);
        assertTrue(expected.size() > 3, expected.toString());
        assertProblem(response, 400, "invalid-plan", expected.size()
                + " problems, each with the JSON Pointer of its place in the document (\"\" for the whole document)");
        JsonNode body = MAPPER.readTree(response.body());
        assertEquals(expected, list(body.get("problems")));
        assertFalse(body.get("truncated").asBoolean());
        assertEquals("/plans/check", body.get("instance").asString());
        // the same problems as the Jackson 2 reader (one format, two builds)
        org.equalityduty.json.EqualityJsonException two = assertThrows(org.equalityduty.json.EqualityJsonException.class,
                () -> org.equalityduty.json.EqualityJson.defaults().readPlan(new ByteArrayInputStream(invalid)));
        assertEquals(two.getProblems().stream().map(p -> p.getPointer() + ": " + p.getMessage()).toList(),
                expected.stream().map(p -> p.getPointer() + ": " + p.getMessage()).toList());
    }

    @Test
    void anOversizedBodyIs413() throws Exception {
        byte[] big = new byte[1_500_000];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        assertProblem(post("/plans/check", "application/json", big), 413, "too-large",
                "the request body is longer than the limit of 1048576 bytes");
        // without a length up front (chunked), refused while reading
        HttpRequest chunked = HttpRequest.newBuilder(RunningService.uri("/plans/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        assertProblem(RunningService.CLIENT.send(chunked, HttpResponse.BodyHandlers.ofString()), 413, "too-large",
                "the request body is longer than the limit of 1048576 bytes");
    }

    @Test
    void anotherContentTypeIs415() throws Exception {
        HttpResponse<String> response = post("/plans/check", "text/plain",
                RunningService.resource("/plans/kent-2022-2027.json"));
        assertEquals(415, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = MAPPER.readTree(response.body());
        assertEquals(415, problem.get("status").asInt());
        assertEquals("Content-Type 'text/plain' is not supported.", problem.get("detail").asString());
        assertTrue(response.headers().firstValue("Accept").orElse("").contains("application/json"));
    }

    @Test
    void aDateThatIsNotOneIs400() throws Exception {
        byte[] plan = RunningService.resource("/plans/kent-2022-2027.json");
        assertProblem(post("/plans/check?asOf=2026-13-01", "application/json", plan), 400, "bad-as-of",
                "asOf must be a date in the form yyyy-mm-dd, such as 2026-09-01, not '2026-13-01'");
        assertProblem(post("/plans/check?asOf=", "application/json", plan), 400, "bad-as-of",
                "asOf must be a date in the form yyyy-mm-dd, such as 2026-09-01, not ''");
        assertProblem(post("/plans/check?asOf=%0A" + "9".repeat(50), "application/json", plan), 400, "bad-as-of",
                "asOf must be a date in the form yyyy-mm-dd, such as 2026-09-01, not '?" + "9".repeat(39) + "...'");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = RunningService.CLIENT.send(
                HttpRequest.newBuilder(RunningService.uri("/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("UP", MAPPER.readTree(response.body()).get("status").asString());
    }

    @Test
    void theWrongMethodOrPathIsAProblemToo() throws Exception {
        HttpResponse<String> get = RunningService.CLIENT.send(
                HttpRequest.newBuilder(RunningService.uri("/plans/check")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals("application/problem+json", get.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> missing = post("/plans/other", "application/json", new byte[] {'{', '}'});
        assertEquals(404, missing.statusCode());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void noExpressionLanguageIsOnTheClassPath() {
        // Validation messages are interpolated without EL (ENGINEERING.md): Tomcat's and Boot validation's EL are
        // excluded in the build.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.el.ExpressionFactory"));
    }

    private static List<JsonProblem> expected(byte[] document) {
        return assertThrows(EqualityJsonException.class,
                () -> EqualityJson.defaults().readPlan(new ByteArrayInputStream(document))).getProblems();
    }

    private static List<JsonProblem> list(JsonNode problems) {
        List<JsonProblem> out = new ArrayList<>();
        for (JsonNode p : problems) {
            out.add(JsonProblem.of(p.get("pointer").asString(), p.get("message").asString()));
        }
        return out;
    }
}
