package org.equalityduty.examples.report;

import java.time.LocalDate;
import static org.equalityduty.examples.report.ReportPublication.ref;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.disclosure.FigureKind;
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
 * the same report model (and so the same HTML and Markdown renderings) as the synthetic trust. Every table of
 * counts and every figure worked out from them is published through equality-disclosure ({@link ReportPublication}):
 * declared with its totals and links (the same school's groups in several score tables, the numbers of pupils, staff
 * and applicants the introduction quotes), protected once as a whole, then rendered from the protected publication.
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
        return publish(organisation, publishedOn, data).report();
    }

    /**
     * Builds the report and keeps the publication it was protected as (for the intruder tests).
     *
     * @param organisation the name
     * @param publishedOn the date
     * @param data what was read
     * @return the report and its publication
     */
    static ReportBuilder.Published publish(String organisation, LocalDate publishedOn, Data data) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(data, "data");
        ReportPublication pub = new ReportPublication();
        Schools schools = new Schools(data);
        Attainment attainment = new Attainment(data);
        Recruitment recruitment = new Recruitment(data);
        Disclosure disclosure = new Disclosure(data);
        Staff staff = new Staff(data);
        for (ReportPublication.Part p : List.of(schools, attainment, recruitment, disclosure, staff)) {
            p.declare(pub);
        }
        pub.protect();
        List<Section> sections = new ArrayList<>();
        for (ReportPublication.Part p : List.<ReportPublication.Part>of(schools, attainment, staff, disclosure,
                recruitment)) {
            sections.add(p.render(pub));
        }
        List<String> intro = List.of(
                "This is the equality information of " + organisation + ", about "
                        + pub.count(Disclosure.TABLE, "Pupils", TOTAL) + " pupils, "
                        + pub.count(Disclosure.TABLE, "Staff", TOTAL) + " staff and "
                        + pub.count(Disclosure.TABLE, "Applicants", TOTAL) + " job applicants.",
                "A gap is the disadvantaged pupils' average minus the other pupils' average in the same school: a"
                        + " negative gap means disadvantaged pupils score lower. The 95% confidence interval is the"
                        + " range of gaps the data are consistent with.",
                ReportBuilder.protectionParagraph());
        List<String> footnotes = List.of(
                ReportModel.SUPPRESSED_MEANING,
                ReportModel.UNAVAILABLE_MEANING,
                "Gaps in averages come with a Welch confidence interval. Shares are percentages of the people with a"
                        + " value recorded, rounded to one decimal place, half up.");
        Report report = new Report("Equality information: " + organisation, organisation, publishedOn, intro,
                sections, footnotes);
        return new ReportBuilder.Published(report, pub.publication(), pub.protectedPublication());
    }

    private static final String TOTAL = "Total";

    /** Pupils on roll and staff by school. */
    private static final class Schools implements ReportPublication.Part {
        static final String TABLE = "schools";
        private final Data data;
        private final Map<String, Long> staffBySchool = new TreeMap<>();

        Schools(Data data) {
            this.data = data;
            for (StaffRow s : data.staff()) {
                staffBySchool.merge(s.getSchoolUrn(), 1L, Long::sum);
            }
        }

        @Override
        public void declare(ReportPublication pub) {
            List<String> urns = data.gaps().getSchools();
            if (urns.isEmpty()) {
                return;
            }
            long[][] counts = new long[urns.size()][];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = new long[] {data.gaps().getPupilCount(urns.get(i)),
                    staffBySchool.getOrDefault(urns.get(i), 0L)};
            }
            pub.builder().table(TABLE, "Pupils and staff by school").rows(urns.toArray(new String[0]))
                    .columns("Pupils", "Staff").counts(counts).totalRow().add();
        }

        @Override
        public Section render(ReportPublication pub) {
            List<Row> rows = new ArrayList<>();
            for (String urn : data.gaps().getSchools()) {
                List<String> cells = List.of(urn, pub.count(TABLE, urn, "Pupils"), pub.count(TABLE, urn, "Staff"));
                rows.add(new Row(cells, cells.contains(C) ? RowKind.SUPPRESSED : RowKind.SHOWN));
            }
            return new Section("schools", "Schools", List.of("Pupils on roll and staff by school (URN)."),
                    List.of(new Figure("schools-table", "Pupils and staff by school", List.of(),
                            new Table(List.of("School URN", "Pupils", "Staff"), rows), Optional.empty())));
        }
    }

    /** Per-school and trust disadvantage gaps, one table of group sizes per score. */
    private static final class Attainment implements ReportPublication.Part {
        private final Data data;
        private final List<GapScore> scores = new ArrayList<>();

        Attainment(Data data) {
            this.data = data;
        }

        private static String table(GapScore score) {
            return "gap-" + score.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        @Override
        public void declare(ReportPublication pub) {
            SchoolGaps gaps = data.gaps();
            List<String> urns = gaps.getSchools();
            for (GapScore score : GapScore.values()) {
                GapResult trust = gaps.trustMeanGap(score, OPTIONS);
                if (trust.getFocusN() + trust.getReferenceN() == 0 || urns.isEmpty()) {
                    continue;
                }
                scores.add(score);
                long[][] n = new long[urns.size()][];
                long focus = 0;
                long rest = 0;
                for (int i = 0; i < n.length; i++) {
                    GapResult r = gaps.meanGap(urns.get(i), score, OPTIONS);
                    n[i] = new long[] {r.getFocusN(), r.getReferenceN()};
                    focus += r.getFocusN();
                    rest += r.getReferenceN();
                }
                if (focus != trust.getFocusN() || rest != trust.getReferenceN()) {
                    throw new IllegalStateException("the trust's groups are not the sum of its schools' for "
                            + score.getLabel());
                }
                String id = table(score);
                pub.builder().table(id, score.getLabel() + ": disadvantaged pupils and the others")
                        .rows(urns.toArray(new String[0])).columns("Disadvantaged", "Others").counts(n).totalRow()
                        .add();
                for (int i = 0; i <= urns.size(); i++) {
                    String row = i < urns.size() ? urns.get(i) : TOTAL;
                    declareFigures(pub, id, row, i < urns.size() ? gaps.meanGap(urns.get(i), score, OPTIONS) : trust);
                }
                // The same school's groups with another score are, when their sizes agree, the same pupils.
                for (GapScore earlier : scores.subList(0, scores.size() - 1)) {
                    for (int i = 0; i <= urns.size(); i++) {
                        String row = i < urns.size() ? urns.get(i) : TOTAL;
                        GapResult a = i < urns.size() ? gaps.meanGap(urns.get(i), score, OPTIONS) : trust;
                        GapResult b = i < urns.size() ? gaps.meanGap(urns.get(i), earlier, OPTIONS)
                                : gaps.trustMeanGap(earlier, OPTIONS);
                        pub.linkIfEqual(ref(id, row, "Disadvantaged"), a.getFocusN(),
                                ref(table(earlier), row, "Disadvantaged"), b.getFocusN());
                        pub.linkIfEqual(ref(id, row, "Others"), a.getReferenceN(), ref(table(earlier), row, "Others"),
                                b.getReferenceN());
                    }
                }
            }
        }

        private static void declareFigures(ReportPublication pub, String id, String row, GapResult r) {
            String f = id + "/" + row;
            pub.builder().figure(f + "/disadvantaged", FigureKind.MEAN,
                    r.hasValue() ? Fmt.num(r.getFocusValue().orElseThrow(), 1) : X)
                    .denominator(ref(id, row, "Disadvantaged")).add();
            pub.builder().figure(f + "/others", FigureKind.MEAN,
                    r.hasValue() ? Fmt.num(r.getReferenceValue().orElseThrow(), 1) : X)
                    .denominator(ref(id, row, "Others")).add();
            pub.builder().figure(f + "/gap", FigureKind.DIFFERENCE, r.hasValue() ? Fmt.signed(r.getEstimate(), 1) : X)
                    .dependsOnFigures(f + "/disadvantaged", f + "/others").add();
            pub.builder().figure(f + "/ci", FigureKind.INTERVAL,
                    r.hasValue() ? Fmt.interval(r.getLower(), r.getUpper(), 1) : X).dependsOnFigures(f + "/gap").add();
        }

        @Override
        public Section render(ReportPublication pub) {
            SchoolGaps gaps = data.gaps();
            List<Figure> figures = new ArrayList<>();
            for (GapScore score : scores) {
                String id = table(score);
                List<Row> rows = new ArrayList<>();
                List<Point> points = new ArrayList<>();
                for (String urn : gaps.getSchools()) {
                    GapResult r = gaps.meanGap(urn, score, OPTIONS);
                    if (r.getFocusN() + r.getReferenceN() > 0) {
                        rows.add(gapRow(pub, id, urn, urn, r, points));
                    }
                }
                rows.add(gapRow(pub, id, TOTAL, "All schools", gaps.trustMeanGap(score, OPTIONS), points));
                String title = score.getLabel() + ": disadvantaged pupils and the others";
                Chart chart = new Chart(score.getLabel() + ": gap between disadvantaged pupils and the others",
                        "For each school and for all schools together, the disadvantaged pupils' average minus the"
                                + " other pupils' average, with its 95% confidence interval; a negative gap means"
                                + " disadvantaged pupils score lower. Withheld schools are marked " + C + ".",
                        "Gap", points, List.of(), List.of(), false);
                figures.add(new Figure(id, title, List.of(), new Table(List.of("School", "Disadvantaged", "Others",
                        "Disadvantaged average", "Others' average", "Gap", "95% confidence interval"), rows),
                        Optional.of(chart)));
            }
            return new Section("attainment", "Attainment of disadvantaged pupils", List.of(
                    "Pupils with a result and a recorded disadvantage flag; disadvantaged means eligible for free"
                            + " school meals in the last six years, looked after or adopted from care."), figures);
        }

        private static Row gapRow(ReportPublication pub, String id, String row, String label, GapResult r,
                List<Point> points) {
            String f = id + "/" + row;
            List<String> cells = List.of(label, pub.count(id, row, "Disadvantaged"), pub.count(id, row, "Others"),
                    pub.figure(f + "/disadvantaged"), pub.figure(f + "/others"), pub.figure(f + "/gap"),
                    pub.figure(f + "/ci"));
            boolean withheld = cells.contains(C);
            if (pub.shown(f + "/gap") && r.hasValue()) {
                points.add(new Point(label, OptionalDouble.of(r.getEstimate()), OptionalDouble.of(r.getLower()),
                        OptionalDouble.of(r.getUpper()), "", List.of()));
            } else {
                points.add(noValue(label, withheld ? C : X));
            }
            return new Row(cells, withheld ? RowKind.SUPPRESSED : cells.contains(X) ? RowKind.UNAVAILABLE
                    : RowKind.SHOWN);
        }
    }

    private static Point noValue(String label, String note) {
        return new Point(label, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), note,
                List.of());
    }

    private static Point relabel(Point p, String label) {
        return new Point(label, p.value(), p.lower(), p.upper(), p.note(), p.markers());
    }

    /** Staff by sex and role. */
    private static final class Staff implements ReportPublication.Part {
        private final StaffTables tables;

        Staff(Data data) {
            tables = new StaffTables(data.staff().stream()
                    .map(s -> new StaffTables.Person(s.getSex(), s.getRole())).toList());
        }

        @Override
        public void declare(ReportPublication pub) {
            tables.declare(pub, Optional.of(ref(Disclosure.TABLE, "Staff", TOTAL)));
        }

        @Override
        public Section render(ReportPublication pub) {
            return new Section("workforce", "Staff by sex and role", List.of(
                    "How many women and men work in each kind of role."), List.of(tables.figure(pub)));
        }
    }

    /** Ethnicity recorded, for pupils, staff and applicants; its totals are the numbers the introduction quotes. */
    private static final class Disclosure implements ReportPublication.Part {
        static final String TABLE = "disclosure";
        private static final String[] ROWS = {"Pupils", "Staff", "Applicants"};
        private final Data data;

        Disclosure(Data data) {
            this.data = data;
        }

        @Override
        public void declare(ReportPublication pub) {
            long staffKnown = data.staff().stream().filter(s -> s.getCategory("ethnicity").map(Category::isKnown)
                    .orElse(false)).count();
            long applicantsKnown = data.applicants().stream().filter(a -> a.getCategory("ethnicity")
                    .map(Category::isKnown).orElse(false)).count();
            long pupils = data.pupils().getRowsUsed();
            long[][] counts = {{data.pupilEthnicityKnown(), pupils - data.pupilEthnicityKnown()},
                {staffKnown, data.staff().size() - staffKnown}, {applicantsKnown, data.applicants().size()
                    - applicantsKnown}};
            pub.builder().table(TABLE, "Ethnicity recorded").rows(ROWS).columns("Known", "Not known").counts(counts)
                    .totalColumn().add();
            for (String r : ROWS) {
                pub.builder().published(ref(TABLE, r, TOTAL));
                pub.builder().percentage(TABLE + "/" + r, ref(TABLE, r, "Known"), ref(TABLE, r, TOTAL), 1);
            }
            if (!data.gaps().getSchools().isEmpty()) {
                long schoolPupils = data.gaps().getSchools().stream().mapToLong(data.gaps()::getPupilCount).sum();
                pub.linkIfEqual(ref(TABLE, "Pupils", TOTAL), pupils, ref(Schools.TABLE, TOTAL, "Pupils"),
                        schoolPupils);
                long schoolStaff = 0;
                for (StaffRow s : data.staff()) {
                    schoolStaff += data.gaps().getSchools().contains(s.getSchoolUrn()) ? 1 : 0;
                }
                pub.linkIfEqual(ref(TABLE, "Staff", TOTAL), data.staff().size(), ref(Schools.TABLE, TOTAL, "Staff"),
                        schoolStaff);
            }
            pub.builder().sum(ref(TABLE, "Applicants", TOTAL), ref(Recruitment.APPLIED, TOTAL, TOTAL),
                    ref(Recruitment.UNRECORDED, "Not recorded", "Applicants"));
        }

        @Override
        public Section render(ReportPublication pub) {
            List<Row> rows = new ArrayList<>();
            for (String r : ROWS) {
                List<String> cells = List.of(r, pub.count(TABLE, r, "Known"), pub.count(TABLE, r, TOTAL),
                        pub.figure(TABLE + "/" + r));
                rows.add(new Row(cells, cells.contains(C) ? RowKind.SUPPRESSED : cells.contains(X)
                        ? RowKind.UNAVAILABLE : RowKind.SHOWN));
            }
            return new Section("disclosure", "Ethnicity recorded", List.of(
                    "People whose ethnicity is known: not refused, not yet obtained and not blank."),
                    List.of(new Figure("disclosure-table", "Ethnicity recorded", List.of(),
                            new Table(List.of("Group", "Known", "All", "Known %"), rows), Optional.empty())));
        }
    }

    /** Applicants, shortlisted and appointed by sex: two tables linked by the shortlisted numbers. */
    private static final class Recruitment implements ReportPublication.Part {
        static final String APPLIED = "applied-sex";
        static final String SHORTLISTED = "shortlisted-sex";
        static final String UNRECORDED = "applicants-unrecorded";
        private static final String[] SEXES = {"Women", "Men"};
        private final Data data;

        Recruitment(Data data) {
            this.data = data;
        }

        @Override
        public void declare(ReportPublication pub) {
            long[][] c = new long[2][3];
            long unrecorded = 0;
            Category female = Dimensions.SEX.category("female");
            for (ApplicantRow a : data.applicants()) {
                if (a.getSex().isEmpty() || a.getStage().isEmpty()) {
                    unrecorded++;
                    continue;
                }
                long[] x = c[a.getSex().get().equals(female) ? 0 : 1];
                x[0]++;
                if (a.getStage().get().hasReached(ApplicantStage.SHORTLISTED)) {
                    x[1]++;
                }
                if (a.getStage().get() == ApplicantStage.APPOINTED) {
                    x[2]++;
                }
            }
            pub.builder().table(APPLIED, "Applicants by sex and whether shortlisted").rows(SEXES)
                    .columns("Shortlisted", "Not shortlisted")
                    .counts(new long[][] {{c[0][1], c[0][0] - c[0][1]}, {c[1][1], c[1][0] - c[1][1]}}).totals().add();
            pub.builder().table(SHORTLISTED, "Shortlisted applicants by sex and whether appointed").rows(SEXES)
                    .columns("Appointed", "Not appointed")
                    .counts(new long[][] {{c[0][2], c[0][1] - c[0][2]}, {c[1][2], c[1][1] - c[1][2]}}).totals().add();
            pub.builder().table(UNRECORDED, "Applicants with no sex or stage recorded").rows("Not recorded")
                    .columns("Applicants").counts(new long[][] {{unrecorded}}).add();
            for (String s : new String[] {SEXES[0], SEXES[1], TOTAL}) {
                pub.builder().link(ref(APPLIED, s, "Shortlisted"), ref(SHORTLISTED, s, TOTAL));
            }
            for (String s : SEXES) {
                pub.builder().percentage("recruitment/" + s + "/shortlisted", ref(APPLIED, s, "Shortlisted"),
                        ref(APPLIED, s, TOTAL), 1);
                pub.builder().percentage("recruitment/" + s + "/appointed", ref(SHORTLISTED, s, "Appointed"),
                        ref(APPLIED, s, TOTAL), 1);
            }
        }

        @Override
        public Section render(ReportPublication pub) {
            List<Row> rows = new ArrayList<>();
            List<Point> points = new ArrayList<>();
            for (String s : SEXES) {
                List<String> cells = List.of(s, pub.count(APPLIED, s, TOTAL), pub.count(APPLIED, s, "Shortlisted"),
                        pub.count(SHORTLISTED, s, "Appointed"), pub.figure("recruitment/" + s + "/shortlisted"),
                        pub.figure("recruitment/" + s + "/appointed"));
                boolean withheld = cells.contains(C);
                rows.add(new Row(cells, withheld ? RowKind.SUPPRESSED : cells.contains(X) ? RowKind.UNAVAILABLE
                        : RowKind.SHOWN));
                for (String stage : new String[] {"shortlisted", "appointed"}) {
                    String f = "recruitment/" + s + "/" + stage;
                    points.add(pub.shown(f) ? relabel(bar(s, Double.parseDouble(pub.figure(f))), s + ": " + stage)
                            : noValue(s + ": " + stage, pub.figure(f)));
                }
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

        private static Point bar(String label, double value) {
            return new Point(label, OptionalDouble.of(value), OptionalDouble.empty(), OptionalDouble.empty(), "",
                    List.of());
        }
    }
}
