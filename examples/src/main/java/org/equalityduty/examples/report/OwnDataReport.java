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
import org.equalityduty.examples.report.ReportModel.Figure;
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
 * <p>A minimal first version: the page's wording and layout for publication are for a later change.
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
                organisation + ": equality information published on " + publishedOn + ", from "
                        + data.pupils().getRowsUsed() + " pupils, " + data.staff().size() + " staff and "
                        + data.applicants().size() + " job applicants.",
                "A gap is the disadvantaged pupils' figure minus the other pupils' figure in the same school: a"
                        + " negative gap means disadvantaged pupils score lower. Intervals are 95% confidence"
                        + " intervals.",
                "Any count from 1 to " + (K - 1) + " is shown as " + C + ", with every figure of its row, to protect"
                        + " the people it describes.");
        List<String> footnotes = List.of(
                C + " = suppressed to protect confidentiality: a count below " + K + ", or a figure from which one"
                        + " could be worked out.",
                X + " = not available: there is no one to compare.",
                "Means: difference of means with a Welch interval. Shares: percentages of the people with a value"
                        + " recorded.");
        return new Report("Equality information: " + organisation, intro, sections, footnotes);
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
            for (int i = 0; i < results.size(); i++) {
                if (sizes[i] > 0) {
                    rows.add(gapRow(labels.get(i), results.get(i), hidden.get(i)));
                }
            }
            rows.add(gapRow("All schools", trust, isSmall(trust.getFocusN()) || isSmall(trust.getReferenceN())));
            figures.add(new Figure("gap-" + score.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    score.getLabel() + ": disadvantaged pupils and the others", List.of(),
                    new Table(List.of("School", "Disadvantaged", "Others", "Disadvantaged mean", "Others mean", "Gap",
                            "95% interval"), rows), Optional.empty()));
        }
        return new Section("attainment", "Attainment of disadvantaged pupils", List.of(
                "Pupils with a result and a recorded disadvantage flag; disadvantaged means eligible for free school"
                        + " meals in the last six years, looked after or adopted from care."), figures);
    }

    private static boolean isSmall(long n) {
        return n > 0 && n < K;
    }

    private static Row gapRow(String label, GapResult r, boolean hidden) {
        if (hidden) {
            return new Row(List.of(label, C, C, C, C, C, C), RowKind.SUPPRESSED);
        }
        String focus = Fmt.count(r.getFocusN());
        String rest = Fmt.count(r.getReferenceN());
        if (!r.hasValue()) {
            return new Row(List.of(label, focus, rest, X, X, X, X), RowKind.UNAVAILABLE);
        }
        return new Row(List.of(label, focus, rest, Fmt.num(r.getFocusValue().orElseThrow(), 1),
                Fmt.num(r.getReferenceValue().orElseThrow(), 1), Fmt.signed(r.getEstimate(), 1),
                Fmt.interval(r.getLower(), r.getUpper(), 1)), RowKind.SHOWN);
    }

    private static Section workforce(Data data) {
        Category female = Dimensions.SEX.category("female");
        Category male = Dimensions.SEX.category("male");
        Map<String, long[]> byRole = new LinkedHashMap<>();
        for (Category role : Dimensions.STAFF_ROLE.getCategories()) {
            byRole.put(role.getLabel(), new long[2]);
        }
        long[] all = new long[2];
        for (StaffRow s : data.staff()) {
            Optional<Category> sex = s.getSex();
            if (sex.isEmpty() || s.getRole().isEmpty()) {
                continue;
            }
            int i = sex.get().equals(female) ? 0 : sex.get().equals(male) ? 1 : -1;
            byRole.get(s.getRole().get().getLabel())[i]++;
            all[i]++;
        }
        List<String> labels = new ArrayList<>(byRole.keySet());
        List<long[]> counts = new ArrayList<>(byRole.values());
        long[] sizes = counts.stream().mapToLong(c -> c[0] + c[1]).toArray();
        BitSet hidden = Suppression.rows(counts, sizes, K);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (sizes[i] > 0) {
                rows.add(sexRow(labels.get(i), counts.get(i), hidden.get(i)));
            }
        }
        rows.add(sexRow("All staff", all, isSmall(all[0]) || isSmall(all[1])));
        return new Section("workforce", "Staff by sex and role", List.of(
                "Headcount of staff with a recorded sex and role."), List.of(new Figure("staff-sex-role",
                        "Staff by sex and role", List.of(), new Table(List.of("Role", "Women", "Men", "Women %"), rows),
                        Optional.empty())));
    }

    private static Row sexRow(String label, long[] c, boolean hidden) {
        if (hidden) {
            return new Row(List.of(label, C, C, C), RowKind.SUPPRESSED);
        }
        return new Row(List.of(label, Fmt.count(c[0]), Fmt.count(c[1]), Fmt.pct((double) c[0] / (c[0] + c[1]), 1)),
                RowKind.SHOWN);
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
        for (Map.Entry<String, long[]> e : bySex.entrySet()) {
            long[] c = e.getValue();
            if (isSmall(c[0]) || isSmall(c[1]) || isSmall(c[2])) {
                rows.add(new Row(List.of(e.getKey(), C, C, C, C, C), RowKind.SUPPRESSED));
            } else if (c[0] == 0) {
                rows.add(new Row(List.of(e.getKey(), "0", "0", "0", X, X), RowKind.UNAVAILABLE));
            } else {
                rows.add(new Row(List.of(e.getKey(), Fmt.count(c[0]), Fmt.count(c[1]), Fmt.count(c[2]),
                        Fmt.pct((double) c[1] / c[0], 1), Fmt.pct((double) c[2] / c[0], 1)), RowKind.SHOWN));
            }
        }
        return new Section("recruitment", "Recruitment by sex", List.of(
                "Each applicant is counted once, at the furthest stage reached."),
                List.of(new Figure("recruitment-table", "Applicants, shortlisted and appointed by sex", List.of(),
                        new Table(List.of("Sex", "Applied", "Shortlisted", "Appointed", "Shortlisted %",
                                "Appointed %"), rows), Optional.empty())));
    }
}
