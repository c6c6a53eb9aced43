package org.equalityduty.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.disclosure.DisclosureRules;
import org.equalityduty.metrics.options.MetricOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EqualityDutyPropertiesTest {
    @Test
    void theDefaultsAreTheLibrarys() {
        EqualityDutyProperties p = new EqualityDutyProperties();
        assertEquals(MetricOptions.DEFAULT_MINIMUM_GROUP_SIZE, p.getMinimumGroupSize());
        assertEquals(DisclosureRules.defaults().getThreshold(), p.getSuppressionThreshold());
        assertNull(p.getJurisdiction());
        p.setMinimumGroupSize(7);
        p.setSuppressionThreshold(3);
        p.setJurisdiction(Jurisdiction.SCOTLAND);
        assertEquals(7, p.getMinimumGroupSize());
        assertEquals(3, p.getSuppressionThreshold());
        assertEquals(Jurisdiction.SCOTLAND, p.getJurisdiction());
    }

    @Test
    void theBuildWritesMetadataForIdeCompletion() throws Exception {
        // spring-boot-configuration-processor writes it from the fields, their Javadoc and initialisers.
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertNotNull(in, "configuration metadata");
            metadata = JsonMapper.builder().build().readTree(in);
        }
        Map<String, JsonNode> byName = new HashMap<>();
        metadata.get("properties").forEach(p -> byName.put(p.get("name").asString(), p));
        assertEquals(3, byName.size(), byName.keySet().toString());
        assertEquals(5, byName.get("equality-duty.minimum-group-size").get("defaultValue").asInt());
        assertEquals(10, byName.get("equality-duty.suppression-threshold").get("defaultValue").asInt());
        assertEquals(Jurisdiction.class.getName(), byName.get("equality-duty.jurisdiction").get("type").asString());
        for (JsonNode p : byName.values()) {
            assertTrue(p.get("description").asString().length() > 20, p.toString());
        }
    }
}
