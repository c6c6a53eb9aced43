package org.equalityduty.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimension;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.progress.CriterionProgress;
import org.equalityduty.core.progress.ProgressEvaluator;
import org.equalityduty.core.progress.ProgressOptions;
import org.equalityduty.core.progress.ProgressReport;
import org.equalityduty.examples.report.ReportModel.Chart;
import org.equalityduty.examples.report.ReportModel.Figure;
import org.equalityduty.examples.report.ReportModel.Guide;
import org.equalityduty.examples.report.ReportModel.Point;
import org.equalityduty.examples.report.ReportModel.Report;
import org.equalityduty.examples.report.ReportModel.Row;
import org.equalityduty.examples.report.ReportModel.RowKind;
import org.equalityduty.examples.report.ReportModel.Section;
import org.equalityduty.examples.report.ReportModel.Table;
import org.equalityduty.metrics.results.BenchmarkComparison;
import org.equalityduty.metrics.accumulators.GapIndex;
import org.equalityduty.metrics.results.GapIndexResult;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.functions.Gaps;
import org.equalityduty.metrics.accumulators.CategoryCounts;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.MetricStatus;
import org.equalityduty.metrics.functions.Representation;
import org.equalityduty.metrics.accumulators.Selection;
import org.equalityduty.metrics.results.ShareResult;
import org.equalityduty.metrics.results.StageRate;
import org.equalityduty.metrics.measures.Evaluation;
import org.equalityduty.metrics.measures.EvaluationOptions;
import org.equalityduty.metrics.measures.MeasureEvaluator;
import org.equalityduty.metrics.measures.PersonView;
import org.equalityduty.testkit.JobApplicant;
import org.equalityduty.testkit.Pupil;
import org.equalityduty.testkit.StaffMember;

