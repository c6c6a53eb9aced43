package org.equalityduty.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.PublicationCycle;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.Ongoing;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Dimension;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;
import org.junit.jupiter.api.Test;

/**
 * Every attribute of every value type rejects null at construction, naming the attribute. Checked through the
 * public builders, which every factory delegates to.
 */
class NullHostilityTest {

    private static final List<Class<?>> VALUE_TYPES = List.of(
            Action.class, Baseline.class, Benchmark.class, Category.class, Dimension.class, EqualityPlan.class,
            Group.class, Measure.class, Milestone.class, Objective.class, Observation.class, ObservationSeries.class,
            Ongoing.class, Organisation.class, ProgressRecord.class, PublicationCycle.class, PublicationRule.class,
            QualitativeCriterion.class, QuantitativeTarget.class, org.equalityduty.core.plan.ReviewSchedule.class,
            org.equalityduty.core.plan.Adoption.class, org.equalityduty.core.plan.AdoptedObjective.class,
            org.equalityduty.core.plan.InLineWith.class);

    @Test
    void everyBuilderSetterRejectsNullNamingTheAttribute() throws ReflectiveOperationException {
        List<String> checked = new ArrayList<>();
        for (Class<?> type : VALUE_TYPES) {
            Method builderFactory = type.getMethod("builder");
            for (Method setter : builderFactory.getReturnType().getMethods()) {
                if (setter.getParameterCount() != 1 || setter.getParameterTypes()[0].isPrimitive()
                        || setter.getParameterTypes()[0].isArray() || Modifier.isStatic(setter.getModifiers())
                        || setter.getDeclaringClass() == Object.class || setter.getName().equals("from")) {
                    continue;
                }
                Object builder = builderFactory.invoke(null);
                try {
                    setter.invoke(builder, (Object) null);
                    fail(type.getSimpleName() + ".Builder." + setter.getName() + " accepted null");
                } catch (InvocationTargetException ex) {
                    Throwable cause = ex.getCause();
                    assertTrue(cause instanceof NullPointerException,
                            type.getSimpleName() + "." + setter.getName() + " threw " + cause);
                    // Bulk setters (addAll*, putAll*, put(Map.Entry)) are generated as loops over the argument: the JDK's
                    // helpful message names their parameter rather than the attribute (a known limit of the
                    // generated builders). Every other setter names its attribute.
                    boolean bulk = setter.getName().startsWith("addAll") || setter.getName().startsWith("putAll")
                            || setter.getParameterTypes()[0] == java.util.Map.Entry.class;
                    String attribute = bulk ? "is null" : attributeOf(setter.getName());
                    String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
                    assertTrue(message.startsWith(attribute) || message.contains(attribute),
                            type.getSimpleName() + "." + setter.getName() + ": message '" + cause.getMessage()
                                    + "' does not name '" + attribute + "'");
                    checked.add(type.getSimpleName() + "." + setter.getName());
                }
            }
        }
        assertFalse(checked.isEmpty());
        assertTrue(checked.contains("Objective.title"), checked.toString());
        assertTrue(checked.contains("QuantitativeTarget.measure"), checked.toString());
    }

    @Test
    void factoriesRejectNullNamingTheParameter() {
        assertEquals("duration", assertNpe(() -> TimeFrame.within(null)));
        assertEquals("date", assertNpe(() -> TimeFrame.dueBy(null)));
        assertEquals("every", assertNpe(() -> TimeFrame.recurring(null)));
        assertEquals("reviewEvery", assertNpe(() -> TimeFrame.ongoing(null)));
        assertEquals("group", assertNpe(() -> GroupReference.of(null)));
        assertEquals("kind", assertNpe(() -> Target.of(null, java.math.BigDecimal.ONE)));
        assertEquals("value", assertNpe(() -> Target.of(TargetKind.LEVEL, (java.math.BigDecimal) null)));
        assertEquals("reference", assertNpe(() -> Dimensions.category(null)));
        assertEquals("code", assertNpe(() -> CensusEthnicity.parse(null)));
        assertEquals("text", assertNpe(() -> PlanPeriod.parse(null)));
    }

    private static String assertNpe(Runnable call) {
        try {
            call.run();
        } catch (NullPointerException ex) {
            return ex.getMessage();
        }
        throw new AssertionError("no NullPointerException");
    }

    /** The stem of the attribute a setter sets: {@code addCategory} and {@code categories} share {@code categor}. */
    private static String attributeOf(String setter) {
        String name = setter;
        if (name.startsWith("addAll")) {
            name = name.substring(6);
        } else if (name.startsWith("add")) {
            name = name.substring(3);
        } else if (name.startsWith("put")) {
            name = name.substring(3);
        }
        name = name.isEmpty() ? setter : name;
        String attribute = name.toLowerCase(Locale.ROOT);
        // Depluralized adders (addCategory for categories) name the plural attribute: compare the stem.
        return attribute.endsWith("y") || attribute.endsWith("s")
                ? attribute.substring(0, attribute.length() - 1) : attribute;
    }
}
