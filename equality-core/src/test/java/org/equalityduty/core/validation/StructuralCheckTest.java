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
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.duty.OrganisationType;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.duty.Publisher;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.AdoptedObjective;
import org.equalityduty.core.plan.Adoption;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.InLineWith;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Reference;
import org.equalityduty.core.plan.ReviewSchedule;
import org.equalityduty.core.plan.StatedShare;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;
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

    /** How a text property is constrained: its maximum length, and whether blank (not just empty) text is refused. */
    private record Limit(int max, boolean blankRefused) {
    }

    /**
     * Every constrained text of {@link #full}, by the key it is looked up with, and its limit as its annotation states
     * it: {@code @NotBlank @Size(max)} and {@code Optional<@Size(min = 1, max) @Pattern(NOT_BLANK)>} refuse blank text,
     * {@code Optional<@Size(min = 1, max)>} refuses only empty text. A property reached in several places (a group, a
     * benchmark, a measure) has a key for each place, since each place is a separate check.
     */
    private static final Map<String, Limit> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put("organisation.name", new Limit(200, true));
        TEXTS.put("school.name", new Limit(200, true));
        TEXTS.put("plan.periodAsWritten", new Limit(300, true));
        TEXTS.put("plan.version", new Limit(100, true));
        TEXTS.put("review.asWritten", new Limit(300, true));
        TEXTS.put("plan.title", new Limit(1000, true));
        TEXTS.put("plan.introduction", new Limit(10000, true));
        TEXTS.put("plan.impactStatement", new Limit(10000, true));
        TEXTS.put("adoption.organisation", new Limit(200, true));
        TEXTS.put("adoption.version", new Limit(100, true));
        TEXTS.put("adoptedObjective.title", new Limit(1000, true));
        TEXTS.put("rule.location", new Limit(500, true));
        TEXTS.put("rule.text", new Limit(5000, true));
        TEXTS.put("objective.title", new Limit(1000, true));
        TEXTS.put("objective.rationale", new Limit(10000, true));
        TEXTS.put("objective.childFriendlyVersion", new Limit(5000, true));
        TEXTS.put("objective.group.label", new Limit(200, false));
        TEXTS.put("action.description", new Limit(2000, true));
        TEXTS.put("action.responsible", new Limit(200, true));
        TEXTS.put("action.resources", new Limit(1000, true));
        TEXTS.put("action.milestone.text", new Limit(2000, true));
        TEXTS.put("target.text", new Limit(2000, true));
        TEXTS.put("target.focusGroup.label", new Limit(200, false));
        TEXTS.put("target.within.label", new Limit(200, false));
        TEXTS.put("target.measure.description", new Limit(1000, false));
        TEXTS.put("target.reference.label", new Limit(300, true));
        TEXTS.put("target.reference.source", new Limit(500, false));
        TEXTS.put("target.reference.group.label", new Limit(200, false));
        TEXTS.put("target.baseline.source", new Limit(500, false));
        TEXTS.put("target.share.label", new Limit(300, true));
        TEXTS.put("target.inLineWith.label", new Limit(300, true));
        TEXTS.put("target.inLineWith.source", new Limit(500, false));
        TEXTS.put("target.inLineWith.group.label", new Limit(200, false));
        TEXTS.put("target.benchmarks.label", new Limit(300, true));
        TEXTS.put("target.benchmarks.source", new Limit(500, false));
        TEXTS.put("target.benchmarks.group.label", new Limit(200, false));
        TEXTS.put("groupTarget.text", new Limit(2000, true));
        TEXTS.put("groupTarget.reference.label", new Limit(200, false));
        TEXTS.put("populationTarget.text", new Limit(2000, true));
        TEXTS.put("qualitative.text", new Limit(2000, true));
        TEXTS.put("qualitative.method", new Limit(500, false));
        TEXTS.put("qualitative.measure.description", new Limit(1000, false));
        TEXTS.put("qualitative.focusGroup.label", new Limit(200, false));
        TEXTS.put("milestone.text", new Limit(2000, true));
    }

    private static Group group(String label) {
        return Group.labelled(label, List.of(Dimensions.category("sex:male")));
    }

    private static Benchmark benchmark(Function<String, String> t, String at) {
        return Benchmark.builder().label(t.apply(at + ".label")).source(t.apply(at + ".source"))
                .value(new BigDecimal("50")).group(group(t.apply(at + ".group.label"))).build();
    }

    private static QuantitativeTarget target(String id, String text, Measure measure) {
        return QuantitativeTarget.builder().id(id).text(text).measure(measure).direction(Direction.INCREASE).build();
    }

    /**
     * A plan that sets every property {@link StructuralCheck} checks, in every place it can be reached (the plan, a
     * school of its trust, an adoption, a publication rule, an objective's groups, an action, and each kind of
     * criterion, measure reference and benchmark): the text at key {@code k} of {@link #TEXTS} is {@code t.apply(k)}.
     */
    private static EqualityPlan full(Function<String, String> t) {
        Organisation school = Organisation.school(t.apply("school.name"), "100001");
        Measure shareMeasure = Measure.builder().kind(MeasureKind.REPRESENTATION_SHARE).population(Population.STAFF)
                .focusGroup(group(t.apply("target.focusGroup.label"))).within(group(t.apply("target.within.label")))
                .reference(benchmark(t, "target.reference")).description(t.apply("target.measure.description"))
                .build();
        QuantitativeTarget share = QuantitativeTarget.builder().id("c1").text(t.apply("target.text"))
                .measure(shareMeasure).direction(Direction.INCREASE)
                .baseline(Baseline.builder().value(new BigDecimal("20")).source(t.apply("target.baseline.source"))
                        .addShares(StatedShare.builder().label(t.apply("target.share.label"))
                                .percent(new BigDecimal("20")).count(1).denominator(5).build())
                        .build())
                .inLineWith(InLineWith.builder().benchmark(benchmark(t, "target.inLineWith")).build())
                .addBenchmarks(benchmark(t, "target.benchmarks"))
                .build();
        Reference byGroup = GroupReference.of(group(t.apply("groupTarget.reference.label")));
        QuantitativeTarget groupTarget = target("c2", t.apply("groupTarget.text"), Measure.builder()
                .kind(MeasureKind.REPRESENTATION_SHARE).population(Population.STAFF).focusGroup(group("Men"))
                .reference(byGroup).build());
        QuantitativeTarget populationTarget = target("c3", t.apply("populationTarget.text"), Measure.builder()
                .kind(MeasureKind.REPRESENTATION_SHARE).population(Population.STAFF).focusGroup(group("Men"))
                .reference(PopulationReference.REST_OF_POPULATION).build());
        QualitativeCriterion qualitative = QualitativeCriterion.builder().id("c4").text(t.apply("qualitative.text"))
                .method(t.apply("qualitative.method"))
                .measure(Measure.builder().kind(MeasureKind.REPRESENTATION_SHARE).population(Population.STAFF)
                        .focusGroup(group(t.apply("qualitative.focusGroup.label")))
                        .description(t.apply("qualitative.measure.description")).build())
                .build();
        List<SuccessCriterion> criteria = List.of(share, groupTarget, populationTarget, qualitative,
                Milestone.of("c5", t.apply("milestone.text")));
        Objective objective = Objective.builder().id("o1").title(t.apply("objective.title"))
                .rationale(t.apply("objective.rationale")).childFriendlyVersion(t.apply("objective.childFriendlyVersion"))
                .addGroups(group(t.apply("objective.group.label")))
                .addAllSuccessCriteria(criteria)
                .addActions(Action.builder().description(t.apply("action.description"))
                        .addResponsible(t.apply("action.responsible")).addResources(t.apply("action.resources"))
                        .addSuccessCriteria(Milestone.of("c6", t.apply("action.milestone.text"))).build())
                .build();
        return EqualityPlan.builder()
                .organisation(Organisation.builder().type(OrganisationType.TRUST).name(t.apply("organisation.name"))
                        .addSchools(school).build())
                .jurisdiction(Jurisdiction.ENGLAND).period(PlanPeriod.ofYears(2024, 2027))
                .periodAsWritten(t.apply("plan.periodAsWritten")).version(t.apply("plan.version"))
                .review(ReviewSchedule.builder().asWritten(t.apply("review.asWritten")).build())
                .title(t.apply("plan.title")).introduction(t.apply("plan.introduction"))
                .impactStatement(t.apply("plan.impactStatement"))
                .addAdoptions(Adoption.builder().organisation(t.apply("adoption.organisation"))
                        .version(t.apply("adoption.version"))
                        .addObjectives(AdoptedObjective.builder().id("t1").title(t.apply("adoptedObjective.title"))
                                .build())
                        .build())
                .addPublicationRules(PublicationRule.builder().publisher(Publisher.values()[0])
                        .location(t.apply("rule.location")).text(t.apply("rule.text")).build())
                .addObjectives(objective)
                .build();
    }

    /** The full plan with the text at one key replaced, every other text a plain word. */
    private static EqualityPlan fullWith(String key, String text) {
        return full(k -> {
            if (!TEXTS.containsKey(k)) {
                throw new AssertionError("no limit for " + k);
            }
            return k.equals(key) ? text : "Text";
        });
    }

    @Test
    void everyTextOfAFullPlanIsCheckedWhereverItIsReached() {
        // The limits are the annotations' (read from the plan types); Bean Validation, by agree, confirms each one.
        agree(true, full(k -> "Text"), "a full plan");
        agree(true, full(k -> "x".repeat(TEXTS.get(k).max())), "a full plan with every text at its limit");
        for (Map.Entry<String, Limit> e : TEXTS.entrySet()) {
            String key = e.getKey();
            Limit limit = e.getValue();
            agree(true, fullWith(key, "x".repeat(limit.max())), key + " at its limit of " + limit.max());
            agree(false, fullWith(key, "x".repeat(limit.max() + 1)), key + " one over its limit");
            agree(false, fullWith(key, ""), key + " empty");
            agree(!limit.blankRefused(), fullWith(key, " "), key + " blank");
        }
    }

    /** Builds a plan with {@code n} elements of one list; the limit is that list's {@code @Size(max)}. */
    private record Sized(String what, int max, IntFunction<EqualityPlan> plan) {
    }

    private static <T> List<T> times(int n, IntFunction<T> element) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(element.apply(i));
        }
        return list;
    }

    private static Objective withCriteria(List<SuccessCriterion> own, List<SuccessCriterion> ofAction) {
        return Objective.builder().id("o1").title("T").addAllSuccessCriteria(own)
                .addActions(Action.builder().description("Do").addAllSuccessCriteria(ofAction).build()).build();
    }

    @Test
    void everyListIsCheckedJustWithinAndJustOverItsSize() {
        List<Sized> lists = List.of(
                new Sized("adoptions", 20, n -> plan().addAllAdoptions(times(n, i -> Adoption.builder()
                        .organisation("Trust " + i).addObjectives(AdoptedObjective.of("t1")).build())).build()),
                new Sized("objectives of an adoption", 200, n -> plan().addAdoptions(Adoption.builder()
                        .organisation("Trust").addAllObjectives(times(n, i -> AdoptedObjective.of("t" + i))).build())
                        .build()),
                new Sized("publication rules", 50, n -> plan().addAllPublicationRules(times(n, i -> rule("Rule " + i)))
                        .build()),
                new Sized("objectives", 200, n -> plan().addAllObjectives(times(n, i -> Objective.builder()
                        .id("o" + i).title("T").build())).build()),
                new Sized("progress report dates", 100, n -> plan().addAllProgressReportDates(times(n,
                        i -> LocalDate.of(2024, 1, 1).plusDays(i))).build()),
                new Sized("groups of an objective", 100, n -> plan().addObjectives(Objective.builder().id("o1")
                        .title("T").addAllGroups(times(n, i -> group("Group " + i))).build()).build()),
                new Sized("criteria of an objective", 100, n -> plan().addObjectives(withCriteria(
                        times(n, i -> Milestone.of("c" + i, "Done")), List.of())).build()),
                new Sized("criteria of an action", 100, n -> plan().addObjectives(withCriteria(
                        List.of(), times(n, i -> Milestone.of("c" + i, "Done")))).build()),
                new Sized("people responsible for an action", 50, n -> plan().addObjectives(Objective.builder()
                        .id("o1").title("T").addActions(Action.builder().description("Do")
                                .addAllResponsible(times(n, i -> "Person " + i)).build()).build()).build()),
                new Sized("resources of an action", 50, n -> plan().addObjectives(Objective.builder()
                        .id("o1").title("T").addActions(Action.builder().description("Do")
                                .addAllResources(times(n, i -> "Budget " + i)).build()).build()).build()),
                new Sized("stated shares of a baseline", 20, n -> plan().addObjectives(withCriteria(List.of(
                        QuantitativeTarget.builder().id("c1").text("Share").measure(Measure.builder()
                                .kind(MeasureKind.REPRESENTATION_SHARE).population(Population.STAFF).build())
                                .direction(Direction.INCREASE).baseline(Baseline.builder().value(BigDecimal.ONE)
                                        .addAllShares(times(n, i -> StatedShare.of(new BigDecimal("50"), 1, 2)))
                                        .build())
                                .build()), List.of())).build()));
        for (Sized list : lists) {
            agree(true, list.plan().apply(list.max()), list.max() + " " + list.what());
            agree(false, list.plan().apply(list.max() + 1), list.max() + 1 + " " + list.what());
        }
    }

    @Test
    void aCriterionIdentifierRepeatedAmongObjectivesOwnCriteriaIsNotWellFormed() {
        Objective first = withCriteria(List.of(Milestone.of("c1", "Done")), List.of());
        Objective second = Objective.builder().id("o2").title("U").addSuccessCriteria(Milestone.of("c1", "Done"))
                .build();
        agree(false, plan().addObjectives(first, second).build(), "a repeated criterion of two objectives");
        assertEquals(List.of("objectives[1].successCriteria[0].id: success criterion identifier 'c1' is already used "
                + "earlier in the plan"), EqualityValidation.validate(plan().addObjectives(first, second).build())
                .stream().map(Object::toString).toList());
        agree(false, plan().addObjectives(withCriteria(List.of(Milestone.of("c1", "Done")),
                List.of(Milestone.of("c1", "Done")))).build(), "an objective's criterion repeated by its action");
        agree(true, plan().addObjectives(first, Objective.builder().id("o2").title("U")
                .addSuccessCriteria(Milestone.of("c2", "Done")).build()).build(), "distinct criteria");
    }

    @Test
    void aNullPlanIsRejectedByName() {
        NullPointerException ex = assertThrows(NullPointerException.class, () -> StructuralCheck.isWellFormed(null));
        assertEquals("plan", ex.getMessage());
    }
}
