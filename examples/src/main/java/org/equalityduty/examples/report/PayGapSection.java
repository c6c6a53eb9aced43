package org.equalityduty.examples.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.disclosure.CellRef;
import org.equalityduty.disclosure.FigureKind;
import org.equalityduty.disclosure.Publication;
import org.equalityduty.examples.report.ReportModel.Figure;
import org.equalityduty.examples.report.ReportModel.Row;
import org.equalityduty.examples.report.ReportModel.RowKind;
import org.equalityduty.examples.report.ReportModel.Section;
import org.equalityduty.examples.report.ReportModel.Table;
import org.equalityduty.paygap.GenderPayGap;
import org.equalityduty.paygap.GenderPayGapReport;
import org.equalityduty.paygap.GovUkChecks;
import org.equalityduty.paygap.GovUkField;
import org.equalityduty.paygap.HourlyPay;
import org.equalityduty.paygap.Notice;
import org.equalityduty.paygap.PayGapOptions;
import org.equalityduty.paygap.PayRecord;
import org.equalityduty.paygap.QuartileBand;
import org.equalityduty.paygap.Sex;
import org.equalityduty.testkit.StaffMember;
import org.jspecify.annotations.Nullable;

/**
 * The report's gender pay gap section: the six statutory figures (SI 2017/353 Schedule 1) on a snapshot date, from
 * equality-paygap, in the gov.uk service's field names. It is a {@link ReportPublication.Part}: its tables of people
 * and every figure worked out from them are declared into the report's one publication and protected with the rest
 * of the report by equality-disclosure, before anything is shown.
 *
 * <p><b>What is published.</b> Two tables of counts of people: the men and women in each pay quarter (with the
 * totals, the full-pay relevant men and women) and the men and women paid a bonus in the 12 months to the snapshot
 * date (with the relevant men and women). Each percentage reveals its numerator, so it is withheld with it, or when
 * its group has fewer than {@link ReportBuilder#PUBLICATION_MINIMUM} people. Each gap is a difference between the
 * men's and the women's pay, figures resting on the men and on the women it compares, so it is withheld when either
 * group has fewer than 10 people or is withheld. For the synthetic trust, whose full-pay relevant employees are its
 * staff, the quarters' totals are linked to the staff table's, so the audit treats them as the same people.
 * Percentages and gaps are the library's own, rounded once, half up, to one decimal place (each quarter's female
 * share is rounded and the male share is 100 minus it, as the gov.uk service requires).
 *
 * <p><b>Without data.</b> Without a snapshot date, or without employees, or when the employees cannot be used (an
 * employee listed twice), the section says so and publishes no figure.
 *
 * <p><b>The synthetic trust.</b> Its staff have an hourly rate drawn from the testkit's documented, illustrative role
 * bands ({@code StaffListConfig}), so the hourly figures can be computed from them honestly: each member of staff is
 * taken as a full-pay relevant employee paid that rate. It records no bonus pay, so the bonus figures are not computed
 * and the section says why.
 */
public final class PayGapSection implements ReportPublication.Part {
    /** The section's id (its anchor in the HTML). */
    public static final String ID = "pay-gap";
    /** The quarters table's id. */
    static final String QUARTERS = "paygap-quarters";
    /** The bonus table's id. */
    static final String BONUS = "paygap-bonus";
    private static final String MEN = "Men";
    private static final String WOMEN = "Women";
    private static final String TOTAL = "Total";
    private static final String PAID = "Paid a bonus";
    private static final String NOT_PAID = "Not paid a bonus";
    private static final String[] QUARTER_LABELS = {"Lower quarter", "Lower middle quarter", "Upper middle quarter",
        "Upper quarter"};
    private static final GovUkField[] GAPS = {GovUkField.DIFF_MEAN_HOURLY_PERCENT,
        GovUkField.DIFF_MEDIAN_HOURLY_PERCENT, GovUkField.DIFF_MEAN_BONUS_PERCENT, GovUkField.DIFF_MEDIAN_BONUS_PERCENT};
    private static final String[] GAP_NAMES = {"Mean gender pay gap in hourly pay",
        "Median gender pay gap in hourly pay", "Mean bonus gap", "Median bonus gap"};
    private static final String HEADING = "Gender pay gap";

