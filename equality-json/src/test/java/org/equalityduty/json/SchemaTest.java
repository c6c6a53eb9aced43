package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.duty.PublishedItem;
import org.equalityduty.core.duty.Recurrence;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.progress.CriterionKind;
import org.equalityduty.core.progress.CriterionStatus;
import org.equalityduty.core.progress.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schemas agree with the reader and writer, checked with a real draft 2020-12 validator. */
class SchemaTest {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    static final JsonSchema PLAN = schema(EqualityJson.PLAN_SCHEMA_RESOURCE);
    static final JsonSchema PROGRESS = schema(EqualityJson.PROGRESS_SCHEMA_RESOURCE);
    static final JsonSchema REPORT = schema(EqualityJson.REPORT_SCHEMA_RESOURCE);

    static JsonSchema schema(String resource) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = EqualityJson.class.getResourceAsStream(resource)) {
            return factory.getSchema(in, config);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Set<ValidationMessage> errors(JsonSchema schema, String document) {
        try {
            return schema.validate(MAPPER.readTree(document));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-full.json", "plan-minimal.json"})
    void goldenPlansAreValid(String name) throws IOException {
        assertEquals(Set.of(), errors(PLAN, Files.readString(Golden.path(name))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"progress.json", "progress-compact.json"})
    void goldenProgressRecordsAreValid(String name) throws IOException {
        assertEquals(Set.of(), errors(PROGRESS, Files.readString(Golden.path(name))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"progress-report.json", "progress-report-compact.json"})
    void goldenProgressReportsAreValid(String name) throws IOException {
        assertEquals(Set.of(), errors(REPORT, Files.readString(Golden.path(name))));
    }

    static JsonSchema schemaOf(BadDocuments.Doc doc) {
        switch (doc) {
            case PROGRESS:
                return PROGRESS;
            case REPORT:
                return REPORT;
            default:
                return PLAN;
        }
    }

    static Stream<BadDocuments.Case> judgeable() {
        return BadDocuments.all().stream().filter(c -> c.schema != BadDocuments.Schema.NOT_JSON);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("judgeable")
    void schemaRejectsWhatItCanExpressAndTheReaderRejectsAll(BadDocuments.Case c) {
        Set<ValidationMessage> errors = errors(schemaOf(c.doc), c.document);
        if (c.schema == BadDocuments.Schema.REJECTS) {
            assertFalse(errors.isEmpty(), "schema accepted " + c.name);
        } else {
            assertEquals(Set.of(), errors, "schema cannot express this rule, so it accepts " + c.name);
        }
        // and the reader rejects every case, whatever the schema says
        assertFalse(BadDocumentsTest.problems(c).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {EqualityJson.PLAN_SCHEMA_RESOURCE, EqualityJson.PROGRESS_SCHEMA_RESOURCE,
        EqualityJson.REPORT_SCHEMA_RESOURCE})
    void everyFieldAndDefinitionHasADescription(String resource) throws IOException {
        JsonNode schema;
        try (InputStream in = EqualityJson.class.getResourceAsStream(resource)) {
            schema = MAPPER.readTree(in);
        }
        List<String> missing = new ArrayList<>();
        walk(schema, "", missing);
        assertEquals(List.of(), missing);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    }

    private static void walk(JsonNode node, String at, List<String> missing) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null) {
                for (Map.Entry<String, JsonNode> e : properties.properties()) {
                    if (!e.getValue().has("description")) {
                        missing.add(at + "/properties/" + e.getKey());
                    }
                }
            }
            JsonNode defs = node.get("$defs");
            if (defs != null) {
                defs.properties().forEach(e -> {
                    if (!e.getValue().has("description")) {
                        missing.add(at + "/$defs/" + e.getKey());
                    }
                });
            }
            node.properties().forEach(e -> walk(e.getValue(), at + "/" + e.getKey(), missing));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, missing);
            }
        }
    }

    @Test
    void enumsListExactlyTheCoreCodes() throws IOException {
        JsonNode plan;
        try (InputStream in = EqualityJson.class.getResourceAsStream(EqualityJson.PLAN_SCHEMA_RESOURCE)) {
            plan = MAPPER.readTree(in);
        }
        JsonNode progress;
        try (InputStream in = EqualityJson.class.getResourceAsStream(EqualityJson.PROGRESS_SCHEMA_RESOURCE)) {
            progress = MAPPER.readTree(in);
        }
        assertCodes(plan, "/properties/jurisdiction", Jurisdiction.values(), Jurisdiction::getCode);
        assertCodes(plan, "/$defs/objective/properties/aims/items", DutyAim.values(), DutyAim::getCode);
        assertCodes(plan, "/properties/aims/items", DutyAim.values(), DutyAim::getCode);
        assertCodes(plan, "/$defs/objective/properties/characteristics/items", ProtectedCharacteristic.values(),
                ProtectedCharacteristic::getCode);
        assertCodes(plan, "/$defs/objective/properties/populations/items", Population.values(), Population::getCode);
        assertCodes(plan, "/$defs/measure/properties/kind", MeasureKind.values(), MeasureKind::getCode);
        assertCodes(plan, "/$defs/measure/properties/unit", MeasureUnit.values(), MeasureUnit::getCode);
        assertCodes(plan, "/$defs/measure/properties/subjects/items", Subject.values(), Subject::getCode);
        assertCodes(plan, "/$defs/measure/properties/keyStages/items", KeyStage.values(), KeyStage::getCode);
        assertCodes(plan, "/$defs/target/properties/kind", TargetKind.values(), TargetKind::getCode);
        assertCodes(plan, "/$defs/successCriterion/oneOf/0/properties/direction", Direction.values(),
                Direction::getCode);
        assertCodes(plan, "/$defs/timeFrame/oneOf/3/properties/every", Recurrence.values(), Recurrence::getCode);
        assertCodes(plan, "/$defs/publicationRule/properties/items/items", PublishedItem.values(),
                PublishedItem::getCode);
        assertCodes(progress, "/$defs/observation/properties/status", ObservationStatus.values(),
                ObservationStatus::getCode);
        JsonNode report;
        try (InputStream in = EqualityJson.class.getResourceAsStream(EqualityJson.REPORT_SCHEMA_RESOURCE)) {
            report = MAPPER.readTree(in);
        }
        assertCodes(report, "/$defs/criterionProgress/properties/kind", CriterionKind.values(),
                CriterionKind::getCode);
        assertCodes(report, "/$defs/criterionProgress/properties/status", CriterionStatus.values(),
                CriterionStatus::getCode);
        assertCodes(report, "/$defs/resolvedTarget/properties/reading", Reading.values(), Reading::getCode);
    }

    @Test
    void planSchemaListsEveryStandardCategoryAndDescribesEveryEnumValue() throws IOException {
        JsonNode plan;
        try (InputStream in = EqualityJson.class.getResourceAsStream(EqualityJson.PLAN_SCHEMA_RESOURCE)) {
            plan = MAPPER.readTree(in);
        }
        List<String> standard = new ArrayList<>();
        org.equalityduty.core.population.Dimensions.standard()
                .forEach(d -> d.getCategories().forEach(c -> standard.add(c.toString())));
        JsonNode listed = plan.at("/$defs/category/oneOf/0/enum");
        List<String> codes = new ArrayList<>();
        listed.forEach(n -> codes.add(n.asText()));
        assertEquals(standard, codes);
        // Every enum in the schema has one described constant per value, in the same order.
        List<String> undescribed = new ArrayList<>();
        describeWalk(plan, "", undescribed);
        assertEquals(List.of(), undescribed);
        assertCodes(plan, "/$defs/organisation/properties/schoolType", org.equalityduty.core.duty.SchoolType.values(),
                org.equalityduty.core.duty.SchoolType::getCode);
        assertCodes(plan, "/$defs/organisation/properties/phases/items", org.equalityduty.core.duty.Phase.values(),
                org.equalityduty.core.duty.Phase::getCode);
        assertCodes(plan, "/$defs/benchmark/properties/scope", org.equalityduty.core.plan.BenchmarkScope.values(),
                org.equalityduty.core.plan.BenchmarkScope::getCode);
        assertCodes(plan, "/$defs/measure/properties/population", Population.values(), Population::getCode);
    }

    private static void describeWalk(JsonNode node, String at, List<String> undescribed) {
        if (node.isObject()) {
            JsonNode values = node.get("enum");
            if (values != null && values.isArray() && values.size() > 0 && values.get(0).isTextual()) {
                JsonNode described = node.get("anyOf");
                List<String> consts = new ArrayList<>();
                if (described != null) {
                    described.forEach(d -> {
                        if (d.has("const") && d.path("description").asText("").length() > 0) {
                            consts.add(d.get("const").asText());
                        }
                    });
                }
                List<String> enumValues = new ArrayList<>();
                values.forEach(v -> enumValues.add(v.asText()));
                if (!enumValues.equals(consts)) {
                    undescribed.add(at);
                }
            }
            node.properties().forEach(e -> describeWalk(e.getValue(), at + "/" + e.getKey(), undescribed));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                describeWalk(node.get(i), at + "/" + i, undescribed);
            }
        }
    }

    private static <E> void assertCodes(JsonNode schema, String pointer, E[] values, Function<E, String> code) {
        JsonNode node = schema.at(pointer + "/enum");
        assertTrue(node.isArray(), pointer);
        List<String> listed = new ArrayList<>();
        node.forEach(n -> listed.add(n.asText()));
        assertEquals(Stream.of(values).map(code).collect(Collectors.toList()), listed, pointer);
    }

    @Test
    void schemaFilesInTheRepositoryAreTheOnesShipped() throws IOException {
        for (String resource : List.of(EqualityJson.PLAN_SCHEMA_RESOURCE, EqualityJson.PROGRESS_SCHEMA_RESOURCE,
                EqualityJson.REPORT_SCHEMA_RESOURCE)) {
            try (InputStream in = EqualityJson.class.getResourceAsStream(resource)) {
                assertEquals(Files.readString(Path.of("src/main/resources" + resource)),
                        new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
