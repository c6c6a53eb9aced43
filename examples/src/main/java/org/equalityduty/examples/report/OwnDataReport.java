package org.equalityduty.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimensions;
import java.util.OptionalDouble;
import org.equalityduty.examples.report.ReportModel.Chart;
import org.equalityduty.examples.report.ReportModel.Figure;
import org.equalityduty.examples.report.ReportModel.Point;
import org.equalityduty.examples.report.ReportModel.Report;
import org.equalityduty.examples.report.ReportModel.Row;
import org.equalityduty.examples.report.ReportModel.RowKind;
import org.equalityduty.examples.report.ReportModel.Section;
import org.equalityduty.examples.report.ReportModel.Table;
import org.equalityduty.imports.ApplicantRow;
import org.equalityduty.imports.GapScore;
import org.equalityduty.imports.ImportSummary;
import org.equalityduty.imports.SchoolGaps;
import org.equalityduty.imports.StaffRow;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.measures.ApplicantStage;

/**
 * The equality information of a trust's own data, read by equality-import: per-school and trust disadvantage gaps
 * (streamed from the pupils file), staff by sex and by role, disclosure of ethnicity, and recruitment by sex, into
 * the same report model (and so the same HTML and Markdown renderings) as the synthetic trust. Every count from 1
 * to 9 is suppressed with its row, and one more row where a single suppressed row could be worked out from a total.
 *
 * <p>Every figure table of attainment, staff and recruitment has a chart beside it, as in the demo report.
 */
public final class OwnDataReport {
    private static final int K = ReportBuilder.PUBLICATION_MINIMUM;
    private static final MetricOptions OPTIONS = MetricOptions.defaults().withMinimumGroupSize(K);
    private static final String C = ReportModel.SUPPRESSED;
    private static final String X = ReportModel.UNAVAILABLE;

    /**
     * What was read from the trust's files.
     *
     * @param gaps the pupils' disadvantage gaps by school, not null
     * @param pupils the pupils file's summary, not null
     * @param pupilEthnicityKnown the number of pupils with a known ethnicity (not refused, not obtained or blank)
     * @param staff the staff, not null
     * @param staffSummary the staff file's summary, not null
     * @param applicants the applicants, not null
     * @param applicantSummary the applicants file's summary, not null
     */
    public record Data(SchoolGaps gaps, ImportSummary pupils, long pupilEthnicityKnown, List<StaffRow> staff,
            ImportSummary staffSummary, List<ApplicantRow> applicants, ImportSummary applicantSummary) {
        /**
         * Checks and copies the components.
         *
         * @param gaps the gaps
         * @param pupils the pupils summary
         * @param pupilEthnicityKnown the count
         * @param staff the staff
         * @param staffSummary the staff summary
         * @param applicants the applicants
         * @param applicantSummary the applicants summary
         */
        public Data {
            Objects.requireNonNull(gaps, "gaps");
            Objects.requireNonNull(pupils, "pupils");
            staff = List.copyOf(staff);
            Objects.requireNonNull(staffSummary, "staffSummary");
            applicants = List.copyOf(applicants);
            Objects.requireNonNull(applicantSummary, "applicantSummary");
        }
    }

    private OwnDataReport() {
    }

