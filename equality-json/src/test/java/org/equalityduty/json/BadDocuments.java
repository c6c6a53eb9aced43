package org.equalityduty.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus of bad documents: each case is a golden document with one deliberate fault (or a raw text), the exact
 * problems the reader must list (in {@code bad/expected.txt}), and whether the JSON Schema must reject it too.
 */
final class BadDocuments {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Whether the schema must reject the document, accept it (a rule it cannot express), or cannot judge it. */
    enum Schema { REJECTS, ACCEPTS, NOT_JSON }

    /** The kind of document a case is read as. */
    enum Doc { PLAN, PROGRESS, REPORT }

    /** One bad document. */
    static final class Case {
        final String name;
        final Doc doc;
        final String document;
        final Schema schema;

        Case(String name, Doc doc, String document, Schema schema) {
            this.name = name;
            this.doc = doc;
            this.document = document;
            this.schema = schema;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A change to a document tree. */
    interface Edit {
        void apply(ObjectNode root);
    }

    private BadDocuments() {
    }

    static Edit set(String pointer, String json) {
        return root -> {
            JsonNode value = parse(json);
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = root.at(pointer.substring(0, slash));
            String last = pointer.substring(slash + 1);
            if (parent.isArray()) {
                ((ArrayNode) parent).set(Integer.parseInt(last), value);
            } else {
                ((ObjectNode) parent).set(last, value);
            }
        };
    }

    static Edit remove(String pointer) {
        return root -> {
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = root.at(pointer.substring(0, slash));
            String last = pointer.substring(slash + 1);
            if (parent.isArray()) {
                ((ArrayNode) parent).remove(Integer.parseInt(last));
            } else {
                ((ObjectNode) parent).remove(last);
            }
        };
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("not JSON: " + json, ex);
        }
    }

    static String edited(String base, Edit... edits) {
        ObjectNode root = (ObjectNode) parse(base);
        for (Edit e : edits) {
            e.apply(root);
        }
        return root.toString();
    }

    /** The full plan as a format version 1 document: the golden file, which version 0.1 wrote byte for byte. */
    static String plan() {
        return HostileInputTest.golden("plan-full.json");
    }

    static String progress() {
        return EqualityJson.defaults().writeProgress(Samples.progress());
    }