/**
 * Computes the report model from a synthetic trust: every figure through the equality-metrics and equality-core
 * APIs, every number formatted once, every small count suppressed before it reaches a cell.
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

    private ReportBuilder(SyntheticTrust trust, EqualityPlan plan) {
        this.trust = trust;
        this.plan = plan;
    }

    /** One attainment outcome the testkit provides. */
    private record Outcome(String id, String title, KeyStage keyStage, String unit, int decimals,
            ToDoubleFunction<Pupil> score, Predicate<Pupil> met, boolean rate) {
        boolean has(Pupil p) {
            return keyStage == KeyStage.KS2 ? p.ks2().isPresent() : p.ks4().isPresent();
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
     * Builds the report.
     *
     * @param trust  the synthetic trust, not null
     * @param soke  the Soke seed plan, whose measurable criteria are tracked, not null
     * @return the report model, not null
     */
    public static Report build(SyntheticTrust trust, EqualityPlan soke) {
        return new ReportBuilder(trust, soke).report();
    }

    private Report report() {
        List<Section> sections = new ArrayList<>();
        sections.add(schools());
        sections.add(attainment());
        sections.add(gapIndex());
        sections.add(staffBySexAndRole());
        sections.add(workforce());
        sections.add(disclosure());
        sections.add(recruitment());
        sections.add(progress());
        int pupils = trust.pupils().size();
        List<String> intro = List.of(
                "This is an example of the equality information an academy trust publishes each year. It describes"
                        + " an invented trust of " + trust.schools().size() + " schools, " + pupils + " pupils, "
                        + trust.staff().size() + " staff and " + trust.applicants().size() + " job applicants in "
                        + SyntheticTrust.CURRENT_YEAR + ": no real school, pupil or member of staff is described.",
                "Each group is compared with everyone else in the same cohort who has a result. A gap is the group's"
                        + " figure minus the others' figure: a negative gap means the group's figure is lower. The"
                        + " 95% confidence interval is the range of gaps the data are consistent with.",
                "To protect the people it describes, this report never shows a number of people from 1 to "
                        + (PUBLICATION_MINIMUM - 1) + ". Such a number, and every figure worked out from it, is"
                        + " shown as " + C + ", and so are other rows wherever a withheld number could otherwise be"
                        + " worked out from a total.");
        List<String> footnotes = List.of(
                ReportModel.SUPPRESSED_MEANING,
                ReportModel.UNAVAILABLE_MEANING,
                "Gaps in average scores come with a Welch confidence interval; gaps in percentages with a Newcombe"
                        + " interval; shares and rates with a Wilson interval. Percentages are rounded to one"
                        + " decimal place, half up.",
                "The local population figures are illustrative values for this example, not census figures.",
                "Invented data: no real school, pupil or member of staff is described.");
        return new Report("Equality information " + SyntheticTrust.CURRENT_YEAR, DEMO_ORGANISATION, PUBLISHED_ON,
                intro, sections, footnotes);
    }

    // ------------------------------------------------------------------ schools

    private Section schools() {
        List<Row> rows = new ArrayList<>();
        for (SyntheticTrust.School s : trust.schools()) {
            rows.add(new Row(List.of(s.organisation().getName(), s.organisation().getUrn().orElseThrow(), s.phase(), Fmt.count(s.pupils().size()),
                    Fmt.count(s.staff().size())), RowKind.SHOWN));
        }
        Table table = new Table(List.of("School", "URN", "Phase", "Pupils", "Staff"), rows);
        return new Section("schools", "The trust's schools", List.of(
                "Results are reported for the trust as a whole: school cohorts are too small to report by group."),
                List.of(new Figure("schools-table", "Schools, pupils on roll and staff", List.of(), table,
                        Optional.empty())));
    }

    // --------------------------------------------------------------- attainment

    private Section attainment() {
        List<Figure> figures = new ArrayList<>();
        List<Pupil> pupils = trust.pupils();
        for (Outcome o : OUTCOMES) {
            List<Pupil> cohort = pupils.stream().filter(o::has).toList();
            figures.add(gapFigure(o, cohort));
        }
        return new Section("attainment", "Attainment gaps", List.of(
                "Each group is compared with all other pupils in the same key stage with a result (one group"
                        + " against the rest, the DfE convention for disadvantage). KS2: year 6 of the primary"
                        + " schools; KS4: year 11 of the secondary schools. Attainment 8 and writing are not"
                        + " reported in this example. Combined groups (all minority ethnic groups; any special"
                        + " educational needs) are shown beside the detailed ones, so that a figure can be published"
                        + " for them when the detailed groups are too small."), figures);
    }

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

    private Figure gapFigure(Outcome o, List<Pupil> cohort) {
        List<Row> rows = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        double scale = o.rate() ? 100 : 1;
        for (Dimension d : PUPIL_DIMENSIONS) {
            List<Category> cats = d.getCategories();
            List<GapResult> results = new ArrayList<>();
            List<long[]> counts = new ArrayList<>();
            long[] sizes = new long[cats.size()];
            for (int i = 0; i < cats.size(); i++) {
                Category c = cats.get(i);
                Predicate<Pupil> in = p -> c.equals(p.categories().get(d.getId()));
                GapResult g = gap(o, cohort, in);
                results.add(g);
                sizes[i] = g.getFocusN();
                counts.add(gapCounts(o, g));
            }
            BitSet hidden = Suppression.rows(counts, sizes, PUBLICATION_MINIMUM);
            for (int i = 0; i < cats.size(); i++) {
                gapRow(o, shortLabel(d), cats.get(i).getLabel(), results.get(i), hidden.get(i),
                        !MIRRORS.contains(cats.get(i).getCode()), rows, points, scale);
            }
            for (Combined comb : COMBINED) {
                if (!comb.dimensionId().equals(d.getId())) {
                    continue;
                }
                Predicate<Pupil> in = p -> p.category(d.getId()).map(c -> comb.codes().contains(c.getCode()))
                        .orElse(false);
                GapResult g = gap(o, cohort, in);
                // Published beside the detailed rows, the combined size splits the withheld rows into those inside
                // and those outside it: publish it only when neither side then holds exactly one withheld row.
                int inside = 0;
                int outside = 0;
                for (int i = 0; i < cats.size(); i++) {
                    if (hidden.get(i)) {
                        if (comb.codes().contains(cats.get(i).getCode())) {
                            inside++;
                        } else {
                            outside++;
                        }
                    }
                }
                boolean small = false;
                for (long c : gapCounts(o, g)) {
                    small |= c > 0 && c < PUBLICATION_MINIMUM;
                }
                gapRow(o, shortLabel(d), comb.label(), g, small || inside == 1 || outside == 1, true, rows, points,
                        scale);
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
        return new Figure("gap-" + o.id(), o.title(), List.of(cohort.size() + " pupils with a result."), table,
                Optional.of(chart));
    }

    private static GapResult gap(Outcome o, List<Pupil> cohort, Predicate<Pupil> in) {
        return o.rate() ? Gaps.proportionGap(cohort, in, o.met(), OPTIONS) : Gaps.meanGap(cohort, in, o.score(), OPTIONS);
    }

    /** The counts that must not be small: the group, the others, and for a rate those who met it and not. */
    private static long[] gapCounts(Outcome o, GapResult g) {
        if (o.rate()) {
            long met = g.getFocusNumerator().orElse(0);
            return new long[] {g.getFocusN(), g.getReferenceN(), met, g.getFocusN() - met};
        }
        return new long[] {g.getFocusN(), g.getReferenceN()};
    }

    private static void gapRow(Outcome o, String characteristic, String group, GapResult g, boolean hidden,
            boolean charted, List<Row> rows, List<Point> points, double scale) {
        String label = characteristic + ": " + group;
        Point point;
        if (hidden || g.getStatus() == MetricStatus.BELOW_MINIMUM_GROUP_SIZE) {
            rows.add(new Row(List.of(characteristic, group, C, C, C, C, C, WITHHELD), RowKind.SUPPRESSED));
            point = noValue(label, C, 0);
        } else if (!g.hasValue()) {
            rows.add(new Row(List.of(characteristic, group, Fmt.count(g.getFocusN()), X, X, X, X,
                    status(g.getStatus(), g.getReason())), RowKind.UNAVAILABLE));
            point = noValue(label, X, 0);
        } else {
            rows.add(new Row(List.of(characteristic, group, Fmt.count(g.getFocusN()),
                    Fmt.num(scale * g.getFocusValue().orElseThrow(), o.decimals()),
                    Fmt.num(scale * g.getReferenceValue().orElseThrow(), o.decimals()),
                    Fmt.signed(scale * g.getEstimate(), o.decimals()),
                    Fmt.interval(scale * g.getLower(), scale * g.getUpper(), o.decimals()), ""), RowKind.SHOWN));
            point = new Point(label, OptionalDouble.of(scale * g.getEstimate()), OptionalDouble.of(scale * g.getLower()),
                    OptionalDouble.of(scale * g.getUpper()), "", List.of());
        }
        if (charted && g.getFocusN() > 0) {
            points.add(point);
        }
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

    private Section gapIndex() {
        List<Pupil> pupils = trust.pupils();
        GapIndexResult ks2 = GapIndex.ks2().addAll(pupils.stream().filter(p -> p.ks2().isPresent()).toList(),
                p -> p.ks2().orElseThrow().reading() + p.ks2().orElseThrow().maths(), Pupil::disadvantaged)
                .result(OPTIONS);
        GapIndexResult ks4 = GapIndex.ks4().addAll(pupils.stream().filter(p -> p.ks4().isPresent()).toList(),
                p -> p.ks4().orElseThrow().averageGrade().doubleValue(), Pupil::disadvantaged).result(OPTIONS);
        List<Row> rows = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        gapIndexRow("KS2 (reading + maths scaled score)", ks2, rows, points);
        gapIndexRow("KS4 (average English and maths grade)", ks4, rows, points);
        Table table = new Table(List.of("Key stage", "Disadvantaged pupils", "Other pupils",
                "Average percentile rank, disadvantaged", "Average percentile rank, others", "Gap index", "Note"), rows);
        Chart chart = new Chart("DfE disadvantage gap index, KS2 and KS4",
                "The DfE disadvantage gap index for each key stage, from 0 (no gap) to 10 (every disadvantaged pupil"
                        + " below every other pupil); the index has no confidence interval.",
                "Gap index", points, List.of(), List.of(), true);
        return new Section("gap-index", "DfE disadvantage gap index", List.of(
                "Every pupil with a result is ranked by attainment from 0 (lowest) to 100 (highest); pupils with"
                        + " the same result share the same rank. The index is a fifth of the difference between the"
                        + " other pupils' average rank and the disadvantaged pupils' average rank: 0 means no gap, 10"
                        + " means every disadvantaged pupil is below every other pupil."),
                List.of(new Figure("gap-index-figure", "Disadvantage gap index", List.of(), table,
                        Optional.of(chart))));
    }

    private static void gapIndexRow(String label, GapIndexResult r, List<Row> rows, List<Point> points) {
        boolean small = (r.getDisadvantagedCount() > 0 && r.getDisadvantagedCount() < PUBLICATION_MINIMUM)
                || (r.getOtherCount() > 0 && r.getOtherCount() < PUBLICATION_MINIMUM);
        if (small || r.getStatus() == MetricStatus.BELOW_MINIMUM_GROUP_SIZE) {
            rows.add(new Row(List.of(label, C, C, C, C, C, WITHHELD), RowKind.SUPPRESSED));
            points.add(noValue(label, C, 0));
        } else if (!r.hasValue()) {
            rows.add(new Row(List.of(label, Fmt.count(r.getDisadvantagedCount()), Fmt.count(r.getOtherCount()), X, X,
                    X, status(r.getStatus(), r.getReason())), RowKind.UNAVAILABLE));
            points.add(noValue(label, X, 0));
        } else {
            rows.add(new Row(List.of(label, Fmt.count(r.getDisadvantagedCount()), Fmt.count(r.getOtherCount()),
                    Fmt.num(100 * r.getMeanPercentileRankDisadvantaged(), 1),
                    Fmt.num(100 * r.getMeanPercentileRankOthers(), 1),
                    Fmt.num(r.getIndex(), 2), ""), RowKind.SHOWN));
            points.add(new Point(label, OptionalDouble.of(r.getIndex()), OptionalDouble.empty(),
                    OptionalDouble.empty(), "", List.of()));
        }
    }

    // ---------------------------------------------------------------- workforce

    private Section staffBySexAndRole() {
        List<StaffTables.Person> people = trust.staff().stream()
                .map(s -> new StaffTables.Person(Optional.of(s.sex()), Optional.of(s.role()))).toList();
        return new Section("staff", "Staff by sex and role", List.of(
                "How many women and men work in each kind of role across the trust."),
                List.of(StaffTables.sexByRole(people, PUBLICATION_MINIMUM)));
    }

    private Section workforce() {
        List<Category> all = Dimensions.ETHNIC_GROUP.getCategories();
        List<Category> known = all.stream().filter(Category::isKnown).toList();
        CategoryCounts<Category> staff = CategoryCounts.over(all).addAll(trust.staff(),
                s -> s.category("ethnic_group").orElseThrow());
        CategoryCounts<Category> pupils = CategoryCounts.over(all).addAll(trust.pupils(),
                p -> p.category("ethnic_group").orElseThrow());
        long staffKnown = known.stream().mapToLong(staff::getCount).sum();
        long pupilsKnown = known.stream().mapToLong(pupils::getCount).sum();
        List<long[]> counts = new ArrayList<>();
        long[] sizes = new long[known.size()];
        for (int i = 0; i < known.size(); i++) {
            sizes[i] = staff.getCount(known.get(i));
            counts.add(new long[] {sizes[i]});
        }
        BitSet hidden = Suppression.rows(counts, sizes, PUBLICATION_MINIMUM);
        List<Row> rows = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        int hiddenMinority = 0;
        long staffMinority = 0;
        long pupilMinority = 0;
        double benchMinority = 0;
        for (int i = 0; i < known.size(); i++) {
            Category c = known.get(i);
            representationRow(c.getLabel(), staff.getCount(c), staffKnown, pupils.getCount(c), pupilsKnown,
                    LOCAL_BENCHMARK[i], hidden.get(i), rows, points);
            if (!c.getCode().equals("white")) {
                hiddenMinority += hidden.get(i) ? 1 : 0;
                staffMinority += staff.getCount(c);
                pupilMinority += pupils.getCount(c);
                benchMinority += LOCAL_BENCHMARK[i];
            }
        }
        // The combined row splits the withheld rows into minority and White: publish it only when that split
        // leaves no single withheld row on either side.
        boolean whiteHidden = hidden.get(0);
        representationRow("All minority ethnic groups combined", staffMinority, staffKnown, pupilMinority,
                pupilsKnown, benchMinority, hiddenMinority == 1 || whiteHidden
                        || (staffMinority > 0 && staffMinority < PUBLICATION_MINIMUM)
                        || (staffKnown - staffMinority > 0 && staffKnown - staffMinority < PUBLICATION_MINIMUM),
                rows, points);
        Table table = new Table(List.of("Ethnic group", "Staff", "Staff %", "95% confidence interval", "Pupil roll %",
                BENCHMARK_LABEL + " %", "Staff minus local (percentage points)", "Note"), rows);
        Chart chart = new Chart("Staff by ethnic group against the pupil roll and the local population",
                "Share of staff of known ethnicity in each major ethnic group, with 95% confidence intervals,"
                        + " against the share of pupils on roll and an illustrative local population benchmark.",
                "Share (%)", points, List.of(), List.of("Pupil roll", BENCHMARK_LABEL), false,
                "Staff, with the 95% confidence interval");
        return new Section("workforce", "Workforce representation", List.of(
                "Shares are of the " + staffKnown + " staff and " + pupilsKnown + " pupils whose ethnicity is known;"
                        + " people who refused or whose ethnicity was not obtained are left out of the breakdown, as"
                        + " in the school workforce census, and the disclosure rate is given in the next section."),
                List.of(new Figure("workforce-ethnicity", "Staff by ethnic group", List.of(
                        "The local population figures are illustrative values for this example, not census data."),
                        table, Optional.of(chart))));
    }

    private static void representationRow(String label, long staffCount, long staffKnown, long pupilCount,
            long pupilsKnown, double bench, boolean hidden, List<Row> rows, List<Point> points) {
        boolean pupilHidden = pupilCount > 0 && pupilCount < PUBLICATION_MINIMUM;
        double roll = (double) pupilCount / pupilsKnown;
        String rollCell = pupilHidden ? C : Fmt.pct(roll, 1);
        OptionalDouble rollMarker = pupilHidden ? OptionalDouble.empty() : OptionalDouble.of(100 * roll);
        BenchmarkComparison cmp = Representation.compareToBenchmark(staffCount, staffKnown, bench, OPTIONS);
        ShareResult share = cmp.share();
        if (hidden || share.status() == MetricStatus.BELOW_MINIMUM_GROUP_SIZE) {
            rows.add(new Row(List.of(label, C, C, C, rollCell, Fmt.pct(bench, 1), C, WITHHELD),
                    RowKind.SUPPRESSED));
            points.add(new Point(label, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), C, List.of(rollMarker, OptionalDouble.of(100 * bench))));
        } else if (!share.hasValue()) {
            rows.add(new Row(List.of(label, Fmt.count(staffCount), X, X, rollCell,
                    Fmt.pct(bench, 1), X, status(share.status(), share.reason())), RowKind.UNAVAILABLE));
            points.add(new Point(label, OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), X, List.of(rollMarker, OptionalDouble.of(100 * bench))));
        } else {
            rows.add(new Row(List.of(label, Fmt.count(staffCount), Fmt.pct(share.share(), 1),
                    Fmt.interval(100 * share.lower(), 100 * share.upper(), 1), rollCell, Fmt.pct(bench, 1),
                    Fmt.signed(cmp.percentagePointGap().orElseThrow(), 1), ""), RowKind.SHOWN));
            points.add(new Point(label, OptionalDouble.of(100 * share.share()),
                    OptionalDouble.of(100 * share.lower()), OptionalDouble.of(100 * share.upper()), "",
                    List.of(rollMarker, OptionalDouble.of(100 * bench))));
        }
    }

    // --------------------------------------------------------------- disclosure

    private Section disclosure() {
        List<Row> rows = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        disclosureRow("Pupils", "Ethnicity", trust.pupils(), p -> p.category("ethnic_group").orElseThrow(), rows, points);
        disclosureRow("Pupils", "First language", trust.pupils(), p -> p.category("eal").orElseThrow(), rows, points);
        disclosureRow("Staff", "Ethnicity", trust.staff(), (StaffMember s) -> s.category("ethnic_group").orElseThrow(), rows,
                points);
        disclosureRow("Staff", "Disability", trust.staff(), (StaffMember s) -> s.category("disability").orElseThrow(), rows,
                points);
        disclosureRow("Applicants", "Ethnicity", trust.applicants(), (JobApplicant a) -> a.category("ethnic_group").orElseThrow(),
                rows, points);
        disclosureRow("Applicants", "Disability", trust.applicants(), (JobApplicant a) -> a.category("disability").orElseThrow(),
                rows, points);
        Table table = new Table(List.of("People", "Characteristic", "Recorded", "Total", "Disclosure rate %",
                "95% confidence interval", "Note"), rows);
        Chart chart = new Chart("Disclosure rates", "Share of people whose characteristic is known (not refused and"
                + " not 'information not obtained'), with 95% confidence intervals.", "Disclosure rate (%)", points,
                List.of(), List.of(), true);
        return new Section("disclosure", "Disclosure rates", List.of(
                "Refused and not obtained are recorded as categories in their own right; the disclosure rate is the"
                        + " share of people with a known value."),
                List.of(new Figure("disclosure-rates", "Disclosure rates", List.of(), table, Optional.of(chart))));
    }

    private static <T> void disclosureRow(String people, String what, List<T> records,
            java.util.function.Function<T, Category> category, List<Row> rows, List<Point> points) {
        long known = records.stream().filter(r -> category.apply(r).isKnown()).count();
        long total = records.size();
        ShareResult r = Representation.disclosureRate(known, total, OPTIONS);
        long notKnown = total - known;
        String label = people + ": " + what;
        boolean small = (known > 0 && known < PUBLICATION_MINIMUM) || (notKnown > 0 && notKnown < PUBLICATION_MINIMUM)
                || r.status() == MetricStatus.BELOW_MINIMUM_GROUP_SIZE;
        if (small) {
            rows.add(new Row(List.of(people, what, C, C, C, C, WITHHELD), RowKind.SUPPRESSED));
            points.add(noValue(label, C, 0));
        } else if (!r.hasValue()) {
            rows.add(new Row(List.of(people, what, Fmt.count(known), Fmt.count(total), X, X,
                    status(r.status(), r.reason())), RowKind.UNAVAILABLE));
            points.add(noValue(label, X, 0));
        } else {
            rows.add(new Row(List.of(people, what, Fmt.count(known), Fmt.count(total), Fmt.pct(r.share(), 1),
                    Fmt.interval(100 * r.lower(), 100 * r.upper(), 1), ""), RowKind.SHOWN));
            points.add(new Point(label, OptionalDouble.of(100 * r.share()), OptionalDouble.of(100 * r.lower()),
                    OptionalDouble.of(100 * r.upper()), "", List.of()));
        }
    }

    // -------------------------------------------------------------- recruitment

    private Section recruitment() {
        List<String> stages = List.of("applied", "shortlisted", "appointed");
        List<Figure> figures = new ArrayList<>();
        for (int s = 1; s < stages.size(); s++) {
            List<Row> rows = new ArrayList<>();
            List<Point> points = new ArrayList<>();
            for (Dimension d : APPLICANT_DIMENSIONS) {
                Selection<Category> sel = Selection.<Category>over(d.getCategories(), stages)
                        .addAll(trust.applicants(), a -> a.categories().get(d.getId()), a -> a.stage().ordinal());
                String stage = stages.get(s);
                List<StageRate<Category>> rates = sel.rates(OPTIONS).stream().filter(r -> r.stage().equals(stage))
                        .toList();
                List<long[]> counts = new ArrayList<>();
                long[] sizes = new long[rates.size()];
                for (int i = 0; i < rates.size(); i++) {
                    StageRate<Category> r = rates.get(i);
                    sizes[i] = r.considered();
                    counts.add(new long[] {r.considered(), r.selected(), r.considered() - r.selected()});
                }
                BitSet hidden = Suppression.rows(counts, sizes, PUBLICATION_MINIMUM);
                // A ratio against a suppressed comparator would reveal the comparator's rate: withhold the ratios.
                boolean comparatorHidden = false;
                for (int i = 0; i < rates.size(); i++) {
                    comparatorHidden |= rates.get(i).mostSelected() && hidden.get(i);
                }
                for (int i = 0; i < rates.size(); i++) {
                    StageRate<Category> r = rates.get(i);
                    String group = r.group().getLabel();
                    String label = d.getLabel() + ": " + group;
                    if (hidden.get(i) || r.status() == MetricStatus.BELOW_MINIMUM_GROUP_SIZE) {
                        rows.add(new Row(List.of(d.getLabel(), group, C, C, C, C, C, C, WITHHELD),
                                RowKind.SUPPRESSED));
                        points.add(noValue(label, C, 0));
                    } else if (r.rate().isEmpty()) {
                        rows.add(new Row(List.of(d.getLabel(), group, Fmt.count(r.considered()),
                                Fmt.count(r.selected()), X, X, X, X, status(r.status(), r.reason())),
                                RowKind.UNAVAILABLE));
                        points.add(noValue(label, X, 0));
                    } else {
                        ShareResult w = Representation.share(r.selected(), r.considered(), OPTIONS);
                        String air = comparatorHidden ? C : r.adverseImpactRatio().isPresent()
                                ? Fmt.num(r.adverseImpactRatio().getAsDouble(), 2)
                                        + (r.mostSelected() ? " (highest rate)" : "") : X;
                        String flag = comparatorHidden ? C : r.belowFourFifths() ? "yes" : "no";
                        // No word on why the ratio is withheld: saying so would tell which withheld group ranks first.
                        String why = "";
                        rows.add(new Row(List.of(d.getLabel(), group, Fmt.count(r.considered()),
                                Fmt.count(r.selected()), Fmt.pct(r.rate().getAsDouble(), 1),
                                Fmt.interval(100 * w.lower(), 100 * w.upper(), 1), air, flag, why), RowKind.SHOWN));
                        points.add(new Point(label, OptionalDouble.of(100 * r.rate().getAsDouble()),
                                OptionalDouble.of(100 * w.lower()), OptionalDouble.of(100 * w.upper()), "",
                                List.of()));
                    }
                }
                for (Combined comb : COMBINED) {
                    if (comb.dimensionId().equals(d.getId())) {
                        combinedSelectionRow(d.getLabel(), comb, rates, hidden, rows, points);
                    }
                }
            }
            String from = stages.get(s - 1);
            String to = stages.get(s);
            Table table = new Table(List.of("Characteristic", "Group", "Considered (" + from + ")",
                    "Selected (" + to + ")", "Selection rate %", "95% confidence interval", "Adverse impact ratio",
                    "Below four-fifths", "Note"), rows);
            Chart chart = new Chart("Selection rate from " + from + " to " + to,
                    "Share of each group's " + from + " applicants who were " + to
                            + ", with 95% confidence intervals.", "Selection rate (%)", points, List.of(), List.of(),
                    false);
            figures.add(new Figure("selection-" + to, "Selection rates: " + from + " to " + to, List.of(
                    "Adverse impact ratio: the group's rate over the highest rate among groups of at least "
                            + PUBLICATION_MINIMUM + "; below 0.80 fails the four-fifths rule, a screening heuristic,"
                            + " not a finding of discrimination."), table, Optional.of(chart)));
        }
        return new Section("recruitment", "Recruitment: selection rates by stage", List.of(
                "Each applicant is counted once, at the furthest stage reached, among the " + trust.applicants().size()
                        + " applicants to the trust in the year to August " + SyntheticTrust.CURRENT_YEAR + "."),
                figures);
    }

    /**
     * The combined group's selection rate, beside the detailed rows: withheld when one of its counts is small, or
     * when it would leave exactly one withheld detailed row inside it or outside it (that row could be worked out).
     * No adverse impact ratio: the combined group is not one of the groups compared.
     */
    private static void combinedSelectionRow(String characteristic, Combined comb, List<StageRate<Category>> rates,
            BitSet hidden, List<Row> rows, List<Point> points) {
        long considered = 0;
        long selected = 0;
        int inside = 0;
        int outside = 0;
        for (int i = 0; i < rates.size(); i++) {
            boolean in = comb.codes().contains(rates.get(i).group().getCode());
            if (in) {
                considered += rates.get(i).considered();
                selected += rates.get(i).selected();
            }
            if (hidden.get(i)) {
                if (in) {
                    inside++;
                } else {
                    outside++;
                }
            }
        }
        String label = characteristic + ": " + comb.label();
        boolean small = false;
        for (long c : new long[] {considered, selected, considered - selected}) {
            small |= c > 0 && c < PUBLICATION_MINIMUM;
        }
        if (small || inside == 1 || outside == 1) {
            rows.add(new Row(List.of(characteristic, comb.label(), C, C, C, C, C, C, WITHHELD), RowKind.SUPPRESSED));
            points.add(noValue(label, C, 0));
        } else if (considered == 0) {
            rows.add(new Row(List.of(characteristic, comb.label(), "0", "0", X, X, X, X, "no one in this group"),
                    RowKind.UNAVAILABLE));
            points.add(noValue(label, X, 0));
        } else {
            ShareResult w = Representation.share(selected, considered, OPTIONS);
            rows.add(new Row(List.of(characteristic, comb.label(), Fmt.count(considered), Fmt.count(selected),
                    Fmt.pct((double) selected / considered, 1), Fmt.interval(100 * w.lower(), 100 * w.upper(), 1),
                    "not compared", "not compared", ""), RowKind.SHOWN));
            points.add(new Point(label, OptionalDouble.of(100.0 * selected / considered),
                    OptionalDouble.of(100 * w.lower()), OptionalDouble.of(100 * w.upper()), "", List.of()));
        }
    }

    // ----------------------------------------------------------------- progress

    private Section progress() {
        PersonView<Pupil> pupilView = PersonView.<Pupil>builder((p, dim) -> p.category(dim))
                .score((p, o) -> score(p, o.keyStage(), o.subject())).build();
        PersonView<JobApplicant> applicantView = PersonView
                .<JobApplicant>builder((a, dim) -> a.category(dim)).build();
        EvaluationOptions options = EvaluationOptions.defaults().withMetricOptions(OPTIONS);
        QuantitativeTarget male = criterion(MALE_APPLICANTS);
        QuantitativeTarget gap = criterion(ATTAINMENT_GAP);
        Measure maleMeasure = male.getMeasure();
        // The plan names no key stage, subject or unit for "the attainment gap"; read it as the DfE disadvantage
        // gap index at KS2, which is positive when disadvantaged pupils do worse, so "reduce" means a lower value.
        Measure gapMeasure = Measure.builder().kind(MeasureKind.GAP_INDEX).population(gap.getMeasure().getPopulation())
                .focusGroup(gap.getMeasure().getFocusGroup().orElseThrow())
                .reference(PopulationReference.REST_OF_POPULATION).addKeyStages(KeyStage.KS2)
                .unit(MeasureUnit.INDEX).build();
        List<Observation> maleSeries = new ArrayList<>();
        List<Observation> gapSeries = new ArrayList<>();
        for (SyntheticTrust.Year y : trust.history()) {
            maleSeries.add(evaluate(maleMeasure, y.applicants(), applicantView, applicantDate(y.year()), options));
            gapSeries.add(evaluate(gapMeasure, y.ks2(), pupilView, resultsDate(y.year()), options));
        }
        List<Pupil> ks2Now = trust.pupils().stream().filter(p -> p.ks2().isPresent()).toList();
        maleSeries.add(evaluate(maleMeasure, trust.applicants(), applicantView,
                applicantDate(SyntheticTrust.CURRENT_YEAR), options));
        gapSeries.add(evaluate(gapMeasure, ks2Now, pupilView, resultsDate(SyntheticTrust.CURRENT_YEAR), options));
        ProgressRecord record = ProgressRecord.builder().asOf(AS_OF)
                .addSeries(ObservationSeries.of(MALE_APPLICANTS, maleSeries))
                .addSeries(ObservationSeries.of(ATTAINMENT_GAP, gapSeries)).build();
        ProgressReport report = ProgressEvaluator.evaluate(plan, record, AS_OF, ProgressOptions.defaults());
        ProgressReport gapReport = ProgressEvaluator.evaluate(readAsGapIndex(gap, gapMeasure), record, AS_OF,
                ProgressOptions.defaults());
        List<Figure> figures = new ArrayList<>();
        figures.add(progressFigure(male, "Male applicants for support staff roles", 0, maleSeries,
                find(report, MALE_APPLICANTS)));
        figures.add(progressFigure(gap, "KS2 disadvantage gap index", 2, gapSeries, find(gapReport, ATTAINMENT_GAP)));
        return new Section("progress", "Progress on our equality objectives", List.of(
                "Yearly figures for " + (SyntheticTrust.CURRENT_YEAR - 2) + " to " + SyntheticTrust.CURRENT_YEAR
                        + " for the objectives that can be measured, judged as of " + Fmt.date(AS_OF) + ". The plan"
                        + " states no starting values, so the earliest year serves as the starting point."), figures);
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

    private static Figure progressFigure(QuantitativeTarget q, String valueName, int decimals,
            List<Observation> series, CriterionProgress progress) {
        List<Row> rows = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (Observation o : series) {
            String year = Integer.toString(o.getDate().getYear());
            String date = Fmt.date(o.getDate());
            if (o.getStatus() == ObservationStatus.AVAILABLE) {
                double v = o.getValue().orElseThrow().doubleValue();
                String n = o.getSampleSize().isPresent() ? Fmt.count(o.getSampleSize().getAsInt()) : X;
                rows.add(new Row(List.of(year, date, Fmt.num(v, decimals), n, ""), RowKind.SHOWN));
                points.add(new Point(year, OptionalDouble.of(v), OptionalDouble.empty(), OptionalDouble.empty(), "",
                        List.of()));
            } else if (o.getStatus() == ObservationStatus.SUPPRESSED) {
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
        String target = progress.getTarget().map(t -> Fmt.num(t.getValue().doubleValue(), decimals)).orElse(null);
        progress.getTarget().ifPresent(t -> guides.add(new Guide("Target: " + target, t.getValue().doubleValue())));
        notes.add("Progress: " + progressStatus(progress) + "." + (target == null ? ""
                : " The target is " + target + (q.getDeadline().isPresent()
                        ? ", to be reached by " + Fmt.date(q.getDeadline().get()) : "") + "."));
        Table table = new Table(List.of("Year", "Date", valueName, "People", "Note"), rows);
        Chart chart = new Chart(valueName + " by year",
                "Yearly values of " + valueName.toLowerCase(Locale.UK) + (target == null ? "."
                        : ", with the target of " + target + " as a dashed line."),
                valueName, points, guides, List.of(), true);
        return new Figure("progress-" + q.getId().replace('.', '-'), valueName, notes, table, Optional.of(chart));
    }
}
