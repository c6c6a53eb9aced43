package org.example.boot;

import java.io.IOException;
import java.io.InputStream;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.json.jackson3.EqualityDutyModule;
import org.equalityduty.json.jackson3.EqualityJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * An application on Jackson 3 using equality-duty as a user would: its mapper finds the module through
 * {@code ServiceLoader}, reads a plan, and writes it back exactly as the library's own facade does. Exits with 1,
 * saying what differs, if anything is not as expected.
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs the checks.
     *
     * @param args  none
     * @throws IOException if the plan cannot be read
     */
    public static void main(String[] args) throws IOException {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        if (mapper.registeredModules().stream().noneMatch(m -> m instanceof EqualityDutyModule)) {
            fail("findAndAddModules() did not find EqualityDutyModule");
        }
        byte[] document;
        try (InputStream in = Main.class.getResourceAsStream("/plan.json")) {
            if (in == null) {
                fail("no plan.json");
                return;
            }
            document = in.readAllBytes();
        }
        EqualityPlan viaMapper = mapper.readValue(document, EqualityPlan.class);
        EqualityPlan viaFacade = EqualityJson.defaults().readPlan(new java.io.ByteArrayInputStream(document));
        if (!viaMapper.equals(viaFacade)) {
            fail("the mapper and the facade read different plans");
        }
        String written = mapper.writeValueAsString(viaMapper);
        if (!written.equals(EqualityJson.defaults().withPrettyPrint(false).writePlan(viaFacade))) {
            fail("the mapper and the facade write different documents");
        }
        System.out.println("jackson3-consumer: read and wrote '" + viaMapper.getTitle().orElse("(untitled)") + "' through Jackson 3");
    }

    private static void fail(String message) {
        System.err.println("jackson3-consumer: " + message);
        System.exit(1);
    }
}
