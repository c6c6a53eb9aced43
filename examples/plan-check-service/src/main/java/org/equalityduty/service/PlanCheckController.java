package org.equalityduty.service;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.examples.PlanCheckJson;
import org.equalityduty.json.jackson3.EqualityJson;
import org.equalityduty.spring.PlanAssessment;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /plans/check}: reads the plan strictly ({@link EqualityJson}), assesses it with the starter's
 * {@link PlanAssessment} and answers with {@link PlanCheckJson}, the producer of {@code check --format json}.
 */
@RestController
class PlanCheckController {
    private final EqualityJson json;
    private final PlanAssessment assessment;
    private final Clock clock;
    private final long maxRequestBytes;

    PlanCheckController(EqualityJson json, PlanAssessment assessment, Clock clock,
            @Value("${plan-check.max-request-size:1MB}") DataSize maxRequestSize) {
        this.json = json;
        this.assessment = assessment;
        this.clock = clock;
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @PostMapping(path = "/plans/check", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> check(@RequestParam(name = "asOf", required = false) @Nullable String asOf,
            HttpServletRequest request) throws IOException {
        LocalDate date = asOf == null ? LocalDate.now(clock) : date(asOf);
        EqualityPlan plan = json.readPlan(new ByteArrayInputStream(body(request)));
        Assessment result = assessment.assess(plan, date);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(PlanCheckJson.assessed(PlanCheckJson.STDIN_FILE, result).getBytes(StandardCharsets.UTF_8));
    }

    private static LocalDate date(String asOf) {
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException ex) {
            throw new Problems.BadAsOf(asOf);
        }
    }

    /** The request body, counted as it arrives: a length over the limit is refused before or while reading. */
    private byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            throw new Problems.TooLarge(maxRequestBytes);
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
        if (body.length > maxRequestBytes) {
            throw new Problems.TooLarge(maxRequestBytes);
        }
        return body;
    }
}
