package org.equalityduty.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.duty.Publisher;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.AdoptedObjective;
import org.equalityduty.core.plan.Adoption;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.ReviewSchedule;
import org.junit.jupiter.api.Test;

/**
 * {@link StructuralCheck} checks every structural constraint of the plan types, and answers as Bean Validation does
 * on plans that break each kind of constraint, just within and just over their limits. (The json module's
 * {@code StructuralValidationProperties} compares the two on the testkit's plans and damaged documents.)
 */
class StructuralCheckTest {

    /**
     * Every default-group constraint reached from a plan, as {@code Type.property: Constraint} (container element
     * constraints as {@code Type.property<>: Constraint}), which {@link StructuralCheck} checks. Read from the
     * validator's metadata below: a constraint added to core, or a type newly reached through {@code @Valid},
     * changes that list and fails the test until {@link StructuralCheck} checks it and it is added here.
     */
    private static final Set<String> CHECKED = new TreeSet<>(Set.of(
            "EqualityPlan: UniqueIds",
            "EqualityPlan.periodAsWritten<>: Size", "EqualityPlan.periodAsWritten<>: Pattern",
            "EqualityPlan.version<>: Size", "EqualityPlan.version<>: Pattern",
            "EqualityPlan.adoptions: Size",
            "EqualityPlan.title<>: Size", "EqualityPlan.title<>: Pattern",
            "EqualityPlan.introduction<>: Size", "EqualityPlan.introduction<>: Pattern",
            "EqualityPlan.impactStatement<>: Size", "EqualityPlan.impactStatement<>: Pattern",
            "EqualityPlan.objectives: Size", "EqualityPlan.informationPublishedOn: Size",
            "EqualityPlan.progressReportDates: Size", "EqualityPlan.publicationRules: Size",
            "ReviewSchedule.asWritten<>: Size", "ReviewSchedule.asWritten<>: Pattern",
            "Adoption.organisation: NotBlank", "Adoption.organisation: Size",
            "Adoption.version<>: Size", "Adoption.version<>: Pattern", "Adoption.objectives: Size",
            "AdoptedObjective.title<>: Size", "AdoptedObjective.title<>: Pattern",
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
            "Baseline.source<>: Size", "Baseline.shares: Size",
            "StatedShare.label<>: Size", "StatedShare.label<>: Pattern",
            "Benchmark.label: NotBlank", "Benchmark.label: Size", "Benchmark.source<>: Size",
            "Group.label<>: Size"));