    /**
     * Builds the report.
     *
     * @param organisation the trust's or school's name, not null
     * @param publishedOn the publication date, not null
     * @param data what was read, not null
     * @return the report model, not null
     */
    public static Report build(String organisation, LocalDate publishedOn, Data data) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(publishedOn, "publishedOn");
        List<Section> sections = List.of(schools(data), attainment(data), workforce(data), disclosure(data),
                recruitment(data));
        List<String> intro = List.of(
                "This is the equality information of " + organisation + ", about "
                        + data.pupils().getRowsUsed() + " pupils, " + data.staff().size() + " staff and "
                        + data.applicants().size() + " job applicants.",
                "A gap is the disadvantaged pupils' average minus the other pupils' average in the same school: a"
                        + " negative gap means disadvantaged pupils score lower. The 95% confidence interval is the"
                        + " range of gaps the data are consistent with.",
                "To protect the people it describes, this report never shows a number of people from 1 to " + (K - 1)
                        + ". Such a number, and every figure worked out from it, is shown as " + C + ", and so are"
                        + " other rows wherever a withheld number could otherwise be worked out from a total.");
        List<String> footnotes = List.of(
                ReportModel.SUPPRESSED_MEANING,
                ReportModel.UNAVAILABLE_MEANING,
                "Gaps in averages come with a Welch confidence interval. Shares are percentages of the people with a"
                        + " value recorded, rounded to one decimal place, half up.");
        return new Report("Equality information: " + organisation, organisation, publishedOn, intro, sections,
                footnotes);
    }

    private static Section schools(Data data) {
        Map<String, Long> staffBySchool = new TreeMap<>();
        for (StaffRow s : data.staff()) {
            staffBySchool.merge(s.getSchoolUrn(), 1L, Long::sum);
        }
        List<Row> rows = new ArrayList<>();
        for (String urn : data.gaps().getSchools()) {
            rows.add(new Row(List.of(urn, Fmt.count(data.gaps().getPupilCount(urn)),
                    Fmt.count(staffBySchool.getOrDefault(urn, 0L))), RowKind.SHOWN));
        }
        return new Section("schools", "Schools", List.of("Pupils on roll and staff by school (URN)."),
                List.of(new Figure("schools-table", "Pupils and staff by school", List.of(),
                        new Table(List.of("School URN", "Pupils", "Staff"), rows), Optional.empty())));
    }

    private static Section attainment(Data data) {
        SchoolGaps gaps = data.gaps();
        List<Figure> figures = new ArrayList<>();
        for (GapScore score : GapScore.values()) {
            List<GapResult> results = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (String urn : gaps.getSchools()) {
                results.add(gaps.meanGap(urn, score, OPTIONS));
                labels.add(urn);
            }
            GapResult trust = gaps.trustMeanGap(score, OPTIONS);
            if (trust.getFocusN() + trust.getReferenceN() == 0) {
                continue;
            }
            List<long[]> counts = new ArrayList<>();
            long[] sizes = new long[results.size()];
            for (int i = 0; i < results.size(); i++) {
                GapResult r = results.get(i);
                counts.add(new long[] {r.getFocusN(), r.getReferenceN()});
                sizes[i] = r.getFocusN() + r.getReferenceN();
            }
            BitSet hidden = Suppression.rows(counts, sizes, K);
            List<Row> rows = new ArrayList<>();
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                if (sizes[i] > 0) {
                    rows.add(gapRow(labels.get(i), results.get(i), hidden.get(i), points));
                }
            }
            rows.add(gapRow("All schools", trust, isSmall(trust.getFocusN()) || isSmall(trust.getReferenceN()),
                    points));
            String title = score.getLabel() + ": disadvantaged pupils and the others";
            Chart chart = new Chart(score.getLabel() + ": gap between disadvantaged pupils and the others",
                    "For each school and for all schools together, the disadvantaged pupils' average minus the"
                            + " other pupils' average, with its 95% confidence interval; a negative gap means"
                            + " disadvantaged pupils score lower. Withheld schools are marked " + C + ".",
                    "Gap", points, List.of(), List.of(), false);
            figures.add(new Figure("gap-" + score.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    title, List.of(), new Table(List.of("School", "Disadvantaged", "Others", "Disadvantaged average",
                            "Others' average", "Gap", "95% confidence interval"), rows), Optional.of(chart)));
        }
        return new Section("attainment", "Attainment of disadvantaged pupils", List.of(
                "Pupils with a result and a recorded disadvantage flag; disadvantaged means eligible for free school"
                        + " meals in the last six years, looked after or adopted from care."), figures);
    }

    private static Point noValue(String label, String note) {
        return new Point(label, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), note,
                List.of());
    }

    private static Point bar(String label, double value) {
        return new Point(label, OptionalDouble.of(value), OptionalDouble.empty(), OptionalDouble.empty(), "",
                List.of());
    }

    private static Point relabel(Point p, String label) {
        return new Point(label, p.value(), p.lower(), p.upper(), p.note(), p.markers());
    }

    private static boolean isSmall(long n) {
        return n > 0 && n < K;
    }

    private static Row gapRow(String label, GapResult r, boolean hidden, List<Point> points) {
        if (hidden) {
            points.add(new Point(label, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), C,
                    List.of()));
            return new Row(List.of(label, C, C, C, C, C, C), RowKind.SUPPRESSED);
        }
        String focus = Fmt.count(r.getFocusN());
        String rest = Fmt.count(r.getReferenceN());
        if (!r.hasValue()) {
            points.add(new Point(label, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), X,
                    List.of()));
            return new Row(List.of(label, focus, rest, X, X, X, X), RowKind.UNAVAILABLE);
        }
        points.add(new Point(label, OptionalDouble.of(r.getEstimate()), OptionalDouble.of(r.getLower()),
                OptionalDouble.of(r.getUpper()), "", List.of()));
        return new Row(List.of(label, focus, rest, Fmt.num(r.getFocusValue().orElseThrow(), 1),
                Fmt.num(r.getReferenceValue().orElseThrow(), 1), Fmt.signed(r.getEstimate(), 1),
                Fmt.interval(r.getLower(), r.getUpper(), 1)), RowKind.SHOWN);
    }

    private static Section workforce(Data data) {
        List<StaffTables.Person> people = data.staff().stream()
                .map(s -> new StaffTables.Person(s.getSex(), s.getRole())).toList();
        return new Section("workforce", "Staff by sex and role", List.of(
                "How many women and men work in each kind of role."),
                List.of(StaffTables.sexByRole(people, K)));
    }

    private static Section disclosure(Data data) {
        long staffKnown = data.staff().stream().filter(s -> s.getCategory("ethnicity").map(Category::isKnown)
                .orElse(false)).count();
        long applicantsKnown = data.applicants().stream().filter(a -> a.getCategory("ethnicity")
                .map(Category::isKnown).orElse(false)).count();
        List<Row> rows = List.of(
                disclosureRow("Pupils", data.pupilEthnicityKnown(), data.pupils().getRowsUsed()),
                disclosureRow("Staff", staffKnown, data.staff().size()),
                disclosureRow("Applicants", applicantsKnown, data.applicants().size()));
        return new Section("disclosure", "Ethnicity recorded", List.of(
                "People whose ethnicity is known: not refused, not yet obtained and not blank."),
                List.of(new Figure("disclosure-table", "Ethnicity recorded", List.of(),
                        new Table(List.of("Group", "Known", "All", "Known %"), rows), Optional.empty())));
    }

    private static Row disclosureRow(String label, long known, long all) {
        if (isSmall(known) || isSmall(all - known)) {
            return new Row(List.of(label, C, C, C), RowKind.SUPPRESSED);
        }
        return new Row(List.of(label, Fmt.count(known), Fmt.count(all),
                all == 0 ? X : Fmt.pct((double) known / all, 1)), all == 0 ? RowKind.UNAVAILABLE : RowKind.SHOWN);
    }

    private static Section recruitment(Data data) {
        Map<String, long[]> bySex = new LinkedHashMap<>();
        bySex.put("Women", new long[3]);
        bySex.put("Men", new long[3]);
        Category female = Dimensions.SEX.category("female");
        for (ApplicantRow a : data.applicants()) {
            if (a.getSex().isEmpty() || a.getStage().isEmpty()) {
                continue;
            }
            long[] c = bySex.get(a.getSex().get().equals(female) ? "Women" : "Men");
            c[0]++;
            if (a.getStage().get().hasReached(ApplicantStage.SHORTLISTED)) {
                c[1]++;
            }
            if (a.getStage().get() == ApplicantStage.APPOINTED) {
                c[2]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        List<Point> shortlisted = new ArrayList<>();
        List<Point> appointed = new ArrayList<>();
        for (Map.Entry<String, long[]> e : bySex.entrySet()) {
            long[] c = e.getValue();
            if (isSmall(c[0]) || isSmall(c[1]) || isSmall(c[2]) || isSmall(c[0] - c[1]) || isSmall(c[1] - c[2])) {
                rows.add(new Row(List.of(e.getKey(), C, C, C, C, C), RowKind.SUPPRESSED));
                shortlisted.add(noValue(e.getKey(), C));
                appointed.add(noValue(e.getKey(), C));
            } else if (c[0] == 0) {
                rows.add(new Row(List.of(e.getKey(), "0", "0", "0", X, X), RowKind.UNAVAILABLE));
                shortlisted.add(noValue(e.getKey(), X));
                appointed.add(noValue(e.getKey(), X));
            } else {
                rows.add(new Row(List.of(e.getKey(), Fmt.count(c[0]), Fmt.count(c[1]), Fmt.count(c[2]),
                        Fmt.pct((double) c[1] / c[0], 1), Fmt.pct((double) c[2] / c[0], 1)), RowKind.SHOWN));
                shortlisted.add(bar(e.getKey(), 100.0 * c[1] / c[0]));
                appointed.add(bar(e.getKey(), 100.0 * c[2] / c[0]));
            }
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < shortlisted.size(); i++) {
            points.add(relabel(shortlisted.get(i), shortlisted.get(i).label() + ": shortlisted"));
            points.add(relabel(appointed.get(i), appointed.get(i).label() + ": appointed"));
        }
        Chart chart = new Chart("Share of applicants shortlisted and appointed, by sex",
                "Percentage of each sex's applicants who were shortlisted and who were appointed. Withheld groups"
                        + " are marked " + C + ".", "Applicants (%)", points, List.of(), List.of(), true);
        return new Section("recruitment", "Recruitment by sex", List.of(
                "Each applicant is counted once, at the furthest stage reached."),
                List.of(new Figure("recruitment-table", "Applicants, shortlisted and appointed by sex", List.of(),
                        new Table(List.of("Sex", "Applied", "Shortlisted", "Appointed", "Shortlisted %",
                                "Appointed %"), rows), Optional.of(chart))));
    }
}
