package org.equalityduty.examples.report;

import static org.equalityduty.examples.report.ReportPublication.ref;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimension;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.progress.CriterionProgress;
import org.equalityduty.core.progress.ProgressEvaluator;
import org.equalityduty.core.progress.ProgressOptions;
import org.equalityduty.core.progress.ProgressReport;
import org.equalityduty.disclosure.FigureKind;
import org.equalityduty.disclosure.ProtectedPublication;
import org.equalityduty.disclosure.Publication;
import org.equalityduty.examples.report.ReportModel.Chart;
import org.equalityduty.examples.report.ReportModel.Figure;
import org.equalityduty.examples.report.ReportModel.Guide;
import org.equalityduty.examples.report.ReportModel.Point;
import org.equalityduty.examples.report.ReportModel.Report;
import org.equalityduty.examples.report.ReportModel.Row;
import org.equalityduty.examples.report.ReportModel.RowKind;
import org.equalityduty.examples.report.ReportModel.Section;
import org.equalityduty.examples.report.ReportModel.Table;
import org.equalityduty.metrics.accumulators.CategoryCounts;
import org.equalityduty.metrics.accumulators.GapIndex;
import org.equalityduty.metrics.accumulators.Selection;
import org.equalityduty.metrics.functions.Gaps;
import org.equalityduty.metrics.functions.Representation;
import org.equalityduty.metrics.measures.Evaluation;
import org.equalityduty.metrics.measures.EvaluationOptions;
import org.equalityduty.metrics.measures.MeasureEvaluator;
import org.equalityduty.metrics.measures.PersonView;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.BenchmarkComparison;
import org.equalityduty.metrics.results.GapIndexResult;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.results.MetricStatus;
import org.equalityduty.metrics.results.ShareResult;
import org.equalityduty.metrics.results.StageRate;
import org.equalityduty.testkit.JobApplicant;
import org.equalityduty.testkit.Pupil;
import org.equalityduty.testkit.StaffMember;
import org.jspecify.annotations.Nullable;

/**
 * Computes the report model from a synthetic trust: every figure through the equality-metrics and equality-core
 * APIs, every number formatted once, and every table of counts and figure derived from them published through
 * equality-disclosure ({@link ReportPublication}): declared with its totals, the links between tables and the
 * figures' dependencies, protected once as a whole, then rendered from the protected publication.
 */
public final class ReportBuilder {
    /** The publication threshold: counts from 1 to 9 are suppressed (the metrics' own default is 5). */
    public static final int PUBLICATION_MINIMUM = 10;
    /** The date the progress of the plan is judged as of (fixed, so that the report is reproducible). */
    public static final LocalDate AS_OF = LocalDate.of(SyntheticTrust.CURRENT_YEAR, 12, 31);

    /** The name the demo report is published under. */
    public static final String DEMO_ORGANISATION = "Example Academy Trust (invented data)";
    /** The demo report's publication date. */
    public static final LocalDate PUBLISHED_ON = LocalDate.of(SyntheticTrust.CURRENT_YEAR + 1, 1, 31);

    private static final MetricOptions OPTIONS = MetricOptions.defaults().withMinimumGroupSize(PUBLICATION_MINIMUM);
    private static final String C = ReportModel.SUPPRESSED;
    private static final String X = ReportModel.UNAVAILABLE;
    private static final String TOTAL = "Total";
    /** The note of a withheld row. */
    static final String WITHHELD = "withheld";
    private static final List<Dimension> PUPIL_DIMENSIONS = List.of(Dimensions.SEX, Dimensions.DISADVANTAGE,
            Dimensions.SEN_PROVISION, Dimensions.EAL, Dimensions.ETHNIC_GROUP);
    private static final List<Dimension> APPLICANT_DIMENSIONS = List.of(Dimensions.SEX, Dimensions.ETHNIC_GROUP,
            Dimensions.DISABILITY);
    /**
     * The illustrative local population benchmark by major ethnic group, in {@link Dimensions#ETHNIC_GROUP} order
     * (White, Mixed, Asian, Black, Chinese, Any other): invented round numbers of the order of a mid-sized English
     * city, NOT census figures. Replace with the ONS Census 2021 figures for the trust's local authorities.
     */
    static final double[] LOCAL_BENCHMARK = {0.800, 0.030, 0.110, 0.035, 0.005, 0.020};
    private static final String BENCHMARK_LABEL = "Local population (illustrative)";

    /** What the progress section needs of the plan. */
    private static final String MALE_APPLICANTS = "o1.a2.c1";
    private static final String ATTAINMENT_GAP = "o2.a2.c1";

    private final SyntheticTrust trust;
    private final EqualityPlan plan;
    private final PayGapSection.Source pay;

    private ReportBuilder(SyntheticTrust trust, EqualityPlan plan, PayGapSection.Source pay) {
        this.trust = trust;
        this.plan = plan;
        this.pay = pay;
    }

    /** One attainment outcome the testkit provides. */
    /** An outcome: a mean score (with {@code score}) or, when {@code rate}, a share meeting a standard ({@code met}). */
    private record Outcome(String id, String title, KeyStage keyStage, String unit, int decimals,
            @Nullable ToDoubleFunction<Pupil> score, @Nullable Predicate<Pupil> met, boolean rate) {
        /** The score of a mean outcome. */
        ToDoubleFunction<Pupil> scoreOf() {
            if (score == null) {
                throw new IllegalStateException(id + " is a rate, not a mean score");
            }
            return score;
        }

        /** The standard of a rate outcome. */
        Predicate<Pupil> standard() {
            if (met == null) {
                throw new IllegalStateException(id + " is a mean score, not a rate");
            }
            return met;
        }
    }

    private static final List<Outcome> OUTCOMES = List.of(
            new Outcome("ks2-reading", "KS2 reading: mean scaled score", KeyStage.KS2, "scaled-score points", 1,
                    p -> p.ks2().orElseThrow().reading(), null, false),
            new Outcome("ks2-maths", "KS2 maths: mean scaled score", KeyStage.KS2, "scaled-score points", 1,
                    p -> p.ks2().orElseThrow().maths(), null, false),
            new Outcome("ks2-expected", "KS2: % meeting the expected standard in reading and maths", KeyStage.KS2,
                    "percentage points", 1, null,
                    p -> p.ks2().orElseThrow().reading() >= 100 && p.ks2().orElseThrow().maths() >= 100, true),
            new Outcome("ks4-english", "KS4 English: mean grade", KeyStage.KS4, "grades", 2,
                    p -> p.ks4().orElseThrow().english(), null, false),
            new Outcome("ks4-maths", "KS4 maths: mean grade", KeyStage.KS4, "grades", 2,
                    p -> p.ks4().orElseThrow().maths(), null, false),
            new Outcome("ks4-em4", "KS4: % achieving grade 4 or above in English and maths", KeyStage.KS4,
                    "percentage points", 1, null,
                    p -> p.ks4().orElseThrow().english() >= 4 && p.ks4().orElseThrow().maths() >= 4, true));

    /**
     * A report with the publication it was rendered from: what the protection was given (the true counts, not for
     * publication) and what it allowed to be published.
     *
     * @param report  the report
     * @param publication  the publication as declared
     * @param protectedPublication  the publication as protected
     */
    record Published(Report report, Publication publication, ProtectedPublication protectedPublication) {
    }

    /**
     * Builds the report.
     *
     * @param trust  the synthetic trust, not null
     * @param soke  the Soke seed plan, whose measurable criteria are tracked, not null
     * @return the report model, not null
     */
    public static Report build(SyntheticTrust trust, EqualityPlan soke) {
        return publish(trust, soke).report();
    }

    /**
     * Builds the report with its gender pay gap section computed from a source (see {@link PayGapSection}).
     *
     * @param trust  the synthetic trust, not null
     * @param soke  the Soke seed plan, not null
     * @param pay  the pay gap section's source, not null
     * @return the report model, not null
     */
    public static Report build(SyntheticTrust trust, EqualityPlan soke, PayGapSection.Source pay) {
        return publish(trust, soke, pay).report();
    }

    /**
     * Builds the report and keeps the publication it was protected as (for the intruder tests).
     *
     * @param trust  the synthetic trust
     * @param soke  the Soke seed plan
     * @return the report and its publication
     */
    static Published publish(SyntheticTrust trust, EqualityPlan soke) {
        return publish(trust, soke, PayGapSection.synthetic(trust.staff(), Optional.empty()));
    }