    @Test
    void everyStructuralConstraintOfThePlanTypesIsChecked() {
        Set<String> found = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(EqualityPlan.class));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (type.isSealed()) {
                Collections.addAll(todo, type.getPermittedSubclasses());
            }
            BeanDescriptor bean = EqualityValidation.validator().getConstraintsForClass(type);
            for (ConstraintDescriptor<?> c : bean.getConstraintDescriptors()) {
                if (c.getGroups().contains(Default.class)) {
                    found.add(type.getSimpleName() + ": " + name(c));
                }
            }
            for (PropertyDescriptor p : bean.getConstrainedProperties()) {
                String where = type.getSimpleName() + "." + p.getPropertyName();
                for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
                    if (c.getGroups().contains(Default.class)) {
                        found.add(where + ": " + name(c));
                    }
                }
                for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
                    for (ConstraintDescriptor<?> c : e.getConstraintDescriptors()) {
                        if (c.getGroups().contains(Default.class)) {
                            found.add(where + "<>: " + name(c));
                        }
                    }
                    if (e.isCascaded()) {
                        todo.add(e.getElementClass());
                    }
                }
                if (p.isCascaded()) {
                    todo.add(p.getElementClass());
                }
            }
        }
        assertEquals(CHECKED, found);
    }

    private static String name(ConstraintDescriptor<?> c) {
        return c.getAnnotation().annotationType().getSimpleName();
    }

    private static EqualityPlan.Builder plan() {
        return EqualityPlan.builder().organisation(Organisation.trust("Example Trust"))
                .jurisdiction(Jurisdiction.ENGLAND).period(PlanPeriod.ofYears(2024, 2027));
    }

    private static Objective objective(String id, String title, String criterionId) {
        return Objective.builder().id(id).title(title)
                .addActions(Action.builder().description("Do it").addResponsible("Head")
                        .addSuccessCriteria(Milestone.of(criterionId, "Done")).build())
                .build();
    }

    /** Asserts that the check and Bean Validation agree, and that they say {@code wellFormed}. */
    private static void agree(boolean wellFormed, EqualityPlan plan, String what) {
        List<ValidationProblem> problems = EqualityValidation.validate(plan);
        assertEquals(wellFormed, problems.isEmpty(), what + ": Bean Validation says " + problems);
        assertEquals(wellFormed, StructuralCheck.isWellFormed(plan), what);
    }

    @Test
    void aWellFormedPlanIsWellFormed() {
        agree(true, plan().addObjectives(objective("o1", "T", "c1"), objective("o2", "U", "c2")).build(), "two objectives");
        agree(true, plan().build(), "no objectives");
    }

    @Test
    void blankTextsAreNotWellFormedInEachSenseOfBlank() {
        // @NotBlank is String.isBlank (Character.isWhitespace); @Pattern(NOT_BLANK) looks for a \S character.
        agree(false, plan().addObjectives(objective("o1", " ", "c1")).build(), "a blank objective title");
        agree(true, plan().addObjectives(objective("o1", "\u0001", "c1")).build(), "a control character as a title");
        agree(false, plan().addObjectives(objective("o1", "\u2003", "c1")).build(), "an em space as a title");
        agree(true, plan().addObjectives(objective("o1", "\u00a0", "c1")).build(), "a no-break space as a title");
        agree(false, plan().title(" \t").build(), "a blank plan title");
        agree(true, plan().title("\u0001").build(), "a control character as the plan title (a \\S character)");
        agree(false, plan().title("").build(), "an empty plan title");
        agree(false, plan().version("\n").build(), "a blank version");
        agree(false, plan().periodAsWritten(" ").build(), "a blank period in words");
        agree(false, plan().review(ReviewSchedule.builder().asWritten(" ").build()).build(), "a blank review");
        agree(false, EqualityPlan.builder().organisation(Organisation.trust(" ")).jurisdiction(Jurisdiction.ENGLAND)
                .build(), "a blank organisation name");
    }

    @Test
    void lengthsAreCheckedJustWithinAndJustOver() {
        for (int[] limit : new int[][] {{1000, 0}, {1001, 1}}) {
            boolean ok = limit[1] == 0;
            String text = "x".repeat(limit[0]);
            agree(ok, plan().title(text).build(), "a plan title of " + limit[0]);
            agree(ok, plan().addObjectives(objective("o1", text, "c1")).build(), "an objective title of " + limit[0]);
            agree(ok, plan().addAdoptions(Adoption.builder().organisation("Trust")
                    .addObjectives(AdoptedObjective.builder().id("t1").title(text).build()).build()).build(),
                    "an adopted objective's title of " + limit[0]);
        }
        agree(true, plan().addObjectives(objective("o1", "T", "c1")).addPublicationRules(rule("x".repeat(5000))).build(),
                "a publication rule of 5000");
        agree(false, plan().addObjectives(objective("o1", "T", "c1")).addPublicationRules(rule("x".repeat(5001)))
                .build(), "a publication rule of 5001");
        agree(false, plan().addAdoptions(Adoption.builder().organisation("x".repeat(201))
                .addObjectives(AdoptedObjective.builder().id("t1").build()).build()).build(), "an adopter of 201");
        agree(false, plan().addObjectives(Objective.builder().id("o1").title("T").addActions(Action.builder()
                .description("Do").addResponsible("x".repeat(201)).build()).build()).build(), "a responsible of 201");
    }

    private static PublicationRule rule(String text) {
        return PublicationRule.builder().publisher(Publisher.values()[0]).text(text).build();
    }

    @Test
    void listSizesAreCheckedJustWithinAndJustOver() {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            dates.add(LocalDate.of(2024, 1, 1).plusDays(i));
        }
        agree(true, plan().addAllInformationPublishedOn(dates.subList(0, 100)).build(), "100 dates");
        agree(false, plan().addAllInformationPublishedOn(dates).build(), "101 dates");
        agree(false, plan().addAllProgressReportDates(dates).build(), "101 report dates");
        Function<Integer, Objective> withActions = n -> {
            Objective.Builder b = Objective.builder().id("o1").title("T");
            for (int i = 0; i < n; i++) {
                b.addActions(Action.builder().description("Do " + i).build());
            }
            return b.build();
        };
        agree(true, plan().addObjectives(withActions.apply(500)).build(), "500 actions");
        agree(false, plan().addObjectives(withActions.apply(501)).build(), "501 actions");
    }

    @Test
    void repeatedIdentifiersAreNotWellFormed() {
        agree(false, plan().addObjectives(objective("o1", "T", "c1"), objective("o1", "U", "c2")).build(),
                "a repeated objective");
        agree(false, plan().addObjectives(objective("o1", "T", "c1"), objective("o2", "U", "c1")).build(),
                "a repeated criterion");
    }

    @Test
    void criteriaAreCheckedInObjectivesAndInActions() {
        agree(false, plan().addObjectives(Objective.builder().id("o1").title("T")
                .addSuccessCriteria(Milestone.of("c1", " ")).build()).build(), "a blank milestone of an objective");
        agree(false, plan().addObjectives(Objective.builder().id("o1").title("T").addActions(Action.builder()
                .description("Do").addSuccessCriteria(Milestone.of("c1", "x".repeat(2001))).build()).build()).build(),
                "a long milestone of an action");
    }

    @Test
    void aNullPlanIsRejectedByName() {
        NullPointerException ex = assertThrows(NullPointerException.class, () -> StructuralCheck.isWellFormed(null));
        assertEquals("plan", ex.getMessage());
    }
}