    private final Source source;
    private final @Nullable GenderPayGapReport report;
    private final String unusable;

    /**
     * What the section is computed from.
     *
     * @param snapshot  the snapshot date, if one was given
     * @param employees  the relevant employees' pay records, if there are any
     * @param source  where the records come from, said in the section (such as "the payroll file payroll.csv"),
     *     not null
     * @param options  the calculation's options (such as bonus pay not recorded), not null
     * @param missing  what to tell the reader when there is no snapshot date or no employees, not null
     * @param staffTotals  the staff table's women and men when the employees are exactly the report's staff (the
     *     synthetic trust), to link the quarters' totals to; empty otherwise
     */
    public record Source(Optional<LocalDate> snapshot, Optional<List<PayRecord>> employees, String source,
            PayGapOptions options, String missing, Optional<StaffTotals> staffTotals) {
        /**
         * Checks the components.
         *
         * @param snapshot  the snapshot date
         * @param employees  the employees
         * @param source  the source
         * @param options  the options
         * @param missing  the text when data are missing
         * @param staffTotals  the staff table's women and men
         */
        public Source {
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(employees, "employees");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(missing, "missing");
            Objects.requireNonNull(staffTotals, "staffTotals");
            employees = employees.map(List::copyOf);
        }

        /**
         * A source not linked to the staff table.
         *
         * @param snapshot  the snapshot date, if one was given
         * @param employees  the employees, if any
         * @param source  where they come from
         * @param options  the options
         * @param missing  the text when data are missing
         */
        public Source(Optional<LocalDate> snapshot, Optional<List<PayRecord>> employees, String source,
                PayGapOptions options, String missing) {
            this(snapshot, employees, source, options, missing, Optional.empty());
        }
    }

    /**
     * The numbers of women and men in the report's staff table.
     *
     * @param women  the women
     * @param men  the men
     */
    public record StaffTotals(long women, long men) {
    }

    /**
     * Creates the section for a source; the pay gap is computed here, once.
     *
     * @param source  what it is computed from, not null
     */
    public PayGapSection(Source source) {
        this.source = Objects.requireNonNull(source, "source");
        GenderPayGapReport computed = null;
        String why = "";
        if (source.snapshot().isPresent() && source.employees().isPresent()) {
            try {
                computed = GenderPayGap.calculate(source.employees().get(), source.snapshot().get(), source.options());
            } catch (InvalidValueException e) {
                why = "There are no pay gap figures in this report: the employees cannot be used (" + e.getMessage()
                        + ").";
            }
        }
        this.report = computed;
        this.unusable = why;
    }

    /**
     * The source for the synthetic trust: its staff as full-pay relevant employees paid their hourly rate, with no
     * bonus pay recorded, linked to the staff table.
     *
     * @param staff  the trust's staff, not null
     * @param snapshot  the snapshot date, if one was given
     * @return the source, not null
     */
    public static Source synthetic(List<StaffMember> staff, Optional<LocalDate> snapshot) {
        List<PayRecord> records = new ArrayList<>();
        long women = 0;
        long men = 0;
        int i = 0;
        for (StaffMember s : staff) {
            Sex sex = "female".equals(s.sex().getCode()) ? Sex.FEMALE
                    : "male".equals(s.sex().getCode()) ? Sex.MALE : Sex.NOT_RECORDED;
            women += sex == Sex.FEMALE ? 1 : 0;
            men += sex == Sex.MALE ? 1 : 0;
            records.add(PayRecord.builder().id("staff-" + ++i).sex(sex).hourlyPay(HourlyPay.rate(s.hourlyPay()))
                    .build());
        }
        return new Source(snapshot, Optional.of(records), "the synthetic trust's staff, each paid an hourly rate drawn"
                + " from illustrative bands for their role and taken as a full-pay relevant employee",
                PayGapOptions.defaults().withBonusPayUnavailable("the synthetic trust records no bonus pay"),
                "There are no pay gap figures in this report: give the snapshot date (31 March for a trust) to"
                        + " compute them.", Optional.of(new StaffTotals(women, men)));
    }