    /**
     * Builds the report with a pay gap source and keeps the publication (for the intruder tests).
     *
     * @param trust  the synthetic trust
     * @param soke  the Soke seed plan
     * @param pay  the pay gap section's source
     * @return the report and its publication
     */
    static Published publish(SyntheticTrust trust, EqualityPlan soke, PayGapSection.Source pay) {
        return new ReportBuilder(trust, soke, Objects.requireNonNull(pay, "pay")).report();
    }

    private Published report() {
        ReportPublication pub = new ReportPublication();
        Schools schools = new Schools();
        Attainment attainment = new Attainment();
        GapIndexPart gapIndex = new GapIndexPart();
        StaffPart staff = new StaffPart();
        Workforce workforce = new Workforce();
        Recruitment recruitment = new Recruitment();
        DisclosurePart disclosure = new DisclosurePart();
        ProgressPart progress = new ProgressPart(gapIndex);
        PayGapSection payGap = new PayGapSection(pay);
        // Declared so that every table a link names exists before it; rendered in reading order.
        List<ReportPublication.Part> declared = List.of(schools, attainment, gapIndex, staff, payGap, workforce,
                recruitment, disclosure, progress);
        for (ReportPublication.Part p : declared) {
            p.declare(pub);
        }
        pub.protect();
        List<Section> sections = new ArrayList<>();
        for (ReportPublication.Part p : List.of(schools, attainment, gapIndex, staff, workforce, payGap, disclosure,
                recruitment, progress)) {
            sections.add(p.render(pub));
        }
        List<String> intro = List.of(
                "This is an example of the equality information an academy trust publishes each year. It describes"
                        + " an invented trust of " + trust.schools().size() + " schools, "
                        + pub.count(Schools.TABLE, TOTAL, "Pupils") + " pupils, "
                        + pub.count(Schools.TABLE, TOTAL, "Staff") + " staff and "
                        + pub.count(Recruitment.applied(Dimensions.SEX), TOTAL, TOTAL) + " job applicants in "
                        + SyntheticTrust.CURRENT_YEAR + ": no real school, pupil or member of staff is described.",
                "Each group is compared with everyone else in the same cohort who has a result. A gap is the group's"
                        + " figure minus the others' figure: a negative gap means the group's figure is lower. The"
                        + " 95% confidence interval is the range of gaps the data are consistent with.",
                protectionParagraph());
        List<String> footnotes = List.of(
                ReportModel.SUPPRESSED_MEANING,
                ReportModel.UNAVAILABLE_MEANING,
                "Gaps in average scores come with a Welch confidence interval; gaps in percentages with a Newcombe"
                        + " interval; shares and rates with a Wilson interval. Percentages are rounded to one"
                        + " decimal place, half up.",
                "The local population figures are illustrative values for this example, not census figures.",
                "Invented data: no real school, pupil or member of staff is described.");
        Report report = new Report("Equality information " + SyntheticTrust.CURRENT_YEAR, DEMO_ORGANISATION,
                PUBLISHED_ON, intro, sections, footnotes);
        return new Published(report, pub.publication(), pub.protectedPublication());
    }

    /** The introduction's paragraph on protection, shared with the own-data report. */
    static String protectionParagraph() {
        return "To protect the people it describes, this report never shows a number of people from 1 to "
                + (PUBLICATION_MINIMUM - 1) + ". Such a number, and every figure worked out from it, is shown as "
                + C + ". So are other numbers and figures wherever a withheld number could otherwise be worked out,"
                + " to within " + PUBLICATION_MINIMUM + ", from everything this report publishes: its totals, its"
                + " other tables and its text.";
    }

    // ------------------------------------------------------------------ schools

    /** The schools with their pupils and staff; the totals are quoted in the introduction. */
    private final class Schools implements ReportPublication.Part {
        static final String TABLE = "schools";

        @Override
        public void declare(ReportPublication pub) {
            List<String> urns = new ArrayList<>();
            List<long[]> counts = new ArrayList<>();
            for (SyntheticTrust.School s : trust.schools()) {
                urns.add(s.organisation().getUrn().orElseThrow());
                counts.add(new long[] {s.pupils().size(), s.staff().size()});
            }
            pub.builder().table(TABLE, "Schools, pupils on roll and staff").rows(urns.toArray(new String[0]))
                    .columns("Pupils", "Staff").counts(counts.toArray(new long[0][])).totalRow().add();
            pub.builder().published(ref(TABLE, TOTAL, "Pupils")).published(ref(TABLE, TOTAL, "Staff"));
        }

        @Override
        public Section render(ReportPublication pub) {
            List<Row> rows = new ArrayList<>();
            for (SyntheticTrust.School s : trust.schools()) {
                String urn = s.organisation().getUrn().orElseThrow();
                List<String> cells = List.of(s.organisation().getName(), urn, s.phase(),
                        pub.count(TABLE, urn, "Pupils"), pub.count(TABLE, urn, "Staff"));
                rows.add(new Row(cells, cells.contains(C) ? RowKind.SUPPRESSED : RowKind.SHOWN));
            }
            Table table = new Table(List.of("School", "URN", "Phase", "Pupils", "Staff"), rows);
            return new Section("schools", "The trust's schools", List.of(
                    "Results are reported for the trust as a whole: school cohorts are too small to report by group."),
                    List.of(new Figure("schools-table", "Schools, pupils on roll and staff", List.of(), table,
                            Optional.empty())));
        }
    }

    // --------------------------------------------------------------- attainment

    /** Category codes whose gap mirrors that of a charted group: in the table only, never charted twice. */
    private static final java.util.Set<String> MIRRORS = java.util.Set.of("male", "not_disadvantaged", "N",
            "english");

    /** A combined group shown beside the detailed ones: its label and which detailed codes it joins. */
    private record Combined(String dimensionId, String label, java.util.Set<String> codes) {
    }

    private static final List<Combined> COMBINED = List.of(
            new Combined("ethnic_group", "All minority ethnic groups combined",
                    java.util.Set.of("mixed", "asian", "black", "chinese", "any_other")),
            new Combined("sen_provision", "SEN support and EHC plans combined", java.util.Set.of("E", "K")));

    /** A row of a table by a dimension: a category, or a combined group of categories (a subtotal row). */
    private record Group(String label, String code, java.util.Set<String> codes, boolean combined) {
        boolean in(Category c) {
            return combined ? codes.contains(c.getCode()) : code.equals(c.getCode());
        }
    }

    private static List<Group> groups(Dimension d, List<Category> categories) {
        List<Group> out = new ArrayList<>();
        for (Category c : categories) {
            out.add(new Group(c.getLabel(), c.getCode(), java.util.Set.of(c.getCode()), false));
        }
        for (Combined comb : COMBINED) {
            if (comb.dimensionId().equals(d.getId())) {
                out.add(new Group(comb.label(), "", comb.codes(), true));
            }
        }
        return out;
    }

    /** Declares a table of counts by group: detailed rows, combined groups as subtotal rows, then the total. */
    private static void countTable(ReportPublication pub, String id, String title, List<Group> groups,
            String[] columns, long[][] detailCounts, boolean totalColumn) {
        List<String> detail = new ArrayList<>();
        for (Group g : groups) {
            if (!g.combined()) {
                detail.add(g.label());
            }
        }
        var t = pub.builder().table(id, title).rows(detail.toArray(new String[0])).columns(columns)
                .counts(detailCounts);
        for (Group g : groups) {
            if (g.combined()) {
                List<String> members = new ArrayList<>();
                for (Group m : groups) {
                    if (!m.combined() && g.codes().contains(m.code())) {
                        members.add(m.label());
                    }
                }
                t.subtotalRow(g.label(), members.toArray(new String[0]));
            }
        }
        if (totalColumn) {
            t.totals();
        } else {
            t.totalRow();
        }
        t.add();
    }

    private static String sizes(KeyStage ks, Dimension d) {
        return "pupils-" + ks.name().toLowerCase(Locale.ROOT) + "-" + d.getId();
    }

    private static String met(Outcome o, Dimension d) {
        return "met-" + o.id() + "-" + d.getId();
    }