    static String report() {
        return EqualityJson.defaults().writeProgressReport(ReportSamples.report());
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void raw(String name, String document) {
        CASES.add(new Case(name, Doc.PLAN, document, Schema.NOT_JSON));
    }

    private static void plan(String name, Schema schema, List<Edit> edits) {
        CASES.add(new Case(name, Doc.PLAN, edited(plan(), edits.toArray(new Edit[0])), schema));
    }

    private static void progress(String name, Schema schema, List<Edit> edits) {
        CASES.add(new Case(name, Doc.PROGRESS, edited(progress(), edits.toArray(new Edit[0])), schema));
    }

    private static void report(String name, Schema schema, List<Edit> edits) {
        CASES.add(new Case(name, Doc.REPORT, edited(report(), edits.toArray(new Edit[0])), schema));
    }

    private static void reportRaw(String name, String document) {
        CASES.add(new Case(name, Doc.REPORT, document, Schema.NOT_JSON));
    }

    private static void planText(String name, Schema schema, String document) {
        CASES.add(new Case(name, Doc.PLAN, document, schema));
    }

    static List<Case> all() {
        return CASES;
    }

    private static final Schema R = Schema.REJECTS;
    private static final Schema A = Schema.ACCEPTS;

    static {
        // ---- not JSON, or beyond a limit
        raw("empty document", "");
        raw("not JSON at all", "hello");
        raw("truncated", "{\"kind\":\"equality-plan\",");
        raw("trailing content", plan() + " {}");
        raw("duplicate key", "{\"kind\":\"equality-plan\",\"kind\":\"equality-plan\"}");
        raw("single quotes", "{'kind':'equality-plan'}");
        raw("comment", "{\"kind\":\"equality-plan\" // plan\n}");
        raw("NaN", "{\"kind\":\"equality-plan\",\"formatVersion\":NaN}");
        raw("leading zero", "{\"kind\":\"equality-plan\",\"formatVersion\":01}");
        raw("nesting too deep", "{\"kind\":" + "[".repeat(40) + "]".repeat(40) + "}");
        raw("string too long", "{\"title\":\"" + "x".repeat(20_001) + "\"}");
        raw("number too long", "{\"formatVersion\":" + "1".repeat(70) + "}");
        raw("field name too long", "{\"" + "k".repeat(201) + "\":1}");
        planText("array at root", R, "[]");
        planText("text at root", R, "\"plan\"");
        // ---- kind and version
        plan("kind missing", R, List.of(remove("/kind")));
        plan("kind of another document", R, List.of(set("/kind", "\"progress-record\"")));
        plan("kind unknown", R, List.of(set("/kind", "\"plan\"")));
        plan("formatVersion missing", R, List.of(remove("/formatVersion")));
        plan("formatVersion newer", R, List.of(set("/formatVersion", "3"), set("/shinyNewField", "true")));
        plan("formatVersion as text", R, List.of(set("/formatVersion", "\"1\"")));
        plan("formatVersion with a decimal point", A, List.of(set("/formatVersion", "1.0")));
        plan("formatVersion zero", R, List.of(set("/formatVersion", "0")));
        // ---- plan fields
        plan("unknown field", R, List.of(set("/author", "\"Head teacher\"")));
        plan("organisation missing", R, List.of(remove("/organisation")));
        plan("organisation null", R, List.of(set("/organisation", "null")));
        plan("jurisdiction capitalised", R, List.of(set("/jurisdiction", "\"England\"")));
        plan("jurisdiction as Java name", R, List.of(set("/jurisdiction", "\"ENGLAND\"")));
        plan("period ends before it starts", A, List.of(set("/period/end", "\"2020-08-31\"")));
        plan("date without leading zeros", R, List.of(set("/period/start", "\"2023-9-1\"")));
        plan("date not in the calendar", R, List.of(set("/period/start", "\"2023-02-30\"")));
        plan("title a number", R, List.of(set("/title", "42")));
        plan("title empty", R, List.of(set("/title", "\"\"")));
        plan("title blank", A, List.of(set("/title", "\"   \"")));
        plan("optional field null", R, List.of(set("/title", "null")));
        plan("objectives an object", R, List.of(set("/objectives", "{}")));
        plan("objective id with a space", R, List.of(set("/objectives/0/id", "\"o 1\"")));
        plan("objective ids repeated", A, List.of(set("/objectives/1/id", "\"o1\"")));
        plan("aim repeated", R, List.of(set("/objectives/0/aims",
                "[\"eliminate_discrimination\",\"eliminate_discrimination\"]")));
        plan("aim unknown", R, List.of(set("/objectives/0/aims/0", "\"eliminate\"")));
        plan("characteristic as Java name", R, List.of(set("/objectives/0/characteristics/0", "\"RACE\"")));
        plan("group without categories", R, List.of(set("/objectives/0/groups/0/categories", "[]")));
        plan("category not in its dimension", R, List.of(set("/objectives/0/groups/0/categories/0", "\"sex:other\"")));
        plan("category of no standard dimension", R, List.of(
                set("/objectives/0/groups/0/categories/0", "\"religion:christian\"")));
        plan("category without dimension", R, List.of(set("/objectives/0/groups/0/categories/0", "\"female\"")));
        plan("category object without label", R, List.of(remove("/objectives/0/groups/1/categories/1/label")));
        plan("category object with capitalised dimension", R, List.of(
                set("/objectives/0/groups/1/categories/1/dimension", "\"Faith\"")));
        plan("category repeated in a group", R, List.of(
                set("/objectives/0/groups/1/categories/0", "\"sex:female\""),
                set("/objectives/0/groups/1/categories/1", "\"sex:female\"")));
        plan("time frame type unknown", R, List.of(set("/objectives/0/actions/0/timeFrame/type", "\"weekly\"")));
        plan("time frame without type", R, List.of(remove("/objectives/0/actions/0/timeFrame/type")));
        plan("duration in words", R, List.of(set("/objectives/0/actions/0/timeFrame/duration", "\"3 months\"")));
        plan("duration zero", A, List.of(set("/objectives/0/actions/0/timeFrame/duration", "\"P0D\"")));
        plan("due_by field on a within time frame", R, List.of(
                set("/objectives/0/actions/0/timeFrame/date", "\"2026-07-31\"")));
        plan("criterion without type", R, List.of(remove("/objectives/1/successCriteria/2/type")));
        plan("quantitative without measure and direction", R, List.of(
                remove("/objectives/0/actions/0/successCriteria/0/measure"),
                remove("/objectives/0/actions/0/successCriteria/0/direction")));
        plan("baseline value as text", R, List.of(
                set("/objectives/0/actions/0/successCriteria/0/baseline/value", "\"18.5\"")));
        plan("baseline value too precise", A, List.of(
                set("/objectives/0/actions/0/successCriteria/0/baseline/value", "0.1234567890123456789012345")));
        plan("target change negative", A, List.of(
                set("/objectives/0/actions/0/successCriteria/0/target", "{\"kind\":\"change\",\"value\":-3}")));
        plan("target value too large", A, List.of(
                set("/objectives/0/actions/0/successCriteria/0/target/value", "1e40")));
        plan("qualitative target without measure", A, List.of(remove("/objectives/1/successCriteria/1/measure")));
        plan("reference without focus group", A, List.of(
                remove("/objectives/0/actions/0/successCriteria/0/measure/focusGroup")));
        plan("reference type unknown", R, List.of(
                set("/objectives/0/actions/0/successCriteria/0/measure/reference/type", "\"everyone\"")));
        plan("employee count with a fraction", R, List.of(set("/organisation/employeeCount", "12.5")));
        plan("employee count negative", R, List.of(set("/organisation/employeeCount", "-3")));
        plan("employee count as text", R, List.of(set("/organisation/employeeCount", "\"300\"")));
        plan("employee count too large", R, List.of(set("/organisation/employeeCount", "3000000000")));
        plan("urn of five digits", R, List.of(set("/organisation/schools/0/urn", "\"12345\"")));
        plan("school listing schools", A, List.of(
                set("/organisation/schools/0/schools", "[{\"type\":\"school\",\"name\":\"Annex\"}]")));
        plan("list element null", R, List.of(set("/publicationRules/0/items/0", "null")));
        plan("responsible entry empty", R, List.of(set("/objectives/0/actions/0/responsible/0", "\"\"")));
        plan("objective title blank and description missing", R, List.of(
                set("/objectives/0/title", "\"  \""), remove("/objectives/0/actions/1/description"),
                set("/objectives/1/targetDate", "\"soon\"")));
        // ---- progress records
        progress("observations out of order", A, List.of(
                set("/series/0/observations/1/date", "\"2024-01-31\"")));
        progress("observation value missing", A, List.of(remove("/series/0/observations/0/value")));
        progress("suppressed observation with a value", A, List.of(
                set("/series/0/observations/1/status", "\"suppressed\""), set("/series/0/observations/1/value", "3")));
        progress("sample size negative", R, List.of(set("/series/0/observations/0/sampleSize", "-1")));
        progress("lower without upper", A, List.of(remove("/series/0/observations/0/upper")));
        progress("milestone completion not a date", R, List.of(set("/milestonesCompleted/o1.m1", "\"done\"")));
        progress("evidence null", R, List.of(set("/evidence/o2.q1", "null")));
        progress("asOf missing", R, List.of(remove("/asOf")));
        progress("criterion id with a slash", R, List.of(set("/series/0/criterionId", "\"o1/c1\"")));
        CASES.add(new Case("plan read as a progress record", Doc.PROGRESS, plan(), Schema.REJECTS));
        // ---- progress reports: criteria/0 is quantitative with every figure, 1 and 2 milestones, 3 quantitative
        // with a baseline from the observations, 4 qualitative with a tied measure
        reportRaw("report: duplicate key", "{\"kind\":\"progress-report\",\"formatVersion\":1,"
                + "\"asOf\":\"2025-07-31\",\"asOf\":\"2025-08-31\"}");
        reportRaw("report: trailing content", report() + "{\"kind\":\"progress-report\"}");
        report("report: kind of another document", R, List.of(set("/kind", "\"progress-record\"")));
        report("report: formatVersion newer", R, List.of(set("/formatVersion", "2")));
        report("report: organisationName and asOf missing", R, List.of(remove("/organisationName"), remove("/asOf")));
        report("report: unknown field in an entry", R, List.of(set("/criteria/1/colour", "\"green\"")));
        report("report: status unknown", R, List.of(set("/criteria/0/status", "\"green\"")));
        report("report: status as Java name", R, List.of(set("/criteria/0/status", "\"ON_TRACK\"")));
        report("report: status of another kind of criterion", R, List.of(set("/criteria/1/status", "\"achieved\"")));
        report("report: measureStatus on a milestone", R, List.of(set("/criteria/2/measureStatus", "\"no_data\"")));
        report("report: measureStatus not a measure's", R, List.of(set("/criteria/4/measureStatus", "\"done\"")));
        report("report: kind missing", R, List.of(remove("/criteria/3/kind")));
        report("report: fraction as text", R, List.of(set("/criteria/0/fraction", "\"0.86\"")));
        report("report: projection with too many decimal places", A, List.of(set("/criteria/0/projection", "1e-101")));
        report("report: latestValue without latestDate", R, List.of(remove("/criteria/0/latestDate")));
        report("report: target without value", R, List.of(remove("/criteria/0/target/value")));
        report("report: baselineFromObservations as text", R, List.of(
                set("/criteria/3/target/baselineFromObservations", "\"yes\"")));
        report("report: baselineFromObservations without baseline", R, List.of(remove("/criteria/3/target/baseline")));
        report("report: reading unknown", R, List.of(set("/criteria/3/target/reading", "\"absolute\"")));
        report("report: criterion ids repeated", A, List.of(set("/criteria/2/criterionId", "\"o1.a1.m1\"")));
        report("report: path not a plan path", R, List.of(set("/criteria/0/path", "\"/objectives/0\"")));
        report("report: explanation blank", A, List.of(set("/criteria/1/explanation", "\"  \"")));
        report("report: period ends before it starts", A, List.of(set("/period/end", "\"2020-08-31\"")));
        report("report: criteria entry null and unmatched entry a number", R, List.of(set("/criteria/2", "null"),
                set("/unmatchedRecordEntries/0", "7")));
        CASES.add(new Case("report read as a plan", Doc.PLAN, report(), Schema.REJECTS));
        CASES.add(new Case("plan read as a progress report", Doc.REPORT, plan(), Schema.REJECTS));
    }
}
