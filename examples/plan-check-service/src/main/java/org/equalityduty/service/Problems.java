package org.equalityduty.service;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equalityduty.json.jackson3.EqualityJsonException;
import org.equalityduty.json.jackson3.JsonProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure as an RFC 9457 problem ({@code application/problem+json}): an unreadable plan (400, every problem
 * with its JSON Pointer), a date that is not one (400), a body over the limit (413), and, through Spring's own
 * handling, another content type (415), another method (405) or path (404). No stack trace and no Java class name
 * reaches the client; the request body is never logged.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {
    /** Where the problem types are described (the README of the service). */
    static final String TYPES = "https://equalityduty.org/problems/";

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    /** {@code asOf} is not a date. */
    static final class BadAsOf extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String detail;

        BadAsOf(String value) {
            super("asOf is not a date", null, false, false);
            this.detail = "asOf must be a date in the form yyyy-mm-dd, such as 2026-09-01, not '" + abbreviate(value) + "'";
        }
    }

    /** The body is over the limit. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String detail;

        TooLarge(long max) {
            super("the request is too large", null, false, false);
            this.detail = "the request body is longer than the limit of " + max + " bytes";
        }
    }

    @ExceptionHandler(EqualityJsonException.class)
    ResponseEntity<ProblemDetail> invalidPlan(EqualityJsonException ex, HttpServletRequest request) {
        List<Map<String, String>> problems = new ArrayList<>();
        for (JsonProblem p : ex.getProblems()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("pointer", p.getPointer());
            entry.put("message", p.getMessage());
            problems.add(entry);
        }
        int n = problems.size();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-plan", "The document is not a valid plan",
                (ex.isTruncated() ? "At least " : "") + n + (n == 1 ? " problem" : " problems")
                        + ", each with the JSON Pointer of its place in the document (\"\" for the whole document)",
                request);
        problem.setProperty("problems", problems);
        problem.setProperty("truncated", ex.isTruncated());
        return respond(problem);
    }

    @ExceptionHandler(BadAsOf.class)
    ResponseEntity<ProblemDetail> badAsOf(BadAsOf ex, HttpServletRequest request) {
        return respond(problem(HttpStatus.BAD_REQUEST, "bad-as-of", "asOf is not a date", ex.detail, request));
    }

    @ExceptionHandler(TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(TooLarge ex, HttpServletRequest request) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "The request is too large", ex.detail,
                request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        if (ex instanceof ErrorResponse response) {
            // one of Spring's own that the base class does not list: its problem as it describes it
            return respond(response.getBody());
        }
        LOG.error("could not check a plan", ex);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "The plan could not be checked",
                "the service failed while checking the plan; the failure is logged", request));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** At most 40 characters of a value from the request, without control characters. */
    static String abbreviate(String value) {
        String s = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return s.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
