package org.equalityduty.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.assessment.Finding;
import org.equalityduty.core.assessment.ObjectiveSummary;
import org.equalityduty.core.assessment.SmartLetter;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.json.JsonProblem;

/**
 * The one JSON document {@code check --format json} writes on standard output, whatever happened:
 *
 * <pre>{@code
 * {
 *   "kind": "equality-plan-check",
 *   "formatVersion": 2,                  // 2: objectives are objects, findings carry pointers
 *   "exitCode": 2,                       // the process's exit code: the worst over the files
 *   "argumentErrors": [],                // {"message": ...} for arguments that cannot be used (then files is [])
 *   "files": [
 *     {"file": "a.json", "outcome": "passed", "exitCode": 0, "assessment": {...}},
 *     {"file": "b.json", "outcome": "failed", "exitCode": 1, "assessment": {...}},
 *     {"file": "-", "outcome": "invalid", "exitCode": 2, "truncated": false,
 *      "problems": [{"pointer": "/jurisdiction", "message": "..."}]},
 *     {"file": "c.json", "outcome": "unreadable", "exitCode": 2, "message": "No such file: c.json"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Outcomes: {@code passed} (assessed, no errors), {@code failed} (assessed, with errors), {@code invalid} (not a
 * valid plan document: every problem with its JSON Pointer, {@code ""} for the whole document) and {@code unreadable}
 * (the file cannot be read). The {@code assessment} is an {@code equality-plan-assessment} object:
 *
 * <pre>{@code
 * {
 *   "kind": "equality-plan-assessment",
 *   "asOf": "2025-09-01",
 *   "verdict": "fails",                  // or passes-with-warnings, passes-with-advice, passes
 *   "counts": {"error": 1, "warning": 14, "advice": 1},
 *   "objectives": [
 *     {"objectiveId": "o1", "title": "...", "pointer": "/objectives/0", "smart": false,
 *      "letters": {"specific": true, "measurable": false, "achievable": true, "relevant": false,
 *                  "timeBound": false}}
 *   ],
 *   "findings": [
 *     {"severity": "warning", "code": "smart.no-baseline", "pointer": "/objectives/0/actions/1/successCriteria/0",
 *      "objectiveId": "o1", "objectiveTitle": "...", "criteria": ["o1.c2"], "message": "...",
 *      "fix": "Set baseline: ...", "fixField": "baseline", "source": "SMART: measurable (...)"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Every finding has the same fields: {@code objectiveId} and {@code objectiveTitle} are {@code null} for a finding
 * about the plan as a whole, {@code fixField} and {@code source} for a structural problem. Pointers are RFC 6901, into
 * the submitted document, as in {@code problems}.
 */
final class CheckJson {
    /** The {@code kind} of the document. */
    static final String KIND = "equality-plan-check";
    /** Its format version. */
    static final int FORMAT_VERSION = 2;

    /** The names of the SMART letters in {@code objectives[].letters}. */
    static final Map<SmartLetter, String> LETTERS = new EnumMap<>(Map.of(SmartLetter.S, "specific",
            SmartLetter.M, "measurable", SmartLetter.A, "achievable", SmartLetter.R, "relevant",
            SmartLetter.T, "timeBound"));

    /** An argument that cannot be used. */
    record ArgumentError(String message) {
    }

    private CheckJson() {
    }

    /** The document for files that were all looked at. */
    static String document(List<CheckCommand.Outcome> outcomes, int exitCode) {
        ObjectMapper mapper = mapper();
        ObjectNode root = header(mapper, exitCode);
        root.putArray("argumentErrors");
        ArrayNode files = root.putArray("files");
        for (CheckCommand.Outcome o : outcomes) {
            ObjectNode n = files.addObject();
            n.put("file", o.file());
            if (o instanceof CheckCommand.Assessed a) {
                n.put("outcome", a.exitCode() == 0 ? "passed" : "failed");
                n.put("exitCode", a.exitCode());
                n.set("assessment", assessment(mapper, a.assessment()));
            } else if (o instanceof CheckCommand.Invalid i) {
                n.put("outcome", "invalid");
                n.put("exitCode", i.exitCode());
                n.put("truncated", i.truncated());
                ArrayNode problems = n.putArray("problems");
                for (JsonProblem p : i.problems()) {
                    problems.addObject().put("pointer", p.getPointer()).put("message", p.getMessage());
                }
            } else if (o instanceof CheckCommand.Unreadable u) {
                n.put("outcome", "unreadable");
                n.put("exitCode", u.exitCode());
                n.put("message", u.message());
            }
        }
        return write(mapper, root);
    }

    /** The document for arguments that cannot be used: no file was looked at. */
    static String argumentErrors(List<ArgumentError> errors) {
        ObjectMapper mapper = mapper();
        ObjectNode root = header(mapper, CliErrors.USAGE);
        ArrayNode list = root.putArray("argumentErrors");
        for (ArgumentError e : errors) {
            list.addObject().put("message", e.message());
        }
        root.putArray("files");
        return write(mapper, root);
    }

    /** The assessment of one plan, with a fixed field order. */
    static ObjectNode assessment(ObjectMapper mapper, Assessment assessment) {
        ObjectNode root = mapper.createObjectNode();
        root.put("kind", "equality-plan-assessment");
        root.put("asOf", assessment.getAsOf().toString());
        root.put("verdict", AssessmentPrinter.verdictCode(assessment));
        ObjectNode counts = root.putObject("counts");
        for (Severity s : Severity.values()) {
            counts.put(s.getCode(), assessment.count(s));
        }
        ArrayNode objectives = root.putArray("objectives");
        for (ObjectiveSummary s : assessment.getObjectives()) {
            ObjectNode n = objectives.addObject();
            n.put("objectiveId", s.getObjectiveId());
            n.put("title", s.getTitle());
            n.put("pointer", s.getPointer());
            n.put("smart", s.isSmart());
            ObjectNode letters = n.putObject("letters");
            for (SmartLetter l : SmartLetter.values()) {
                letters.put(LETTERS.get(l), s.meets(l));
            }
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : assessment.getFindings()) {
            ObjectNode n = findings.addObject();
            n.put("severity", f.getSeverity().getCode());
            n.put("code", f.getCode());
            n.put("pointer", f.getPointer());
            n.put("objectiveId", f.getObjectiveId().orElse(null));
            n.put("objectiveTitle", f.getObjectiveTitle().orElse(null));
            ArrayNode criteria = n.putArray("criteria");
            f.getCriteria().forEach(criteria::add);
            n.put("message", f.getMessage());
            n.put("fix", f.getFix());
            n.put("fixField", f.getFixField().orElse(null));
            n.put("source", f.getSource().orElse(null));
        }
        return root;
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static ObjectNode header(ObjectMapper mapper, int exitCode) {
        ObjectNode root = mapper.createObjectNode();
        root.put("kind", KIND);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("exitCode", exitCode);
        return root;
    }

    private static String write(ObjectMapper mapper, ObjectNode root) {
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write the check document as JSON", ex);
        }
    }
}