    /** Attainment gaps: group sizes by key stage and dimension, met and not met for the rates, and the figures. */
    private final class Attainment implements ReportPublication.Part {
        @Override
        public void declare(ReportPublication pub) {
            for (KeyStage ks : List.of(KeyStage.KS2, KeyStage.KS4)) {
                List<Pupil> cohort = cohort(ks);
                String first = null;
                for (Dimension d : PUPIL_DIMENSIONS) {
                    List<Group> groups = groups(d, d.getCategories());
                    long[][] n = new long[d.getCategories().size()][1];
                    for (int i = 0; i < n.length; i++) {
                        Category c = d.getCategories().get(i);
                        n[i][0] = cohort.stream().filter(p -> c.equals(p.categories().get(d.getId()))).count();
                    }
                    String id = sizes(ks, d);
                    countTable(pub, id, "Pupils with a " + ks + " result by " + d.getLabel(), groups,
                            new String[] {"Pupils"}, n, false);
                    if (first == null) {
                        first = id;
                        pub.builder().published(ref(id, TOTAL, "Pupils"));
                    } else {
                        pub.builder().link(ref(first, TOTAL, "Pupils"), ref(id, TOTAL, "Pupils"));
                    }
                }
            }
            for (Outcome o : OUTCOMES) {
                List<Pupil> cohort = cohort(o.keyStage());
                for (Dimension d : PUPIL_DIMENSIONS) {
                    List<Group> groups = groups(d, d.getCategories());
                    String size = sizes(o.keyStage(), d);
                    if (o.rate()) {
                        long[][] x = new long[d.getCategories().size()][2];
                        for (int i = 0; i < x.length; i++) {
                            Category c = d.getCategories().get(i);
                            for (Pupil p : cohort) {
                                if (c.equals(p.categories().get(d.getId()))) {
                                    x[i][o.standard().test(p) ? 0 : 1]++;
                                }
                            }
                        }
                        countTable(pub, met(o, d), o.title() + " by " + d.getLabel(), groups,
                                new String[] {"Met", "Not met"}, x, true);
                        for (Group g : groups) {
                            pub.builder().link(ref(size, g.label(), "Pupils"), ref(met(o, d), g.label(), TOTAL));
                        }
                        pub.builder().link(ref(size, TOTAL, "Pupils"), ref(met(o, d), TOTAL, TOTAL));
                    }
                    for (Group g : groups) {
                        Predicate<Pupil> in = p -> p.category(d.getId()).map(g::in).orElse(false);
                        GapResult r = gap(o, cohort, in);
                        String f = o.id() + "/" + d.getId() + "/" + g.label();
                        double scale = o.rate() ? 100 : 1;
                        if (o.rate()) {
                            pub.builder().percentage(f + "/group", ref(met(o, d), g.label(), "Met"),
                                    ref(met(o, d), g.label(), TOTAL), o.decimals());
                        } else {
                            pub.builder().figure(f + "/group", FigureKind.MEAN, r.hasValue()
                                    ? Fmt.num(r.getFocusValue().orElseThrow(), o.decimals()) : X)
                                    .denominator(ref(size, g.label(), "Pupils")).add();
                        }
                        var others = pub.builder().figure(f + "/others", FigureKind.OTHERS_COMPLEMENT,
                                r.hasValue() ? Fmt.num(scale * r.getReferenceValue().orElseThrow(), o.decimals()) : X)
                                .dependsOn(ref(size, g.label(), "Pupils"), ref(size, TOTAL, "Pupils"));
                        if (o.rate()) {
                            others.dependsOn(ref(met(o, d), g.label(), "Met"), ref(met(o, d), TOTAL, "Met"));
                        }
                        others.add();
                        pub.builder().figure(f + "/gap", FigureKind.DIFFERENCE,
                                r.hasValue() ? Fmt.signed(scale * r.getEstimate(), o.decimals()) : X)
                                .dependsOnFigures(f + "/group", f + "/others").add();
                        pub.builder().figure(f + "/ci", FigureKind.INTERVAL, r.hasValue()
                                ? Fmt.interval(scale * r.getLower(), scale * r.getUpper(), o.decimals()) : X)
                                .dependsOnFigures(f + "/gap").add();
                    }
                }
            }
        }

        @Override
        public Section render(ReportPublication pub) {
            List<Figure> figures = new ArrayList<>();
            for (Outcome o : OUTCOMES) {
                figures.add(gapFigure(pub, o, cohort(o.keyStage())));
            }
            return new Section("attainment", "Attainment gaps", List.of(
                    "Each group is compared with all other pupils in the same key stage with a result (one group"
                            + " against the rest, the DfE convention for disadvantage). KS2: year 6 of the primary"
                            + " schools; KS4: year 11 of the secondary schools. Attainment 8 and writing are not"
                            + " reported in this example. Combined groups (all minority ethnic groups; any special"
                            + " educational needs) are shown beside the detailed ones, so that a figure can be"
                            + " published for them when the detailed groups are too small."), figures);
        }
    }

    private List<Pupil> cohort(KeyStage ks) {
        return trust.pupils().stream().filter(p -> ks == KeyStage.KS2 ? p.ks2().isPresent() : p.ks4().isPresent())
                .toList();
    }

    private Figure gapFigure(ReportPublication pub, Outcome o, List<Pupil> cohort) {
        List<Row> rows = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        double scale = o.rate() ? 100 : 1;
        for (Dimension d : PUPIL_DIMENSIONS) {
            for (Group g : groups(d, d.getCategories())) {
                Predicate<Pupil> in = p -> p.category(d.getId()).map(g::in).orElse(false);
                GapResult r = gap(o, cohort, in);
                String f = o.id() + "/" + d.getId() + "/" + g.label();
                String characteristic = shortLabel(d);
                List<String> cells = new ArrayList<>(List.of(characteristic, g.label(),
                        pub.count(sizes(o.keyStage(), d), g.label(), "Pupils"), pub.figure(f + "/group"),
                        pub.figure(f + "/others"), pub.figure(f + "/gap"), pub.figure(f + "/ci")));
                boolean withheld = cells.contains(C);
                cells.add(withheld ? WITHHELD : cells.contains(X) ? status(r.getStatus(), r.getReason()) : "");
                rows.add(new Row(cells, withheld ? RowKind.SUPPRESSED
                        : cells.contains(X) ? RowKind.UNAVAILABLE : RowKind.SHOWN));
                String label = characteristic + ": " + g.label();
                Point point = pub.shown(f + "/gap") && r.hasValue()
                        ? new Point(label, OptionalDouble.of(scale * r.getEstimate()),
                                OptionalDouble.of(scale * r.getLower()), OptionalDouble.of(scale * r.getUpper()), "",
                                List.of())
                        : noValue(label, withheld ? C : X, 0);
                if ((g.combined() || !MIRRORS.contains(g.code())) && r.getFocusN() > 0) {
                    points.add(point);
                }
            }
        }
        String what = o.rate() ? "%" : "mean";
        Table table = new Table(List.of("Characteristic", "Group", "Pupils", "Group " + what, "Others " + what,
                "Gap (" + o.unit() + ")", "95% confidence interval", "Note"), rows);
        Chart chart = new Chart(o.title() + ": gap to all other pupils",
                "Gap between each group and all other pupils with a result, in " + o.unit()
                        + ", with 95% confidence intervals; a negative gap means the group's figure is lower."
                        + " Withheld groups are marked " + C + ". Boys, pupils who are not disadvantaged, pupils"
                        + " with no SEN and pupils whose first language is English are in the table only: their"
                        + " gaps mirror those of the groups charted.",
                "Gap (" + o.unit() + ")", points, List.of(), List.of(), false);
        return new Figure("gap-" + o.id(), o.title(), List.of(pub.count(sizes(o.keyStage(), PUPIL_DIMENSIONS.get(0)),
                TOTAL, "Pupils") + " pupils with a result."), table, Optional.of(chart));
    }

    private static GapResult gap(Outcome o, List<Pupil> cohort, Predicate<Pupil> in) {
        return o.rate() ? Gaps.proportionGap(cohort, in, o.standard(), OPTIONS)
                : Gaps.meanGap(cohort, in, o.scoreOf(), OPTIONS);
    }

    private static String shortLabel(Dimension d) {
        switch (d.getId()) {
            case "disadvantage":
                return "Disadvantage";
            case "eal":
                return "First language";
            default:
                return d.getLabel();
        }
    }

