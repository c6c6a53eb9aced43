package org.equalityduty.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.testkit.EqualityGenerators;
import org.junit.jupiter.api.Test;

/** {@link PlanShape} covers every structural constraint of the plan types, and reads the seed-like plans as valid. */
class PlanShapeTest {

    /**
     * Every default-group constraint on the plan types, as {@code Type.property: Constraint} (container element
     * constraints as {@code Type.property<>: Constraint}), from Bean Validation's own metadata. {@link PlanShape}
     * checks each of these; a constraint added to core (or a type newly reached through {@code @Valid}) changes this
     * list and fails here until {@link PlanShape} checks it too.
     */
    private static final Set<String> CHECKED = new TreeSet<>(Set.of(
            "EqualityPlan: UniqueIds",
            "EqualityPlan.title<>: Size", "EqualityPlan.title<>: Pattern",
            "EqualityPlan.introduction<>: Size", "EqualityPlan.introduction<>: Pattern",
            "EqualityPlan.impactStatement<>: Size", "EqualityPlan.impactStatement<>: Pattern",
            "EqualityPlan.objectives: Size", "EqualityPlan.informationPublishedOn: Size",
            "EqualityPlan.progressReportDates: Size", "EqualityPlan.publicationRules: Size",
            "Organisation.name: NotBlank", "Organisation.name: Size",
            "PublicationRule.location<>: Size", "PublicationRule.location<>: Pattern",
            "PublicationRule.text: NotBlank", "PublicationRule.text: Size",
            "Objective.title: NotBlank", "Objective.title: Size",
            "Objective.rationale<>: Size", "Objective.rationale<>: Pattern",
            "Objective.childFriendlyVersion<>: Size", "Objective.childFriendlyVersion<>: Pattern",
            "Objective.groups: Size", "Objective.actions: Size", "Objective.successCriteria: Size",
            "Action.description: NotBlank", "Action.description: Size",
            "Action.responsible: Size", "Action.responsible<>: NotBlank", "Action.responsible<>: Size",
            "Action.resources: Size", "Action.resources<>: NotBlank", "Action.resources<>: Size",
            "Action.successCriteria: Size",
            "QuantitativeTarget.text: NotBlank", "QuantitativeTarget.text: Size",
            "QualitativeCriterion.text: NotBlank", "QualitativeCriterion.text: Size",
            "QualitativeCriterion.method<>: Size",
            "Milestone.text: NotBlank", "Milestone.text: Size",
            "Measure.description<>: Size",
            "Baseline.source<>: Size",
            "Benchmark.label: NotBlank", "Benchmark.label: Size", "Benchmark.source<>: Size",
            "Group.label<>: Size"));

    /** The types reached through {@code @Valid} from a plan (the sealed families listed by their members). */
    private static final Class<?>[] TYPES = {EqualityPlan.class, Organisation.class, PublicationRule.class,
        Objective.class, Action.class, QuantitativeTarget.class, QualitativeCriterion.class, Milestone.class,
        Measure.class, Baseline.class, Benchmark.class, GroupReference.class, Group.class};

    @Test
    void everyStructuralConstraintOfThePlanTypesIsChecked() {
        Set<String> found = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(java.util.List.of(TYPES));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            BeanDescriptor bean = EqualityValidation.validator().getConstraintsForClass(type);
            for (ConstraintDescriptor<?> c : bean.getConstraintDescriptors()) {
                if (isDefault(c)) {
                    found.add(type.getSimpleName() + ": " + name(c));
                }
            }
            for (PropertyDescriptor p : bean.getConstrainedProperties()) {
                String where = type.getSimpleName() + "." + p.getPropertyName();
                for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
                    if (isDefault(c)) {
                        found.add(where + ": " + name(c));
                    }
                }
                for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
                    for (ConstraintDescriptor<?> c : e.getConstraintDescriptors()) {
                        if (isDefault(c)) {
                            found.add(where + "<>: " + name(c));
                        }
                    }
                    if (e.isCascaded()) {
                        Class<?> element = e.getElementClass();
                        // Every cascaded type must be one of TYPES (or a sealed interface of them).
                        assertTrue(known(element), where + " cascades into " + element.getSimpleName()
                                + ", which PlanShape does not check");
                    }
                }
                if (p.isCascaded()) {
                    assertTrue(known(p.getElementClass()), where + " cascades into "
                            + p.getElementClass().getSimpleName() + ", which PlanShape does not check");
                }
            }
        }
        assertEquals(CHECKED, found);
    }

    private static boolean known(Class<?> type) {
        if (type == org.equalityduty.core.plan.SuccessCriterion.class
                || type == org.equalityduty.core.plan.Reference.class) {
            return true;
        }
        for (Class<?> t : TYPES) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDefault(ConstraintDescriptor<?> c) {
        return c.getGroups().contains(Default.class);
    }

    private static String name(ConstraintDescriptor<?> c) {
        return c.getAnnotation().annotationType().getSimpleName();
    }

    @Test
    void generatedPlansAreWellFormedAsBeanValidationSays() {
        for (long seed = 0; seed < 20; seed++) {
            EqualityPlan plan = EqualityGenerators.smartCompletePlans().sample(seed);
            assertEquals(EqualityValidation.validate(plan).isEmpty(), PlanShape.isWellFormed(plan), "seed " + seed);
        }
    }

    @Test
    void aBlankTitleIsNotWellFormed() throws Exception {
        EqualityPlan plan = EqualityGenerators.smartCompletePlans().sample(1L);
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                        org.equalityduty.json.EqualityJson.defaults().writePlan(plan));
        tree.put("title", " ");
        Problems problems = new Problems(10);
        EqualityPlan blank = new NodeReader(problems, false).planDocument(tree, "");
        assertEquals(0, problems.count());
        assertFalse(EqualityValidation.validate(blank).isEmpty());
        assertFalse(PlanShape.isWellFormed(blank));
    }
}