    @Override
    public void declare(ReportPublication pub) {
        GenderPayGapReport report = this.report;
        if (report == null) {
            return;
        }
        Publication.Builder b = pub.builder();
        long[][] quarters = new long[4][2];
        List<QuartileBand> bands = report.getQuartiles();
        for (int q = 0; q < 4; q++) {
            quarters[q][0] = bands.get(q).getMen();
            quarters[q][1] = bands.get(q).getWomen();
        }
        b.table(QUARTERS, "Men and women in each pay quarter").rows(QUARTER_LABELS).columns(MEN, WOMEN)
                .counts(quarters).totals().add();
        // quoted in the section's first sentence
        b.published(ref(QUARTERS, TOTAL, TOTAL));
        source.staffTotals().ifPresent(t -> {
            pub.linkIfEqual(ref(QUARTERS, TOTAL, WOMEN), report.getFullPayRelevantWomen(),
                    ref(StaffTables.TABLE, TOTAL, WOMEN), t.women());
            pub.linkIfEqual(ref(QUARTERS, TOTAL, MEN), report.getFullPayRelevantMen(),
                    ref(StaffTables.TABLE, TOTAL, MEN), t.men());
        });
        for (int q = 0; q < 4; q++) {
            GovUkField male = GovUkField.values()[GovUkField.MALE_LOWER_QUARTILE.ordinal() + 2 * q];
            GovUkField female = male.getQuartilePartner();
            CellRef band = ref(QUARTERS, QUARTER_LABELS[q], TOTAL);
            percentage(b, report, male, band, ref(QUARTERS, QUARTER_LABELS[q], MEN));
            percentage(b, report, female, band, ref(QUARTERS, QUARTER_LABELS[q], WOMEN));
        }
        CellRef hourlyMen = ref(QUARTERS, TOTAL, MEN);
        CellRef hourlyWomen = ref(QUARTERS, TOTAL, WOMEN);
        gap(b, report, GovUkField.DIFF_MEAN_HOURLY_PERCENT, hourlyMen, hourlyWomen);
        gap(b, report, GovUkField.DIFF_MEDIAN_HOURLY_PERCENT, hourlyMen, hourlyWomen);
        if (bonusKnown(report)) {
            long maleRecipients = report.getMaleBonusRecipients();
            long femaleRecipients = report.getFemaleBonusRecipients();
            b.table(BONUS, "Men and women paid a bonus in the 12 months to the snapshot date").rows(MEN, WOMEN)
                    .columns(PAID, NOT_PAID).counts(new long[][] {
                        {maleRecipients, report.getRelevantMen() - maleRecipients},
                        {femaleRecipients, report.getRelevantWomen() - femaleRecipients}}).totals().add();
            percentage(b, report, GovUkField.MALE_BONUS_PERCENT, ref(BONUS, MEN, TOTAL), ref(BONUS, MEN, PAID));
            percentage(b, report, GovUkField.FEMALE_BONUS_PERCENT, ref(BONUS, WOMEN, TOTAL), ref(BONUS, WOMEN, PAID));
            gap(b, report, GovUkField.DIFF_MEAN_BONUS_PERCENT, ref(BONUS, MEN, PAID), ref(BONUS, WOMEN, PAID));
            gap(b, report, GovUkField.DIFF_MEDIAN_BONUS_PERCENT, ref(BONUS, MEN, PAID), ref(BONUS, WOMEN, PAID));
        }
    }

    private static CellRef ref(String table, String row, String column) {
        return ReportPublication.ref(table, row, column);
    }