    private static Point noValue(String label, String note, int markers) {
        List<OptionalDouble> empty = new ArrayList<>();
        for (int i = 0; i < markers; i++) {
            empty.add(OptionalDouble.empty());
        }
        return new Point(label, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), note, empty);
    }

    /** Why a figure is not available, in words (never the library's status names or reasons). */
    static String status(MetricStatus status, String reason) {
        switch (status) {
            case EMPTY:
                return "no one in this group";
            case BELOW_MINIMUM_GROUP_SIZE:
                return WITHHELD;
            default:
                return "cannot be worked out for this group";
        }
    }

    // ---------------------------------------------------------------- gap index

    /** The DfE disadvantage gap index at KS2 and KS4, with the sizes of the two groups it compares. */
    private final class GapIndexPart implements ReportPublication.Part {
        static final String TABLE = "gap-index";
        private final String[] keyStages = {"KS2", "KS4"};
        private final String[] labels = {"KS2 (reading + maths scaled score)", "KS4 (average English and maths grade)"};
        private GapIndexResult[] results;

        @Override
        public void declare(ReportPublication pub) {
            List<Pupil> pupils = trust.pupils();
            results = new GapIndexResult[] {
                GapIndex.ks2().addAll(pupils.stream().filter(p -> p.ks2().isPresent()).toList(),
                        p -> p.ks2().orElseThrow().reading() + p.ks2().orElseThrow().maths(), Pupil::disadvantaged)
                        .result(OPTIONS),
                GapIndex.ks4().addAll(pupils.stream().filter(p -> p.ks4().isPresent()).toList(),
                        p -> p.ks4().orElseThrow().averageGrade().doubleValue(), Pupil::disadvantaged)
                        .result(OPTIONS)};
            long[][] n = new long[2][];
            for (int i = 0; i < 2; i++) {
                n[i] = new long[] {results[i].getDisadvantagedCount(), results[i].getOtherCount()};
            }
            pub.builder().table(TABLE, "Disadvantage gap index").rows(keyStages).columns("Disadvantaged", "Other")
                    .counts(n).totalColumn().add();
            KeyStage[] ks = {KeyStage.KS2, KeyStage.KS4};
            for (int i = 0; i < 2; i++) {
                String size = sizes(ks[i], Dimensions.DISADVANTAGE);
                pub.linkIfEqual(ref(TABLE, keyStages[i], "Disadvantaged"), n[i][0],
                        ref(size, "Disadvantaged", "Pupils"), count(cohort(ks[i]), "disadvantage", "disadvantaged"));
                pub.linkIfEqual(ref(TABLE, keyStages[i], "Other"), n[i][1],
                        ref(size, "Not disadvantaged", "Pupils"),
                        count(cohort(ks[i]), "disadvantage", "not_disadvantaged"));
                GapIndexResult r = results[i];
                String f = TABLE + "/" + keyStages[i];
                pub.builder().figure(f + "/disadvantaged", FigureKind.MEAN,
                        r.hasValue() ? Fmt.num(100 * r.getMeanPercentileRankDisadvantaged(), 1) : X)
                        .denominator(ref(TABLE, keyStages[i], "Disadvantaged")).add();
                pub.builder().figure(f + "/others", FigureKind.MEAN,
                        r.hasValue() ? Fmt.num(100 * r.getMeanPercentileRankOthers(), 1) : X)
                        .denominator(ref(TABLE, keyStages[i], "Other")).add();
                pub.builder().figure(f + "/index", FigureKind.DIFFERENCE, r.hasValue() ? Fmt.num(r.getIndex(), 2) : X)
                        .dependsOnFigures(f + "/disadvantaged", f + "/others").add();
            }
        }

        @Override
        public Section render(ReportPublication pub) {
            List<Row> rows = new ArrayList<>();
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String f = TABLE + "/" + keyStages[i];
                List<String> cells = new ArrayList<>(List.of(labels[i], pub.count(TABLE, keyStages[i], "Disadvantaged"),
                        pub.count(TABLE, keyStages[i], "Other"), pub.figure(f + "/disadvantaged"),
                        pub.figure(f + "/others"), pub.figure(f + "/index")));
                boolean withheld = cells.contains(C);
                boolean unavailable = cells.contains(X);
                cells.add(withheld ? WITHHELD : unavailable ? status(results[i].getStatus(), results[i].getReason())
                        : "");
                rows.add(new Row(cells, withheld ? RowKind.SUPPRESSED : unavailable ? RowKind.UNAVAILABLE
                        : RowKind.SHOWN));
                points.add(pub.shown(f + "/index") && results[i].hasValue() ? new Point(labels[i],
                        OptionalDouble.of(results[i].getIndex()), OptionalDouble.empty(), OptionalDouble.empty(), "",
                        List.of()) : noValue(labels[i], withheld ? C : X, 0));
            }
            Table table = new Table(List.of("Key stage", "Disadvantaged pupils", "Other pupils",
                    "Average percentile rank, disadvantaged", "Average percentile rank, others", "Gap index", "Note"),
                    rows);
            Chart chart = new Chart("DfE disadvantage gap index, KS2 and KS4",
                    "The DfE disadvantage gap index for each key stage, from 0 (no gap) to 10 (every disadvantaged"
                            + " pupil below every other pupil); the index has no confidence interval.",
                    "Gap index", points, List.of(), List.of(), true);
            return new Section("gap-index", "DfE disadvantage gap index", List.of(
                    "Every pupil with a result is ranked by attainment from 0 (lowest) to 100 (highest); pupils with"
                            + " the same result share the same rank. The index is a fifth of the difference between"
                            + " the other pupils' average rank and the disadvantaged pupils' average rank: 0 means no"
                            + " gap, 10 means every disadvantaged pupil is below every other pupil."),
                    List.of(new Figure("gap-index-figure", "Disadvantage gap index", List.of(), table,
                            Optional.of(chart))));
        }
    }

    private static long count(List<Pupil> pupils, String dimension, String code) {
        return pupils.stream().filter(p -> p.category(dimension).map(c -> c.getCode().equals(code)).orElse(false))
                .count();
    }

    // ---------------------------------------------------------------- workforce

    /** Staff by sex and role; the table adds up, with the staff whose sex or role is not recorded, to all staff. */
    private final class StaffPart implements ReportPublication.Part {
        private StaffTables tables;

        @Override
        public void declare(ReportPublication pub) {
            tables = new StaffTables(trust.staff().stream()
                    .map(s -> new StaffTables.Person(Optional.of(s.sex()), Optional.of(s.role()))).toList());
            tables.declare(pub, Optional.of(ref(Schools.TABLE, TOTAL, "Staff")));
        }

        @Override
        public Section render(ReportPublication pub) {
            return new Section("staff", "Staff by sex and role", List.of(
                    "How many women and men work in each kind of role across the trust."),
                    List.of(tables.figure(pub)));
        }
    }

    /** Staff and pupils by ethnic group (of those whose ethnicity is known), against a local benchmark. */
    private final class Workforce implements ReportPublication.Part {
        static final String STAFF = "staff-ethnic-group";
        static final String PUPILS = "pupil-ethnic-group";
        private final List<Category> known = Dimensions.ETHNIC_GROUP.getCategories().stream()
                .filter(Category::isKnown).toList();
        private final List<Group> groups = groups(Dimensions.ETHNIC_GROUP, known);
        private long[] staffCounts;
        private long staffKnown;
        private final List<BenchmarkComparison> comparisons = new ArrayList<>();
        private final List<Double> benchmarks = new ArrayList<>();

        @Override
        public void declare(ReportPublication pub) {
            List<Category> all = Dimensions.ETHNIC_GROUP.getCategories();
            CategoryCounts<Category> staff = CategoryCounts.over(all).addAll(trust.staff(),
                    s -> s.category("ethnic_group").orElseThrow());
            CategoryCounts<Category> pupils = CategoryCounts.over(all).addAll(trust.pupils(),
                    p -> p.category("ethnic_group").orElseThrow());
            long[][] s = new long[known.size()][1];
            long[][] p = new long[known.size()][1];
            staffCounts = new long[known.size()];
            for (int i = 0; i < known.size(); i++) {
                s[i][0] = staff.getCount(known.get(i));
                p[i][0] = pupils.getCount(known.get(i));
                staffCounts[i] = s[i][0];
                staffKnown += s[i][0];
            }
            countTable(pub, STAFF, "Staff by ethnic group", groups, new String[] {"Staff"}, s, false);
            countTable(pub, PUPILS, "Pupils by ethnic group", groups, new String[] {"Pupils"}, p, false);
            pub.builder().published(ref(STAFF, TOTAL, "Staff")).published(ref(PUPILS, TOTAL, "Pupils"));
            for (Group g : groups) {
                double bench = 0;
                long count = 0;
                for (int i = 0; i < known.size(); i++) {
                    if (g.in(known.get(i))) {
                        bench += LOCAL_BENCHMARK[i];
                        count += staffCounts[i];
                    }
                }
                benchmarks.add(bench);
                BenchmarkComparison cmp = Representation.compareToBenchmark(count, staffKnown, bench, OPTIONS);
                comparisons.add(cmp);
                ShareResult share = cmp.share();
                String f = "workforce/" + g.label();
                pub.builder().percentage(f + "/staff", ref(STAFF, g.label(), "Staff"), ref(STAFF, TOTAL, "Staff"), 1);
                pub.builder().figure(f + "/ci", FigureKind.INTERVAL, share.hasValue()
                        ? Fmt.interval(100 * share.lower(), 100 * share.upper(), 1) : X)
                        .dependsOnFigures(f + "/staff").add();
                pub.builder().percentage(f + "/roll", ref(PUPILS, g.label(), "Pupils"), ref(PUPILS, TOTAL, "Pupils"),
                        1);
                pub.builder().figure(f + "/minus", FigureKind.DIFFERENCE, share.hasValue()
                        ? Fmt.signed(cmp.percentagePointGap().orElseThrow(), 1) : X)
                        .dependsOnFigures(f + "/staff").add();
            }
        }

        @Override
        public Section render(ReportPublication pub) {
            List<Row> rows = new ArrayList<>();
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                Group g = groups.get(i);
                String f = "workforce/" + g.label();
                double bench = benchmarks.get(i);
                List<String> cells = new ArrayList<>(List.of(g.label(), pub.count(STAFF, g.label(), "Staff"),
                        pub.figure(f + "/staff"), pub.figure(f + "/ci"), pub.figure(f + "/roll"), Fmt.pct(bench, 1),
                        pub.figure(f + "/minus")));
                boolean withheld = cells.contains(C);
                boolean unavailable = cells.contains(X);
                ShareResult share = comparisons.get(i).share();
                cells.add(withheld ? WITHHELD : unavailable ? status(share.status(), share.reason()) : "");
                rows.add(new Row(cells, withheld ? RowKind.SUPPRESSED : unavailable ? RowKind.UNAVAILABLE
                        : RowKind.SHOWN));
                OptionalDouble roll = pub.shown(f + "/roll") ? OptionalDouble.of(Double.parseDouble(pub.figure(f
                        + "/roll"))) : OptionalDouble.empty();
                List<OptionalDouble> markers = List.of(roll, OptionalDouble.of(100 * bench));
                if (pub.shown(f + "/staff") && share.hasValue()) {
                    points.add(new Point(g.label(), OptionalDouble.of(100 * share.share()),
                            OptionalDouble.of(100 * share.lower()), OptionalDouble.of(100 * share.upper()), "",
                            markers));
                } else {
                    points.add(new Point(g.label(), OptionalDouble.empty(), OptionalDouble.empty(),
                            OptionalDouble.empty(), withheld ? C : X, markers));
                }
            }
            Table table = new Table(List.of("Ethnic group", "Staff", "Staff %", "95% confidence interval",
                    "Pupil roll %", BENCHMARK_LABEL + " %", "Staff minus local (percentage points)", "Note"), rows);
            Chart chart = new Chart("Staff by ethnic group against the pupil roll and the local population",
                    "Share of staff of known ethnicity in each major ethnic group, with 95% confidence intervals,"
                            + " against the share of pupils on roll and an illustrative local population benchmark.",
                    "Share (%)", points, List.of(), List.of("Pupil roll", BENCHMARK_LABEL), false,
                    "Staff, with the 95% confidence interval");
            return new Section("workforce", "Workforce representation", List.of(
                    "Shares are of the " + pub.count(STAFF, TOTAL, "Staff") + " staff and "
                            + pub.count(PUPILS, TOTAL, "Pupils") + " pupils whose ethnicity is known; people who"
                            + " refused or whose ethnicity was not obtained are left out of the breakdown, as in the"
                            + " school workforce census, and the disclosure rate is given in the next section."),
                    List.of(new Figure("workforce-ethnicity", "Staff by ethnic group", List.of(
                            "The local population figures are illustrative values for this example, not census"
                                    + " data."), table, Optional.of(chart))));
        }
    }

    // --------------------------------------------------------------- disclosure

    /**
     * Disclosure rates: for each group of people and characteristic, how many have it recorded. The totals are
     * the published numbers of pupils, staff and applicants, the recorded numbers those the other tables publish.
     */
    private final class DisclosurePart implements ReportPublication.Part {
        static final String TABLE = "disclosure";
        private final List<String[]> rows = List.of(new String[] {"Pupils", "Ethnicity"},
                new String[] {"Pupils", "First language"}, new String[] {"Staff", "Ethnicity"},
                new String[] {"Staff", "Disability"}, new String[] {"Applicants", "Ethnicity"},
                new String[] {"Applicants", "Disability"});
        private final List<ShareResult> rates = new ArrayList<>();

        private String label(String[] r) {
            return r[0] + ": " + r[1];
        }

        @Override
        public void declare(ReportPublication pub) {
            long[][] counts = {
                known(trust.pupils(), p -> p.category("ethnic_group").orElseThrow()),
                known(trust.pupils(), p -> p.category("eal").orElseThrow()),
                known(trust.staff(), (StaffMember s) -> s.category("ethnic_group").orElseThrow()),
                known(trust.staff(), (StaffMember s) -> s.category("disability").orElseThrow()),
                known(trust.applicants(), (JobApplicant a) -> a.category("ethnic_group").orElseThrow()),
                known(trust.applicants(), (JobApplicant a) -> a.category("disability").orElseThrow())};
            String[] labels = rows.stream().map(this::label).toArray(String[]::new);
            pub.builder().table(TABLE, "Disclosure rates").rows(labels).columns("Recorded", "Not recorded")
                    .counts(counts).totalColumn().add();
            var b = pub.builder();
            b.link(ref(TABLE, labels[0], "Recorded"), ref(Workforce.PUPILS, TOTAL, "Pupils"));
            b.link(ref(TABLE, labels[2], "Recorded"), ref(Workforce.STAFF, TOTAL, "Staff"));
            for (int i = 0; i < labels.length; i++) {
                String[] r = rows.get(i);
                b.link(ref(TABLE, labels[i], TOTAL), r[0].equals("Pupils") ? ref(Schools.TABLE, TOTAL, "Pupils")
                        : r[0].equals("Staff") ? ref(Schools.TABLE, TOTAL, "Staff")
                        : ref(Recruitment.applied(Dimensions.SEX), TOTAL, TOTAL));
                ShareResult rate = Representation.disclosureRate(counts[i][0], counts[i][0] + counts[i][1], OPTIONS);
                rates.add(rate);
                String f = TABLE + "/" + labels[i];
                b.percentage(f + "/rate", ref(TABLE, labels[i], "Recorded"), ref(TABLE, labels[i], TOTAL), 1);
                b.figure(f + "/ci", FigureKind.INTERVAL, rate.hasValue()
                        ? Fmt.interval(100 * rate.lower(), 100 * rate.upper(), 1) : X).dependsOnFigures(f + "/rate")
                        .add();
            }
            // The applicants' recorded numbers are the sums of the known categories in the recruitment tables.
            for (int i = 4; i < 6; i++) {
                Dimension d = i == 4 ? Dimensions.ETHNIC_GROUP : Dimensions.DISABILITY;
                List<org.equalityduty.disclosure.CellRef> parts = new ArrayList<>();
                for (Category c : d.getCategories()) {
                    if (c.isKnown()) {
                        parts.add(ref(Recruitment.applied(d), c.getLabel(), TOTAL));
                    }
                }
                b.sum(ref(TABLE, labels[i], "Recorded"), parts.toArray(new org.equalityduty.disclosure.CellRef[0]));
            }
        }

        private <T> long[] known(List<T> records, java.util.function.Function<T, Category> category) {
            long known = records.stream().filter(r -> category.apply(r).isKnown()).count();
            return new long[] {known, records.size() - known};
        }

        @Override
        public Section render(ReportPublication pub) {
            List<Row> out = new ArrayList<>();
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                String label = label(r);
                String f = TABLE + "/" + label;
                List<String> cells = new ArrayList<>(List.of(r[0], r[1], pub.count(TABLE, label, "Recorded"),
                        pub.count(TABLE, label, TOTAL), pub.figure(f + "/rate"), pub.figure(f + "/ci")));
                boolean withheld = cells.contains(C);
                boolean unavailable = cells.contains(X);
                ShareResult rate = rates.get(i);
                cells.add(withheld ? WITHHELD : unavailable ? status(rate.status(), rate.reason()) : "");
                out.add(new Row(cells, withheld ? RowKind.SUPPRESSED : unavailable ? RowKind.UNAVAILABLE
                        : RowKind.SHOWN));
                points.add(pub.shown(f + "/rate") && rate.hasValue() ? new Point(label,
                        OptionalDouble.of(100 * rate.share()), OptionalDouble.of(100 * rate.lower()),
                        OptionalDouble.of(100 * rate.upper()), "", List.of()) : noValue(label, withheld ? C : X, 0));
            }
            Table table = new Table(List.of("People", "Characteristic", "Recorded", "Total", "Disclosure rate %",
                    "95% confidence interval", "Note"), out);
            Chart chart = new Chart("Disclosure rates", "Share of people whose characteristic is known (not refused"
                    + " and not 'information not obtained'), with 95% confidence intervals.", "Disclosure rate (%)",
                    points, List.of(), List.of(), true);
            return new Section("disclosure", "Disclosure rates", List.of(
                    "Refused and not obtained are recorded as categories in their own right; the disclosure rate is"
                            + " the share of people with a known value."),
                    List.of(new Figure("disclosure-rates", "Disclosure rates", List.of(), table, Optional.of(chart))));
        }
    }

    // -------------------------------------------------------------- recruitment

    /**
     * Selection rates by stage. For each characteristic, two tables of counts: applicants by whether they were
     * shortlisted, and shortlisted applicants by whether they were appointed; each group's shortlisted number is
     * the same in both. The adverse impact ratio is worked out, after protection, from the rates shown only.
     */
    private final class Recruitment implements ReportPublication.Part {
        private final List<String> stages = List.of("applied", "shortlisted", "appointed");

        static String applied(Dimension d) {
            return "applied-" + d.getId();
        }

        static String shortlisted(Dimension d) {
            return "shortlisted-" + d.getId();
        }

        /** Per dimension and stage (1, 2), each category's rate. */
        private final java.util.Map<String, List<StageRate<Category>>> rates = new java.util.HashMap<>();

        private List<StageRate<Category>> rates(Dimension d, int stage) {
            return rates.computeIfAbsent(d.getId() + "/" + stage, key -> {
                Selection<Category> sel = Selection.<Category>over(d.getCategories(), stages)
                        .addAll(trust.applicants(), a -> a.categories().get(d.getId()), a -> a.stage().ordinal());
                return sel.rates(OPTIONS).stream().filter(r -> r.stage().equals(stages.get(stage))).toList();
            });
        }

        @Override
        public void declare(ReportPublication pub) {
            for (Dimension d : APPLICANT_DIMENSIONS) {
                List<Group> groups = groups(d, d.getCategories());
                List<Group> detail = groups.stream().filter(g -> !g.combined()).toList();
                long[][] a = new long[detail.size()][];
                long[][] s = new long[detail.size()][];
                for (int i = 0; i < a.length; i++) {
                    long[] first = counts(d, 1, detail.get(i));
                    long[] second = counts(d, 2, detail.get(i));
                    a[i] = new long[] {first[1], first[0] - first[1]};
                    s[i] = new long[] {second[1], second[0] - second[1]};
                }
                countTable(pub, applied(d), "Applicants by " + d.getLabel() + " and whether shortlisted", groups,
                        new String[] {"Shortlisted", "Not shortlisted"}, a, true);
                countTable(pub, shortlisted(d), "Shortlisted applicants by " + d.getLabel()
                        + " and whether appointed", groups, new String[] {"Appointed", "Not appointed"}, s, true);
                for (Group g : groups) {
                    pub.builder().link(ref(applied(d), g.label(), "Shortlisted"), ref(shortlisted(d), g.label(), TOTAL));
                }
                pub.builder().link(ref(applied(d), TOTAL, "Shortlisted"), ref(shortlisted(d), TOTAL, TOTAL));
                if (d != Dimensions.SEX) {
                    pub.builder().link(ref(applied(Dimensions.SEX), TOTAL, TOTAL), ref(applied(d), TOTAL, TOTAL));
                    pub.builder().link(ref(shortlisted(Dimensions.SEX), TOTAL, TOTAL),
                            ref(shortlisted(d), TOTAL, TOTAL));
                } else {
                    pub.builder().published(ref(applied(d), TOTAL, TOTAL));
                }
                for (int stage = 1; stage <= 2; stage++) {
                    String table = stage == 1 ? applied(d) : shortlisted(d);
                    String selected = stage == 1 ? "Shortlisted" : "Appointed";
                    for (Group g : groups) {
                        long[] n = counts(d, stage, g);
                        String f = "selection/" + stages.get(stage) + "/" + d.getId() + "/" + g.label();
                        pub.builder().percentage(f + "/rate", ref(table, g.label(), selected),
                                ref(table, g.label(), TOTAL), 1);
                        ShareResult w = Representation.share(n[1], n[0], OPTIONS);
                        pub.builder().figure(f + "/ci", FigureKind.INTERVAL, n[0] > 0 && w.hasValue()
                                ? Fmt.interval(100 * w.lower(), 100 * w.upper(), 1) : X)
                                .dependsOnFigures(f + "/rate").add();
                    }
                }
            }
        }

        /** A group's considered and selected numbers at a stage. */
        private long[] counts(Dimension d, int stage, Group g) {
            long considered = 0;
            long selected = 0;
            for (StageRate<Category> r : rates(d, stage)) {
                if (g.in(r.group())) {
                    considered += r.considered();
                    selected += r.selected();
                }
            }
            return new long[] {considered, selected};
        }

        @Override
        public Section render(ReportPublication pub) {
            List<Figure> figures = new ArrayList<>();
            for (int s = 1; s < stages.size(); s++) {
                List<Row> rows = new ArrayList<>();
                List<Point> points = new ArrayList<>();
                for (Dimension d : APPLICANT_DIMENSIONS) {
                    String table = s == 1 ? applied(d) : shortlisted(d);
                    String selected = s == 1 ? "Shortlisted" : "Appointed";
                    List<Group> groups = groups(d, d.getCategories());
                    // The comparator: the highest rate among the detailed groups whose rate is shown.
                    // With fewer than two rates shown there is nothing to compare: no ratio.
                    long[] best = null;
                    int compared = 0;
                    for (Group g : groups) {
                        String f = "selection/" + stages.get(s) + "/" + d.getId() + "/" + g.label();
                        long[] n = counts(d, s, g);
                        if (!g.combined() && pub.shown(f + "/rate") && n[0] > 0) {
                            compared++;
                            if (best == null || n[1] * best[0] > best[1] * n[0]) {
                                best = n;
                            }
                        }
                    }
                    for (Group g : groups) {
                        String f = "selection/" + stages.get(s) + "/" + d.getId() + "/" + g.label();
                        long[] n = counts(d, s, g);
                        String rate = pub.figure(f + "/rate");
                        String air;
                        String flag;
                        String why = n[0] == 0 ? "no one in this group" : "cannot be worked out for this group";
                        if (g.combined()) {
                            air = rate.equals(C) ? C : "not compared";
                            flag = air;
                        } else if (!pub.shown(f + "/rate")) {
                            air = rate;
                            flag = rate;
                        } else if (compared < 2 || best == null || best[1] == 0 || n[0] == 0) {
                            air = X;
                            flag = X;
                            why = compared < 2 ? "no other rate shown to compare with" : why;
                        } else {
                            BigDecimal ratio = BigDecimal.valueOf(n[1] * best[0])
                                    .divide(BigDecimal.valueOf(n[0] * best[1]), 2, RoundingMode.HALF_UP);
                            boolean highest = n[1] * best[0] == best[1] * n[0];
                            air = ratio.toPlainString() + (highest ? " (highest rate)" : "");
                            flag = 5 * n[1] * best[0] < 4 * best[1] * n[0] ? "yes" : "no";
                        }
                        List<String> cells = new ArrayList<>(List.of(d.getLabel(), g.label(),
                                pub.count(table, g.label(), TOTAL), pub.count(table, g.label(), selected), rate,
                                pub.figure(f + "/ci"), air, flag));
                        boolean withheld = cells.contains(C);
                        boolean unavailable = cells.contains(X);
                        cells.add(withheld ? WITHHELD : unavailable ? why : "");
                        rows.add(new Row(cells, withheld ? RowKind.SUPPRESSED : unavailable ? RowKind.UNAVAILABLE
                                : RowKind.SHOWN));
                        String label = d.getLabel() + ": " + g.label();
                        ShareResult w = Representation.share(n[1], n[0], OPTIONS);
                        points.add(pub.shown(f + "/rate") && n[0] > 0 && w.hasValue() ? new Point(label,
                                OptionalDouble.of(100.0 * n[1] / n[0]), OptionalDouble.of(100 * w.lower()),
                                OptionalDouble.of(100 * w.upper()), "", List.of()) : noValue(label, withheld ? C : X,
                                0));
                    }
                }
                String from = stages.get(s - 1);
                String to = stages.get(s);
                Table table = new Table(List.of("Characteristic", "Group", "Considered (" + from + ")",
                        "Selected (" + to + ")", "Selection rate %", "95% confidence interval",
                        "Adverse impact ratio", "Below four-fifths", "Note"), rows);
                Chart chart = new Chart("Selection rate from " + from + " to " + to,
                        "Share of each group's " + from + " applicants who were " + to
                                + ", with 95% confidence intervals.", "Selection rate (%)", points, List.of(),
                        List.of(), false);
                figures.add(new Figure("selection-" + to, "Selection rates: " + from + " to " + to, List.of(
                        "Adverse impact ratio: the group's rate over the highest rate among the groups of the same"
                                + " characteristic whose rates are shown (x when fewer than two are shown); below 0.80"
                                + " fails the four-fifths rule, a screening heuristic, not a finding of"
                                + " discrimination."), table, Optional.of(chart)));
            }
            return new Section("recruitment", "Recruitment: selection rates by stage", List.of(
                    "Each applicant is counted once, at the furthest stage reached, among the "
                            + pub.count(applied(Dimensions.SEX), TOTAL, TOTAL) + " applicants to the trust in the year"
                            + " to August " + SyntheticTrust.CURRENT_YEAR + "."), figures);
        }
    }

    // ----------------------------------------------------------------- progress

    /**
     * Progress on the two measurable objectives, year by year. Each yearly figure rests on counts declared as a
     * table of their own (men and other applicants; disadvantaged and other pupils), linked to this year's tables
     * where they are the same people, so that a figure is withheld with the counts it would reveal. The status is
     * not published when it rests on a withheld figure.
     */
    private final class ProgressPart implements ReportPublication.Part {
        static final String MALE = "progress-male-applicants";
        static final String GAP = "progress-gap-index";
        private QuantitativeTarget male;
        private QuantitativeTarget gap;
        private final List<Observation> maleSeries = new ArrayList<>();
        private final List<Observation> gapSeries = new ArrayList<>();
        private CriterionProgress maleProgress;
        private CriterionProgress gapProgress;
        private final GapIndexPart gapIndex;

        ProgressPart(GapIndexPart gapIndex) {
            this.gapIndex = gapIndex;
        }

        @Override
        public void declare(ReportPublication pub) {
            PersonView<Pupil> pupilView = PersonView.<Pupil>builder((p, dim) -> p.category(dim))
                    .score((p, o) -> score(p, o.keyStage(), o.subject())).build();
            PersonView<JobApplicant> applicantView = PersonView
                    .<JobApplicant>builder((a, dim) -> a.category(dim)).build();
            EvaluationOptions options = EvaluationOptions.defaults().withMetricOptions(OPTIONS);
            male = criterion(MALE_APPLICANTS);
            gap = criterion(ATTAINMENT_GAP);
            Measure maleMeasure = male.getMeasure();
            // The plan names no key stage, subject or unit for "the attainment gap"; read it as the DfE disadvantage
            // gap index at KS2, which is positive when disadvantaged pupils do worse, so "reduce" means a lower value.
            Measure gapMeasure = Measure.builder().kind(MeasureKind.GAP_INDEX)
                    .population(gap.getMeasure().getPopulation())
                    .focusGroup(gap.getMeasure().getFocusGroup().orElseThrow())
                    .reference(PopulationReference.REST_OF_POPULATION).addKeyStages(KeyStage.KS2)
                    .unit(MeasureUnit.INDEX).build();
            List<Evaluation> gapEvaluations = new ArrayList<>();
            for (SyntheticTrust.Year y : trust.history()) {
                maleSeries.add(evaluate(maleMeasure, y.applicants(), applicantView, applicantDate(y.year()), options));
                gapEvaluations.add(MeasureEvaluator.evaluate(gapMeasure, y.ks2(), pupilView, resultsDate(y.year()),
                        options));
            }
            List<Pupil> ks2Now = cohort(KeyStage.KS2);
            maleSeries.add(evaluate(maleMeasure, trust.applicants(), applicantView,
                    applicantDate(SyntheticTrust.CURRENT_YEAR), options));
            gapEvaluations.add(MeasureEvaluator.evaluate(gapMeasure, ks2Now, pupilView,
                    resultsDate(SyntheticTrust.CURRENT_YEAR), options));
            gapEvaluations.forEach(e -> gapSeries.add(e.getObservation()));
            ProgressRecord record = ProgressRecord.builder().asOf(AS_OF)
                    .addSeries(ObservationSeries.of(MALE_APPLICANTS, maleSeries))
                    .addSeries(ObservationSeries.of(ATTAINMENT_GAP, gapSeries)).build();
            ProgressReport report = ProgressEvaluator.evaluate(plan, record, AS_OF, ProgressOptions.defaults());
            ProgressReport gapReport = ProgressEvaluator.evaluate(readAsGapIndex(gap, gapMeasure), record, AS_OF,
                    ProgressOptions.defaults());
            maleProgress = find(report, MALE_APPLICANTS);
            gapProgress = find(gapReport, ATTAINMENT_GAP);

            // The criterion counts male applicants: each year's figure is a count of people.
            List<String> years = new ArrayList<>();
            List<long[]> men = new ArrayList<>();
            for (Observation o : maleSeries) {
                if (available(o)) {
                    long m = o.getValue().orElseThrow().longValueExact();
                    years.add(year(o));
                    men.add(new long[] {m});
                }
            }
            if (!years.isEmpty()) {
                pub.builder().table(MALE, "Male applicants for support staff roles, by year")
                        .rows(years.toArray(new String[0])).columns(TOTAL).counts(men.toArray(new long[0][])).add();
                String now = Integer.toString(SyntheticTrust.CURRENT_YEAR);
                int i = years.indexOf(now);
                if (i >= 0) {
                    long allMen = trust.applicants().stream()
                            .filter(a -> a.category("sex").map(c -> c.getCode().equals("male")).orElse(false))
                            .count();
                    pub.linkIfEqual(ref(MALE, now, TOTAL), men.get(i)[0], ref(Recruitment.applied(Dimensions.SEX),
                            "Male", TOTAL), allMen);
                }
            }
            List<String> gapYears = new ArrayList<>();
            List<long[]> groups = new ArrayList<>();
            for (int k = 0; k < gapSeries.size(); k++) {
                Observation o = gapSeries.get(k);
                if (available(o)) {
                    Evaluation e = gapEvaluations.get(k);
                    long d = e.getFocusN();
                    long other = e.getReferenceN().orElseThrow();
                    if (d + other != o.getSampleSize().getAsInt()) {
                        throw new IllegalStateException("the gap index of " + year(o) + " rests on "
                                + o.getSampleSize().getAsInt() + " pupils, not " + d + " and " + other);
                    }
                    gapYears.add(year(o));
                    groups.add(new long[] {d, other});
                }
            }
            if (!gapYears.isEmpty()) {
                pub.builder().table(GAP, "Pupils with a KS2 result by disadvantage, by year")
                        .rows(gapYears.toArray(new String[0])).columns("Disadvantaged", "Other")
                        .counts(groups.toArray(new long[0][])).totalColumn().add();
                for (int k = 0; k < gapYears.size(); k++) {
                    String y = gapYears.get(k);
                    Observation o = gapSeries.stream().filter(x -> year(x).equals(y)).findFirst().orElseThrow();
                    pub.builder().figure("progress/gap/" + y, FigureKind.DIFFERENCE,
                            Fmt.num(o.getValue().orElseThrow().doubleValue(), 2))
                            .denominator(ref(GAP, y, "Disadvantaged")).dependsOn(ref(GAP, y, "Other")).add();
                }
                String now = Integer.toString(SyntheticTrust.CURRENT_YEAR);
                int i = gapYears.indexOf(now);
                if (i >= 0) {
                    pub.linkIfEqual(ref(GAP, now, "Disadvantaged"), groups.get(i)[0],
                            ref(GapIndexPart.TABLE, "KS2", "Disadvantaged"),
                            gapIndex.results[0].getDisadvantagedCount());
                    pub.linkIfEqual(ref(GAP, now, "Other"), groups.get(i)[1], ref(GapIndexPart.TABLE, "KS2", "Other"),
                            gapIndex.results[0].getOtherCount());
                }
            }
        }

        @Override
        public Section render(ReportPublication pub) {
            List<Figure> figures = new ArrayList<>();
            figures.add(progressFigure(pub, male, "Male applicants for support staff roles", MALE, "progress/male/",
                    maleSeries, maleProgress));
            figures.add(progressFigure(pub, gap, "KS2 disadvantage gap index", GAP, "progress/gap/", gapSeries,
                    gapProgress));
            return new Section("progress", "Progress on our equality objectives", List.of(
                    "Yearly figures for " + (SyntheticTrust.CURRENT_YEAR - 2) + " to " + SyntheticTrust.CURRENT_YEAR
                            + " for the objectives that can be measured, judged as of " + Fmt.date(AS_OF) + ". The"
                            + " plan states no starting values, so the earliest year serves as the starting point."),
                    figures);
        }
    }

    private static boolean available(Observation o) {
        return o.getStatus() == ObservationStatus.AVAILABLE && o.getValue().isPresent()
                && o.getSampleSize().isPresent();
    }

    private static String year(Observation o) {
        return Integer.toString(o.getDate().getYear());
    }

    /**
     * The attainment-gap criterion restated on the measure this report uses for it, in a plan of its own with the
     * same period, action time frame, text, direction and target, so that "by 10%" is read for an index (relative),
     * not offered as percentage points of a measure whose unit the plan never stated.
     */
    private EqualityPlan readAsGapIndex(QuantitativeTarget gap, Measure gapMeasure) {
        Objective objective = plan.getObjectives().stream()
                .filter(o -> o.getActions().stream().anyMatch(a -> a.getSuccessCriteria().contains(gap)))
                .findFirst().orElseThrow();
        Action action = objective.getActions().stream().filter(a -> a.getSuccessCriteria().contains(gap))
                .findFirst().orElseThrow();
        QuantitativeTarget restated = QuantitativeTarget.builder().id(gap.getId()).text(gap.getText())
                .measure(gapMeasure).direction(gap.getDirection()).target(gap.getTarget())
                .baseline(gap.getBaseline()).deadline(gap.getDeadline()).build();
        return EqualityPlan.builder().organisation(plan.getOrganisation()).jurisdiction(plan.getJurisdiction())
                .period(plan.getPeriod())
                .addObjectives(Objective.builder().id(objective.getId()).title(objective.getTitle())
                        .addActions(Action.builder().description(action.getDescription())
                                .timeFrame(action.getTimeFrame()).addSuccessCriteria(restated).build())
                        .build())
                .build();
    }

    private static LocalDate resultsDate(int year) {
        return LocalDate.of(year, 7, 31);
    }

    private static LocalDate applicantDate(int year) {
        return LocalDate.of(year, 8, 31);
    }

    private static OptionalDouble score(Pupil p, KeyStage ks, Subject subject) {
        if (ks == KeyStage.KS2 && p.ks2().isPresent()) {
            return subject == Subject.READING ? OptionalDouble.of(p.ks2().get().reading())
                    : subject == Subject.MATHS ? OptionalDouble.of(p.ks2().get().maths()) : OptionalDouble.empty();
        }
        if (ks == KeyStage.KS4 && p.ks4().isPresent()) {
            return subject == Subject.ENGLISH ? OptionalDouble.of(p.ks4().get().english())
                    : subject == Subject.MATHS ? OptionalDouble.of(p.ks4().get().maths()) : OptionalDouble.empty();
        }
        return OptionalDouble.empty();
    }

    private static <T> Observation evaluate(Measure m, List<T> records, PersonView<T> view, LocalDate date,
            EvaluationOptions options) {
        Evaluation e = MeasureEvaluator.evaluate(m, records, view, date, options);
        return e.getObservation();
    }

    private QuantitativeTarget criterion(String id) {
        List<QuantitativeTarget> found = new ArrayList<>();
        plan.forEachCriterion((path, c) -> {
            if (c.getId().equals(id)) {
                c.accept(new SuccessCriterion.Visitor<Void>() {
                    @Override
                    public Void quantitative(QuantitativeTarget q) {
                        found.add(q);
                        return null;
                    }

                    @Override
                    public Void milestone(Milestone m) {
                        return null;
                    }

                    @Override
                    public Void qualitative(QualitativeCriterion q) {
                        return null;
                    }
                });
            }
        });
        if (found.size() != 1) {
            throw new IllegalStateException("the Soke plan has no quantitative criterion " + id);
        }
        return found.get(0);
    }

    private static CriterionProgress find(ProgressReport report, String id) {
        return report.getCriteria().stream().filter(c -> c.getCriterionId().equals(id)).findFirst().orElseThrow();
    }

    /** A progress status in words. */
    static String progressStatus(CriterionProgress p) {
        return switch (p.getStatus()) {
            case ACHIEVED -> "achieved";
            case ON_TRACK -> "on track";
            case OFF_TRACK -> "not on track";
            case INCONCLUSIVE -> "too early to say: the figures do not yet show a clear change";
            case NOT_YET_DUE -> "not yet due";
            case NO_DATA -> "no figures yet";
            case NOT_MEASURABLE -> "cannot be measured from these figures";
            case DONE -> "done";
            case OVERDUE -> "overdue";
            case EVIDENCE_RECORDED -> "evidence recorded";
            case NO_EVIDENCE -> "no evidence recorded yet";
        };
    }


    private static Figure progressFigure(ReportPublication pub, QuantitativeTarget q, String valueName,
            String table, String prefix, List<Observation> series, CriterionProgress progress) {
        List<Row> rows = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        int decimals = table.equals(ProgressPart.GAP) ? 2 : 0;
        boolean anyWithheld = false;
        for (Observation o : series) {
            String year = year(o);
            String date = Fmt.date(o.getDate());
            if (available(o)) {
                String value = table.equals(ProgressPart.MALE) ? pub.count(table, year, TOTAL)
                        : pub.figure(prefix + year);
                String n = pub.count(table, year, TOTAL);
                boolean withheld = value.equals(C) || n.equals(C);
                anyWithheld |= withheld;
                rows.add(new Row(List.of(year, date, value, n, withheld ? WITHHELD : ""),
                        withheld ? RowKind.SUPPRESSED : RowKind.SHOWN));
                points.add(withheld ? noValue(year, C, 0) : new Point(year,
                        OptionalDouble.of(o.getValue().orElseThrow().doubleValue()), OptionalDouble.empty(),
                        OptionalDouble.empty(), "", List.of()));
            } else if (o.getStatus() == ObservationStatus.SUPPRESSED) {
                anyWithheld = true;
                rows.add(new Row(List.of(year, date, C, C, WITHHELD), RowKind.SUPPRESSED));
                points.add(noValue(year, C, 0));
            } else {
                rows.add(new Row(List.of(year, date, X, X, "not available"), RowKind.UNAVAILABLE));
                points.add(noValue(year, X, 0));
            }
        }
        List<Guide> guides = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add("Objective: \"" + q.getText() + "\"");
        // A status judged from a withheld figure, or a target worked out from one (the plan states no starting
        // value, so "by 20%" is read from the earliest year), would tell something of it: neither is published.
        String target = anyWithheld ? null
                : progress.getTarget().map(t -> Fmt.num(t.getValue().doubleValue(), decimals)).orElse(null);
        if (target != null) {
            guides.add(new Guide("Target: " + target, progress.getTarget().orElseThrow().getValue().doubleValue()));
        }
        String deadline = q.getDeadline().isPresent() ? ", to be reached by " + Fmt.date(q.getDeadline().get()) : "";
        notes.add(anyWithheld
                ? "Progress and target: not published, because they would rest on a figure that is withheld."
                : "Progress: " + progressStatus(progress) + "." + (target == null ? ""
                        : " The target is " + target + deadline + "."));
        Table t = new Table(List.of("Year", "Date", valueName, "People", "Note"), rows);
        Chart chart = new Chart(valueName + " by year",
                "Yearly values of " + valueName.toLowerCase(Locale.UK) + (target == null ? "."
                        : ", with the target of " + target + " as a dashed line."),
                valueName, points, guides, List.of(), true);
        return new Figure("progress-" + q.getId().replace('.', '-'), valueName, notes, t, Optional.of(chart));
    }
}
