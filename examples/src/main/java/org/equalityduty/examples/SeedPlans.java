package org.equalityduty.examples;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.duty.PublishedItem;
import org.equalityduty.core.duty.Publisher;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.duty.Recurrence;
import org.equalityduty.core.plan.Reference;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.json.EqualityJson;

/**
 * The two public documents the library was first modelled on, encoded faithfully as plans.
 *
 * <p>Sources: {@code shared/seeds/000_aab7710de6dc15b7.txt} (Soke Education Trust, <i>Equality Objectives &amp;
 * Action Plan 2023-2026</i>) and {@code shared/seeds/004_5a3f98a5c062d8f8.txt} (Kent Catholic Schools'
 * Partnership, <i>Equality Information and Objectives</i>). Only obvious text-extraction glitches are cleaned
 * ("Ongoin g" is "Ongoing", "resources fo activities" is "resources for activities"). Where a seed is vague (no
 * number, no date, "Ongoing"), the plan stays vague, so that assessment can flag it; nothing is invented. Each
 * interpretive choice is commented where it is made.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SeedPlans {

    private static final Category MALE = Dimensions.category("sex:male");
    private static final Category FEMALE = Dimensions.category("sex:female");
    private static final Category DISADVANTAGED = Dimensions.category("disadvantage:disadvantaged");

    /**
     * Support staff "such as teaching assistants, administrative staff, and site staff" (Soke objective 1); the
     * seed's "such as" list is open, so other support roles are included.
     */
    private static final Group SUPPORT_STAFF = Group.labelled("support staff", List.of(
            Dimensions.category("staff_role:teaching_assistant"),
            Dimensions.category("staff_role:administrative"),
            Dimensions.category("staff_role:site"),
            Dimensions.category("staff_role:other_support")));

    /**
     * "Black, asian and minority ethnic" (Kent). The seed does not define the term; it is encoded as every major
     * ethnic group other than White, the most common usage. Whether White minorities are included is not stated.
     */
    private static final Group BAME = Group.labelled("black, asian and minority ethnic", List.of(
            Dimensions.category("ethnic_group:mixed"),
            Dimensions.category("ethnic_group:asian"),
            Dimensions.category("ethnic_group:black"),
            Dimensions.category("ethnic_group:chinese"),
            Dimensions.category("ethnic_group:any_other")));

    /** Resource names of the seed plans as JSON documents, in the order of {@link #all()}. */
    static final List<String> JSON_RESOURCES = List.of("/plans/soke-2023-2026.json", "/plans/kent-2022-2027.json");

    private SeedPlans() {
    }

    /**
     * Reads both seed plans from their JSON documents in this module's resources, Soke first. They read back equal
     * to {@link #all()} (checked by {@code SeedPlanJsonTest}).
     *
     * @return the plans, not null
     * @throws UncheckedIOException if a resource cannot be read
     * @throws org.equalityduty.json.EqualityJsonException if a document is not a valid plan
     */
    public static List<EqualityPlan> fromJson() {
        EqualityJson json = EqualityJson.defaults();
        List<EqualityPlan> plans = new ArrayList<>();
        for (String name : JSON_RESOURCES) {
            try (InputStream in = SeedPlans.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new UncheckedIOException(new FileNotFoundException("resource " + name));
                }
                plans.add(json.readPlan(in));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return List.copyOf(plans);
    }

    /**
     * Gets both seed plans, Soke first.
     *
     * @return the plans, not null
     */
    public static List<EqualityPlan> all() {
        return List.of(soke(), kent());
    }

    /**
     * Obtains the Soke Education Trust plan, <i>Equality Objectives &amp; Action Plan 2023-2026</i>.
     *
     * <p>The plan states its period in years only, read as whole calendar years. It gives no publication date,
     * no baselines and no deadlines beyond "3 months", "6 months" and "Ongoing"; action rows without a time
     * frame have none here.
     *
     * @return the plan, not null
     */
    public static EqualityPlan soke() {
        Objective representation = Objective.builder()
                .id("o1")
                .title("Increase the representation of male support staff across Soke Education Trust")
                .rationale("Analysis of our pay and recruitment data has shown that the support staff roles across"
                        + " our trust, such as teaching assistants, administrative staff, and site staff, are"
                        + " predominantly occupied by women. To provide a diverse and representative workforce that"
                        + " reflects the communities we serve, we aim to actively encourage more men to apply for and"
                        + " take up these roles.")
                // The seed names no aim of s.149(1); none is attributed.
                .addCharacteristics(ProtectedCharacteristic.SEX)
                .addGroups(Group.builder().label("male support staff").addCategories(MALE)
                        .addAllCategories(SUPPORT_STAFF.getCategories()).build())
                .addPopulations(Population.STAFF, Population.JOB_APPLICANTS)
                .childFriendlyVersion("We want to have more men working in our schools to help with things like"
                        + " teaching, office work, and looking after the school building. We want everyone to feel"
                        + " welcome and included in our schools.")
                // The first row of the seed's table holds two actions side by side, with no time frame.
                .addActions(Action.builder()
                        .description("Review job descriptions and advertisements to ensure they are gender-neutral"
                                + " and appeal to a diverse pool of applicants")
                        .addResponsible("HR Officers")
                        .addResources("Time to review and update job descriptions and advertisements")
                        .addSuccessCriteria(Milestone.of("o1.a1.c1",
                                "Job descriptions and advertisements are reviewed and updated to be gender-neutral"))
                        .build())
                .addActions(Action.builder()
                        .description("Develop and implement a targeted recruitment campaign to attract more male"
                                + " applicants for support staff roles")
                        .addResponsible("HR Officers", "Marketing Team")
                        // The seed's cell is cut off after "promotional".
                        .addResources("Budget for advertising, promotional")
                        .addSuccessCriteria(QuantitativeTarget.builder()
                                .id("o1.a2.c1")
                                .text("Increase in the number of male applicants for support staff roles by 20%")
                                .measure(Measure.builder()
                                        .kind(MeasureKind.COUNT)
                                        .population(Population.JOB_APPLICANTS)
                                        .focusGroup(Group.of(MALE))
                                        .within(SUPPORT_STAFF)
                                        .build())
                                .direction(Direction.INCREASE)
                                // "by 20%" as stated; on a count it can only be relative.
                                .target(Target.of(TargetKind.PERCENT_AS_STATED, "20"))
                                .build())
                        .build())
                .addActions(Action.builder()
                        .description("Provide training and support for male staff in support roles to help them feel"
                                + " valued and supported in their roles")
                        .addResponsible("HR Officers", "Headteachers")
                        .addResources("Training budget, time for staff development activities")
                        .timeFrame(TimeFrame.ongoing())
                        .addSuccessCriteria(QualitativeCriterion.of("o1.a3.c1",
                                "Positive feedback from male support staff on their experience and sense of belonging"))
                        .build())
                .build();

        Objective attainment = Objective.builder()
                .id("o2")
                .title("Reduce the attainment gap between disadvantaged and non-disadvantaged pupils across Soke"
                        + " Education Trust")
                .rationale("Our school data shows that there is a significant attainment gap between disadvantaged"
                        + " pupils (those eligible for pupil premium funding) and their non-disadvantaged peers,"
                        + " particularly in English and maths. We are committed to providing an inclusive and"
                        + " equitable education for all our pupils, and we aim to take targeted actions to address"
                        + " this gap.")
                // Disadvantage is not a protected characteristic; no aim of s.149(1) is named.
                .addGroups(Group.of(DISADVANTAGED))
                .addPopulations(Population.PUPILS)
                .childFriendlyVersion("We want to help all the children in our schools do their best, especially"
                        + " those who might need a bit more support. We will work hard to make sure everyone can learn"
                        + " and achieve, no matter what their background is.")
                .addActions(Action.builder()
                        .description("Conduct a detailed analysis of pupil performance data to identify the specific"
                                + " areas and year groups where the attainment gap is most pronounced")
                        .addResponsible("Director of Education", "Headteachers")
                        .addResources("Time for data analysis, access to performance data")
                        .timeFrame(TimeFrame.within(Period.ofMonths(3)))
                        .addSuccessCriteria(Milestone.of("o2.a1.c1",
                                "Detailed analysis of attainment gap completed and shared with school leaders"))
                        .build())
                .addActions(Action.builder()
                        .description("Develop and implement tailored intervention programmes to support"
                                + " disadvantaged pupils in the identified areas of need")
                        .addResponsible("Headteachers", "SENCOs", "Pupil Premium Leads")
                        .addResources("Funding for additional staff, resources, and training")
                        .timeFrame(TimeFrame.within(Period.ofMonths(6)))
                        .addSuccessCriteria(QuantitativeTarget.builder()
                                .id("o2.a2.c1")
                                .text("Reduction in the attainment gap between disadvantaged and non-disadvantaged"
                                        + " pupils by 10%")
                                // The criterion names no subject, key stage or unit; the rationale's
                                // "particularly in English and maths" is context, not the measure.
                                .measure(Measure.builder()
                                        .kind(MeasureKind.ATTAINMENT_GAP)
                                        .population(Population.PUPILS)
                                        .focusGroup(Group.of(DISADVANTAGED))
                                        .reference(PopulationReference.REST_OF_POPULATION)
                                        .build())
                                .direction(Direction.DECREASE)
                                .target(Target.of(TargetKind.PERCENT_AS_STATED, "10"))
                                .build())
                        .build())
                .addActions(Action.builder()
                        .description("Provide additional training and support for teachers to help them better"
                                + " understand and meet the needs of disadvantaged pupils")
                        .addResponsible("Director of Education", "CPD Lead")
                        .addResources("Training budget, time for staff development activities")
                        .timeFrame(TimeFrame.ongoing())
                        .addSuccessCriteria(QualitativeCriterion.of("o2.a3.c1",
                                "Positive feedback from teachers on their confidence and ability to support"
                                        + " disadvantaged pupils"))
                        .build())
                .build();

        Objective diversity = Objective.builder()
                .id("o3")
                .title("Foster greater understanding and appreciation of diversity within the Soke Education Trust"
                        + " community")
                .rationale("Our schools serve communities with diverse backgrounds, cultures, and beliefs. We believe"
                        + " it is important to celebrate this diversity and promote understanding and respect between"
                        + " all members of our community, including pupils, staff, and families. By fostering good"
                        + " relations across all protected characteristics, we can create a more inclusive and"
                        + " welcoming environment for everyone.")
                // "fostering good relations" is s.149(1)(c) in the seed's own words.
                .addAims(DutyAim.FOSTER_GOOD_RELATIONS)
                // "across all protected characteristics"
                .addAllCharacteristics(EnumSet.allOf(ProtectedCharacteristic.class))
                .addPopulations(Population.PUPILS, Population.STAFF, Population.PARENTS_AND_COMMUNITY)
                .childFriendlyVersion("We want everyone in our schools to feel welcome and respected, no matter who"
                        + " they are or where they come from. We will celebrate the different cultures, religions, and"
                        + " backgrounds of all the people in our school community, and help everyone to understand and"
                        + " appreciate each other.")
                .addActions(Action.builder()
                        .description("Develop and implement a programme of assemblies, workshops, and curriculum"
                                + " content that celebrates diversity and promotes understanding of different cultures,"
                                + " religions, and protected characteristics")
                        .addResponsible("Headteachers", "PSHE Lead", "RE Lead")
                        .addResources("Time for planning and delivery, resources for activities")
                        .addSuccessCriteria(QualitativeCriterion.of("o3.a1.c1",
                                "Positive feedback from pupils, staff, and families on the diversity-focused"
                                        + " activities"))
                        .build())
                .addActions(Action.builder()
                        .description("Establish a Diversity and Inclusion Council, with representation from pupils,"
                                + " staff, and families, to advise on and support the implementation of initiatives"
                                + " that foster good relations")
                        .addResponsible("Director of Education", "Headteachers")
                        .addResources("Time for meetings, budget for any initiatives or resources")
                        .timeFrame(TimeFrame.within(Period.ofMonths(6)))
                        .addSuccessCriteria(Milestone.of("o3.a2.c1",
                                "Diversity and Inclusion Council established and actively engaged in supporting"
                                        + " diversity initiatives"))
                        .build())
                .addActions(Action.builder()
                        .description("Provide training and support for all staff on diversity, inclusion, and"
                                + " promoting positive relationships between people with different protected"
                                + " characteristics")
                        .addResponsible("HR Officers", "CPD Lead")
                        .addResources("Training budget, time for staff development activities")
                        .timeFrame(TimeFrame.ongoing())
                        .addSuccessCriteria(QualitativeCriterion.of("o3.a3.c1",
                                "Positive feedback from staff on their confidence and ability to promote diversity"
                                        + " and inclusion"))
                        .build())
                .build();

        return EqualityPlan.builder()
                .organisation(Organisation.trust("Soke Education Trust"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .period(PlanPeriod.ofYears(2023, 2026))
                .title("Equality Objectives & Action Plan 2023-2026")
                .addObjectives(representation, attainment, diversity)
                .impactStatement("By successfully implementing these equality objectives, Soke Education Trust will"
                        + " be better equipped to create a more diverse, inclusive, and equitable environment for all"
                        + " members of our school community. We will have a more representative workforce that"
                        + " reflects the communities we serve, a reduced attainment gap for disadvantaged pupils, and a"
                        + " greater understanding and appreciation of diversity among our pupils, staff, and families."
                        + "\n\nThese objectives will contribute to our overall goal of providing high-quality,"
                        + " aspirational, and inclusive education, and support our vision of making a difference"
                        + " together every day. By fostering a culture of respect, understanding, and belonging, we can"
                        + " empower the leaders of tomorrow and ensure that everyone in our schools has the opportunity"
                        + " to thrive.")
                .build();
    }

    /**
     * Obtains the Kent Catholic Schools' Partnership's <i>Equality Information and Objectives</i>.
     *
     * <p>The trust states a main aim from its Strategic Plan for 2022-2027 with eight outcomes "by the end of
     * 2027", then key areas of inequality it seeks to address, and a rule that each school publishes its own
     * objectives with progress updated annually. The strategic aims and key areas are encoded as objectives, in
     * the seed's order; none has actions, as in the seed.
     *
     * @return the plan, not null
     */
    public static EqualityPlan kent() {
        LocalDate endOf2027 = LocalDate.of(2027, 12, 31);
        // The main aim "enables equality of opportunity": s.149(1)(b) in the seed's own words, for every outcome.
        EnumSet<DutyAim> opportunity = EnumSet.of(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY);
        List<Objective> strategic = List.of(
                strategicAim("s1", "For all those in our Trust community, there will be a culture that enables anyone"
                        + " to be confident to disclose harassment or bullying in the secure knowledge that issues will"
                        + " be addressed promptly and effectively", endOf2027,
                        // "harassment": s.149(1)(a).
                        EnumSet.of(DutyAim.ELIMINATE_DISCRIMINATION, DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY),
                        EnumSet.of(Population.PUPILS, Population.STAFF, Population.PARENTS_AND_COMMUNITY))
                        .build(),
                strategicAim("s2", "Personal, Social and Emotional education across our schools will link together to"
                        + " enable a holistic understanding for all, with clear links to PSHE, RE, RSE, safety and"
                        + " development", endOf2027, opportunity, EnumSet.of(Population.PUPILS)).build(),
                strategicAim("s3", "Research based strategies are adapted and embedded as appropriate, so all our"
                        + " pupils are enabled to flourish academically, physically, and emotionally", endOf2027,
                        opportunity, EnumSet.of(Population.PUPILS)).build(),
                strategicAim("s4", "Our schools will be recognised for their excellent inclusive practice for our"
                        + " children and young people with SEND", endOf2027, opportunity, EnumSet.of(Population.PUPILS))
                        .addCharacteristics(ProtectedCharacteristic.DISABILITY)
                        .build(),
                strategicAim("s5", "Strategies and plans always include recognition of those with additional needs",
                        endOf2027, opportunity, EnumSet.of(Population.PUPILS)).build(),
                strategicAim("s6", "Schools will work together as part of the partnership to offer mutual support, to"
                        + " act as critical friends, to explore research-based evidence and to develop excellent"
                        + " practice in the provision for our pupils with AEN/SEND", endOf2027, opportunity,
                        EnumSet.of(Population.PUPILS))
                        .addCharacteristics(ProtectedCharacteristic.DISABILITY)
                        .build(),
                strategicAim("s7", "Strategic leadership across schools, groups of schools and hubs will enable current"
                        + " and aspiring leaders, from diverse backgrounds, to gain further professional development"
                        + " and the ability to share their skills widely across the Trust", endOf2027, opportunity,
                        EnumSet.of(Population.STAFF)).build(),
                strategicAim("s8", "Talent spotting of future leaders and development programmes will be in place,"
                        + " accessed and evaluated for impact", endOf2027, opportunity, EnumSet.of(Population.STAFF))
                        .build());

        // Pupils with SEN: an education, health and care plan or SEN support.
        Group send = Group.of(Dimensions.category("sen_provision:E"), Dimensions.category("sen_provision:K"));
        List<Objective> keyAreas = List.of(
                Objective.builder().id("k1")
                        .title("To narrow the attainment gap between boys and girls in English, Mathematics and"
                                + " Science at all key stages")
                        .addCharacteristics(ProtectedCharacteristic.SEX)
                        .addGroups(Group.of(MALE), Group.of(FEMALE))
                        .addPopulations(Population.PUPILS)
                        // Which of boys or girls is behind is not stated: boys are the focus, girls the reference.
                        .addSuccessCriteria(narrowGap("k1.c1", "To narrow the attainment gap between boys and girls in"
                                + " English, Mathematics and Science at all key stages", Group.of(MALE),
                                GroupReference.of(Group.of(FEMALE)), Subject.ENGLISH, Subject.MATHS, Subject.SCIENCE))
                        .build(),
                Objective.builder().id("k2")
                        .title("To narrow the gap in performance of all pupils with special educational needs or"
                                + " disabilities")
                        .addCharacteristics(ProtectedCharacteristic.DISABILITY)
                        .addGroups(send)
                        .addPopulations(Population.PUPILS)
                        .addSuccessCriteria(narrowGap("k2.c1", "To narrow the gap in performance of all pupils with"
                                + " special educational needs or disabilities", send, PopulationReference.REST_OF_POPULATION))
                        .build(),
                Objective.builder().id("k3")
                        .title("To narrow the gap in performance between disadvantaged and non-disadvantaged groups")
                        .addGroups(Group.of(DISADVANTAGED))
                        .addPopulations(Population.PUPILS)
                        .addSuccessCriteria(narrowGap("k3.c1", "To narrow the gap in performance between disadvantaged"
                                + " and non-disadvantaged groups", Group.of(DISADVANTAGED),
                                PopulationReference.REST_OF_POPULATION))
                        .build(),
                Objective.builder().id("k4")
                        .title("To promote cultural development and understanding through a rich range of experiences"
                                + " both in and beyond the curriculum")
                        // "promote ... understanding": s.149(5)(b), under aim (c).
                        .addAims(DutyAim.FOSTER_GOOD_RELATIONS)
                        .addPopulations(Population.PUPILS)
                        .build(),
                Objective.builder().id("k5")
                        .title("To prevent and respond to all hate incidents and prejudice-based bullying")
                        // Hate incidents and bullying: s.149(1)(a); "prejudice": s.149(5)(a), under aim (c).
                        .addAims(DutyAim.ELIMINATE_DISCRIMINATION, DutyAim.FOSTER_GOOD_RELATIONS)
                        .addPopulations(Population.PUPILS, Population.STAFF, Population.PARENTS_AND_COMMUNITY)
                        .build(),
                Objective.builder().id("k6")
                        .title("To increase the representation of black, asian and minority ethnic staff at all"
                                + " levels, including in leadership and management and teaching roles, from a current"
                                + " level of 2% to better reflect their pupil and wider communities")
                        .rationale("There are currently 9% BAME pupils when looking across the Trust and a Kent"
                                + " population that is 6% BAME.")
                        .addCharacteristics(ProtectedCharacteristic.RACE)
                        .addGroups(BAME)
                        .addPopulations(Population.STAFF)
                        .addSuccessCriteria(QuantitativeTarget.builder()
                                .id("k6.c1")
                                .text("Increase the representation of black, asian and minority ethnic staff from a"
                                        + " current level of 2% to better reflect their pupil and wider communities")
                                .measure(Measure.builder()
                                        .kind(MeasureKind.REPRESENTATION_SHARE)
                                        .population(Population.STAFF)
                                        .focusGroup(BAME)
                                        .reference(PopulationReference.WHOLE_POPULATION)
                                        .build())
                                // "a current level of 2%": no date is given.
                                .baseline(Baseline.of(new BigDecimal("2")))
                                .direction(Direction.INCREASE)
                                // No numeric target: "to better reflect" the 9% and 6% benchmarks.
                                .addBenchmarks(Benchmark.builder().label("BAME pupils across the Trust")
                                        .value(new BigDecimal("9")).build())
                                .addBenchmarks(Benchmark.builder().label("Kent population that is BAME")
                                        .value(new BigDecimal("6")).build())
                                .build())
                        .build(),
                Objective.builder().id("k7")
                        .title("Work towards improving the availability of Trust-wide staff equality data, including"
                                + " improving staff disclosure rates across the relevant protected characteristics")
                        .addPopulations(Population.STAFF)
                        .addSuccessCriteria(QuantitativeTarget.builder()
                                .id("k7.c1")
                                .text("Improving staff disclosure rates across the relevant protected characteristics")
                                .measure(Measure.builder()
                                        .kind(MeasureKind.DISCLOSURE_RATE)
                                        .population(Population.STAFF)
                                        .build())
                                .direction(Direction.INCREASE)
                                .build())
                        .build());

        return EqualityPlan.builder()
                .organisation(Organisation.trust("Kent Catholic Schools' Partnership"))
                .jurisdiction(Jurisdiction.ENGLAND)
                .period(PlanPeriod.ofYears(2022, 2027))
                .title("Equality Information and Objectives")
                .introduction("Our main aim, as set out in the Trust's Strategic Plan for 2022-2027, is that our Trust"
                        + " recognises diversity and enables equality of opportunity in all aspects of our Trust.")
                .addAllObjectives(strategic)
                .addAllObjectives(keyAreas)
                .addPublicationRules(PublicationRule.builder()
                        .publisher(Publisher.TRUST)
                        .addItems(PublishedItem.PROGRESS)
                        .location("www.kcsp.org.uk")
                        .text("For an update on progress against Trust objectives, please visit the Trust website:"
                                + " www.kcsp.org.uk")
                        .build())
                .addPublicationRules(PublicationRule.builder()
                        .publisher(Publisher.EACH_SCHOOL)
                        .addItems(PublishedItem.OBJECTIVES, PublishedItem.REASONS, PublishedItem.PLANNED_ACTIONS,
                                PublishedItem.PROGRESS)
                        .progressUpdated(Recurrence.ANNUALLY)
                        .text("Each school determines and publishes its own local objectives including: why it has"
                                + " chosen the objectives; what it plans to do to achieve those objectives; the progress"
                                + " it is making towards those objectives, updated annually.")
                        .build())
                .build();
    }

    /** A key area that says only "narrow the gap": a direction, with no target, baseline or deadline. */
    private static QuantitativeTarget narrowGap(String id, String text, Group focus, Reference reference,
            Subject... subjects) {
        return QuantitativeTarget.builder()
                .id(id)
                .text(text)
                .measure(Measure.builder()
                        .kind(MeasureKind.ATTAINMENT_GAP)
                        .population(Population.PUPILS)
                        .focusGroup(focus)
                        .reference(reference)
                        .addSubjects(subjects)
                        .build())
                .direction(Direction.DECREASE)
                .build();
    }

    private static Objective.Builder strategicAim(String id, String title, LocalDate by, EnumSet<DutyAim> aims,
            EnumSet<Population> populations) {
        Objective.Builder builder = Objective.builder();
        builder.id(id).title(title).targetDate(by).addAllAims(aims).addAllPopulations(populations);
        return builder;
    }
}