    private static String id(GovUkField field) {
        return "paygap/" + field.getServiceName();
    }

    /** A share the library computed, as a percentage of a group that reveals its numerator. */
    private static void percentage(Publication.Builder b, GenderPayGapReport report, GovUkField field, CellRef group,
            CellRef numerator) {
        if (report.getFigure(field).getValue().isPresent()) {
            b.figure(id(field), FigureKind.PERCENTAGE, text(report, field)).denominator(group).reveals(numerator).add();
        }
    }

    /**
     * A gap: the difference between the men's pay (a figure about the men) and the women's (about the women), so it
     * is withheld when either group is.
     */
    private static void gap(Publication.Builder b, GenderPayGapReport report, GovUkField field, CellRef men,
            CellRef women) {
        if (report.getFigure(field).getValue().isEmpty()) {
            return;
        }
        b.figure(id(field) + "/men", FigureKind.MEAN, "").denominator(men).add();
        b.figure(id(field) + "/women", FigureKind.MEAN, "").denominator(women).add();
        b.figure(id(field), FigureKind.DIFFERENCE, text(report, field)).dependsOnFigures(id(field) + "/men",
                id(field) + "/women").add();
    }

    /** Whether the bonus figures rest on data: either sex's share paid a bonus is computed. */
    private static boolean bonusKnown(GenderPayGapReport report) {
        return report.getFigure(GovUkField.MALE_BONUS_PERCENT).getValue().isPresent()
                || report.getFigure(GovUkField.FEMALE_BONUS_PERCENT).getValue().isPresent();
    }

    private static String text(GenderPayGapReport report, GovUkField field) {
        return report.getFigure(field).getValue().map(BigDecimal::toPlainString).orElse("");
    }

    @Override
    public Section render(ReportPublication pub) {
        GenderPayGapReport report = this.report;
        if (report == null) {
            return new Section(ID, HEADING, List.of(unusable.isEmpty() ? source.missing() : unusable), List.of());
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("On the snapshot date, " + Fmt.date(report.getSnapshot()) + ", "
                + pub.count(QUARTERS, TOTAL, TOTAL) + " full-pay relevant employees (" + source.source() + "). The"
                + " figures follow the gender pay gap regulations (the Equality Act 2010 (Specific Duties and Public"
                + " Authorities) Regulations 2017, Schedule 1), under the names the gov.uk gender pay gap service"
                + " uses, rounded once, half up, to one decimal place.");
        paragraphs.add("A pay gap is the men's average minus the women's, as a percentage of the men's: a positive"
                + " gap means women are paid less, a negative gap that they are paid more. The hourly figures cover"
                + " full-pay relevant employees; the bonus figures cover every relevant employee, and the bonus gaps"
                + " those paid a bonus in the 12 months to the snapshot date.");
        for (Notice n : report.getNotices()) {
            if (!n.getCode().equals("below-threshold") && !n.getCode().equals("sex-not-recorded")) {
                paragraphs.add(sentence(n.getMessage()));
            }
        }
        if (report.getRelevantEmployees() < GenderPayGapReport.REPORTING_THRESHOLD) {
            paragraphs.add("There are fewer than 250 relevant employees, so publishing these figures is not required;"
                    + " they are for information.");
        }
        for (String p : GovUkChecks.check(report)) {
            paragraphs.add("The gov.uk service would not accept this: " + sentence(p));
        }
        return new Section(ID, HEADING, paragraphs, List.of(gapsFigure(pub, report), quartersFigure(pub, report),
                bonusFigure(pub, report)));
    }

    private static Figure gapsFigure(ReportPublication pub, GenderPayGapReport report) {
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add("A positive gap means women are paid less than men.");
        for (int i = 0; i < GAPS.length; i++) {
            org.equalityduty.paygap.Figure f = report.getFigure(GAPS[i]);
            if (f.getValue().isEmpty()) {
                String why = GAP_NAMES[i] + " is not computed: " + f.getReason() + ".";
                if (!notes.contains(why)) {
                    notes.add(why);
                }
                rows.add(new Row(List.of(GAP_NAMES[i], GAPS[i].getServiceName(), ReportModel.UNAVAILABLE),
                        RowKind.UNAVAILABLE));
            } else {
                boolean shown = pub.shown(id(GAPS[i]));
                rows.add(new Row(List.of(GAP_NAMES[i], GAPS[i].getServiceName(), shown ? pub.figure(id(GAPS[i])) + "%"
                        : pub.figure(id(GAPS[i]))), shown ? RowKind.SHOWN : RowKind.SUPPRESSED));
            }
        }
        return new Figure("paygap-gaps", "Pay gaps", notes, new Table(List.of("Figure", "gov.uk field", "Value"),
                rows), Optional.empty());
    }

    private static Figure quartersFigure(ReportPublication pub, GenderPayGapReport report) {
        List<Row> rows = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            GovUkField male = GovUkField.values()[GovUkField.MALE_LOWER_QUARTILE.ordinal() + 2 * q];
            GovUkField female = male.getQuartilePartner();
            rows.add(new Row(List.of(QUARTER_LABELS[q], pub.count(QUARTERS, QUARTER_LABELS[q], MEN),
                    pub.count(QUARTERS, QUARTER_LABELS[q], WOMEN), percent(pub, report, male), percent(pub, report, female)),
                    RowKind.SHOWN));
        }
        rows.add(new Row(List.of("All full-pay relevant employees", pub.count(QUARTERS, TOTAL, MEN),
                pub.count(QUARTERS, TOTAL, WOMEN), "", ""), RowKind.SHOWN));
        List<String> notes = List.of("Employees are ranked by hourly pay and divided into four quarters of (as nearly"
                + " as possible) equal size; employees on the same hourly rate across a boundary are shared so that"
                + " each quarter gets that rate's mix of men and women.");
        return new Figure("paygap-quarters", "Men and women in each pay quarter", notes,
                new Table(List.of("Pay quarter", MEN, WOMEN, "Men %", "Women %"), rows), Optional.empty());
    }

    private static Figure bonusFigure(ReportPublication pub, GenderPayGapReport report) {
        List<String> header = List.of("", "Relevant employees", PAID, "%");
        if (!bonusKnown(report)) {
            String x = ReportModel.UNAVAILABLE;
            return new Figure("paygap-bonus", "Men and women paid a bonus", List.of("The bonus figures are not"
                    + " computed: " + report.getFigure(GovUkField.MALE_BONUS_PERCENT).getReason() + "."),
                    new Table(header, List.of(new Row(List.of(MEN, x, x, x), RowKind.UNAVAILABLE),
                            new Row(List.of(WOMEN, x, x, x), RowKind.UNAVAILABLE))), Optional.empty());
        }
        List<Row> rows = List.of(
                new Row(List.of(MEN, pub.count(BONUS, MEN, TOTAL), pub.count(BONUS, MEN, PAID),
                        percent(pub, report, GovUkField.MALE_BONUS_PERCENT)), RowKind.SHOWN),
                new Row(List.of(WOMEN, pub.count(BONUS, WOMEN, TOTAL), pub.count(BONUS, WOMEN, PAID),
                        percent(pub, report, GovUkField.FEMALE_BONUS_PERCENT)), RowKind.SHOWN));
        return new Figure("paygap-bonus", "Men and women paid a bonus", List.of(), new Table(header, rows),
                Optional.empty());
    }

    /** A share as published: the figure with a percent sign, {@code c} when withheld, {@code x} when not computed. */
    private static String percent(ReportPublication pub, GenderPayGapReport report, GovUkField field) {
        if (report.getFigure(field).getValue().isEmpty()) {
            return ReportModel.UNAVAILABLE;
        }
        return pub.shown(id(field)) ? pub.figure(id(field)) + "%" : pub.figure(id(field));
    }

    private static String sentence(String s) {
        String t = s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }
}
