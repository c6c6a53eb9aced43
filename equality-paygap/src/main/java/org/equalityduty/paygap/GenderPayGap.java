package org.equalityduty.paygap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.equalityduty.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Computes the six statutory gender pay gap figures (SI 2017/353 Schedule 1 paras 2 and 8-13; SI 2017/172 regs 2
 * and 8-13) from the relevant employees' pay records, streamed once.
 *
 * <ol>
 * <li>Mean and median gender pay gap in hourly pay, over full-pay relevant employees: (A - B) / A x 100 where A is
 * the men's mean (median) hourly rate and B the women's. A positive gap means women are paid less.</li>
 * <li>Mean and median bonus gap, over the relevant employees paid bonus pay in the 12 months ending with the
 * snapshot date: the mean divides each sex's bonus total by its number of recipients.</li>
 * <li>The proportion of male and of female relevant employees paid bonus pay: recipients / relevant employees of
 * that sex x 100.</li>
 * <li>The proportion of men and women in each quartile pay band, with the leftover employees and tied rates
 * placed as described in the package's {@code Quartiles} rules: band k ends at rank ceil(k n / 4), and a rate
 * spanning a boundary gives each band that rate's men/women mix (reg 13(2)).</li>
 * </ol>
 *
 * <p>Medians and quartile boundaries are found by selection (expected linear time), not by sorting; memory is
 * proportional to the number of employees. Each figure is rounded once, half up, to one decimal place; the female
 * share of each quartile band is rounded and the male share is 100 minus it, so each pair sums to exactly 100 as the
 * gov.uk service requires. Employees with no recorded sex count as relevant employees (and towards the threshold)
 * but are left out of every figure. Pure: no clock is read; the snapshot date is the caller's.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class GenderPayGap {
    private static final String[] BAND_NAMES = {"Lower", "LowerMiddle", "UpperMiddle", "Top"};
    private static final String[] BAND_WORDS = {"lower", "lower middle", "upper middle", "upper"};
    private static final int MAX_DUPLICATES_SHOWN = 5;

    private GenderPayGap() {
    }

    /**
     * Computes the figures for a public authority (snapshot 31 March).
     *
     * @param records  the relevant employees, each once, not null
     * @param snapshot  the snapshot date, not null
     * @return the report, not null
     * @throws InvalidValueException if an employee id appears more than once
     * @since 0.2.0
     */
    public static GenderPayGapReport calculate(Iterable<PayRecord> records, LocalDate snapshot) {
        return calculate(records, snapshot, PayGapOptions.defaults());
    }

    /**
     * Computes the figures.
     *
     * @param records  the relevant employees, each once, not null; iterated once
     * @param snapshot  the snapshot date, not null
     * @param options  the options, not null
     * @return the report, not null
     * @throws InvalidValueException if an employee id appears more than once (the count, and the first five named)
     * @since 0.2.0
     */
    public static GenderPayGapReport calculate(Iterable<PayRecord> records, LocalDate snapshot,
            PayGapOptions options) {
        Checks.notNull(records, "records");
        Checks.notNull(snapshot, "snapshot");
        Checks.notNull(options, "options");
        IdIndex firstSeen = IdIndex.of(records);
        long relevant = 0;
        long men = 0;
        long women = 0;
        long notRecorded = 0;
        long missingHourly = 0;
        @Nullable String firstMissingHourly = null;
        long missingBonus = 0;
        @Nullable String firstMissingBonus = null;
        Column hourlyMen = new Column();
        Column hourlyWomen = new Column();
        Column bonusMen = new Column();
        Column bonusWomen = new Column();
        for (PayRecord r : records) {
            if (r == null) {
                throw new NullPointerException("record " + (relevant + 1));
            }
            relevant++;
            firstSeen.add(r.getId(), r.idHash);
            Sex sex = r.getSex();
            if (sex == Sex.NOT_RECORDED) {
                notRecorded++;
                continue;
            }
            boolean male = sex == Sex.MALE;
            if (male) {
                men++;
            } else {
                women++;
            }
            // The pay's primitive form where it has one (nearly always), read from the record itself.
            if (r.isFullPay()) {
                if (r.hourlyScaled != Column.NOT_SCALED) {
                    (male ? hourlyMen : hourlyWomen).addScaled(r.hourlyScaled);
                } else if (r.getHourlyPay().isPresent()) {
                    (male ? hourlyMen : hourlyWomen).add(r.getHourlyPay().get().getHourlyRate());
                } else if (missingHourly++ == 0) {
                    firstMissingHourly = r.getId();
                }
            }
            if (r.bonusScaled != Column.NOT_SCALED) {
                if (r.bonusScaled > 0) {
                    (male ? bonusMen : bonusWomen).addScaled(r.bonusScaled);
                }
            } else if (r.getBonusPay().isPresent()) {
                BigDecimal bonus = r.getBonusPay().get();
                if (bonus.signum() > 0) {
                    (male ? bonusMen : bonusWomen).add(bonus);
                }
            } else if (missingBonus++ == 0) {
                firstMissingBonus = r.getId();
            }
        }
        List<IdIndex.Duplicate> repeats = firstSeen.duplicates();
        if (!repeats.isEmpty()) {
            List<String> duplicates = new ArrayList<>();
            for (IdIndex.Duplicate d : repeats.subList(0, Math.min(MAX_DUPLICATES_SHOWN, repeats.size()))) {
                duplicates.add(Checks.shown(d.id()) + " (records " + d.first() + " and " + d.again() + ")");
            }
            long duplicateCount = repeats.size();
            throw new InvalidValueException("id: " + duplicateCount + " record(s) repeat an earlier employee id: "
                    + String.join(", ", duplicates) + (duplicateCount > duplicates.size() ? ", ..." : "")
                    + "; each relevant employee must appear once");
        }

        Map<GovUkField, Figure> figures = new EnumMap<>(GovUkField.class);
        List<QuartileBand> bands = new ArrayList<>();
        @Nullable String hourlyReason = options.getHourlyPayUnavailable().orElse(null);
        if (hourlyReason == null && missingHourly > 0) {
            hourlyReason = "hourly pay is missing for " + missingHourly + " full-pay relevant employee(s) (first: "
                    + Checks.shown(firstMissingHourly) + "); every full-pay relevant employee counts";
        }
        hourlyFigures(figures, bands, hourlyReason, hourlyMen, hourlyWomen);

        @Nullable String bonusReason = options.getBonusPayUnavailable().orElse(null);
        if (bonusReason == null && missingBonus > 0) {
            bonusReason = "bonus pay is missing for " + missingBonus + " relevant employee(s) (first: "
                    + Checks.shown(firstMissingBonus) + "); give 0 for an employee paid no bonus";
        }
        bonusFigures(figures, bonusReason, men, women, bonusMen, bonusWomen);

        List<Notice> notices = notices(snapshot, options.getEmployerType(), relevant, notRecorded);
        GenderPayGapReport.Counts counts = new GenderPayGapReport.Counts(relevant, men, women, notRecorded,
                hourlyMen.size, hourlyWomen.size, bonusMen.size, bonusWomen.size);
        return new GenderPayGapReport(snapshot, options.getEmployerType(), counts, figures, bands, notices);
    }

    private static void hourlyFigures(Map<GovUkField, Figure> figures, List<QuartileBand> bands, @Nullable String reason,
            Column men, Column women) {
        GovUkField mean = GovUkField.DIFF_MEAN_HOURLY_PERCENT;
        GovUkField median = GovUkField.DIFF_MEDIAN_HOURLY_PERCENT;
        if (reason != null) {
            for (GovUkField f : GovUkField.values()) {
                if (f == mean || f == median || f.getKind() == GovUkField.Kind.QUARTILE) {
                    figures.put(f, Figure.notComputed(f.getServiceName(), reason));
                }
            }
            return;
        }
        String gapReason = men.size == 0
                ? "there are no male full-pay relevant employees: the gap is measured against men's hourly pay"
                : women.size == 0 ? "there are no female full-pay relevant employees: there is no women's hourly pay"
                        + " to compare" : null;
        // Quartiles first: they copy the columns before the medians reorder them (the order does not matter).
        long[][] counts = Quartiles.counts(new Column[] {men, women});
        if (gapReason != null) {
            figures.put(mean, Figure.notComputed(mean.getServiceName(), gapReason));
            figures.put(median, Figure.notComputed(median.getServiceName(), gapReason));
        } else {
            figures.put(mean, Figure.computed(mean.getServiceName(),
                    Arithmetic.meanGap(men.sum(), men.size, women.sum(), women.size)));
            figures.put(median, Figure.computed(median.getServiceName(),
                    Arithmetic.gap(men.median(), women.median())));
        }
        long n = (long) men.size + women.size;
        for (int b = 0; b < Quartiles.BANDS; b++) {
            long m = counts[b][0];
            long w = counts[b][1];
            bands.add(new QuartileBand(BAND_NAMES[b], m, w));
            GovUkField male = GovUkField.values()[GovUkField.MALE_LOWER_QUARTILE.ordinal() + 2 * b];
            GovUkField female = male.getQuartilePartner();
            if (m + w == 0) {
                String why = n == 0 ? "there are no full-pay relevant employees with hourly pay"
                        : "the " + BAND_WORDS[b] + " quartile pay band is empty: " + n
                                + " full-pay relevant employee(s) cannot fill four bands";
                figures.put(male, Figure.notComputed(male.getServiceName(), why));
                figures.put(female, Figure.notComputed(female.getServiceName(), why));
            } else {
                BigDecimal femaleShare = Arithmetic.percent(w, m + w);
                figures.put(male, Figure.computed(male.getServiceName(), Decimals.HUNDRED.setScale(Figure.SCALE)
                        .subtract(femaleShare)));
                figures.put(female, Figure.computed(female.getServiceName(), femaleShare));
            }
        }
    }

    private static void bonusFigures(Map<GovUkField, Figure> figures, @Nullable String reason, long men, long women,
            Column bonusMen, Column bonusWomen) {
        GovUkField mean = GovUkField.DIFF_MEAN_BONUS_PERCENT;
        GovUkField median = GovUkField.DIFF_MEDIAN_BONUS_PERCENT;
        GovUkField maleShare = GovUkField.MALE_BONUS_PERCENT;
        GovUkField femaleShare = GovUkField.FEMALE_BONUS_PERCENT;
        if (reason != null) {
            for (GovUkField f : new GovUkField[] {mean, median, maleShare, femaleShare}) {
                figures.put(f, Figure.notComputed(f.getServiceName(), reason));
            }
            return;
        }
        String gapReason = bonusMen.size == 0
                ? "no man was paid bonus pay in the 12 months to the snapshot date: the bonus gap is measured"
                        + " against men's bonus pay"
                : bonusWomen.size == 0 ? "no woman was paid bonus pay in the 12 months to the snapshot date: there"
                        + " is no women's bonus pay to compare" : null;
        if (gapReason != null) {
            figures.put(mean, Figure.notComputed(mean.getServiceName(), gapReason));
            figures.put(median, Figure.notComputed(median.getServiceName(), gapReason));
        } else {
            figures.put(mean, Figure.computed(mean.getServiceName(),
                    Arithmetic.meanGap(bonusMen.sum(), bonusMen.size, bonusWomen.sum(), bonusWomen.size)));
            figures.put(median, Figure.computed(median.getServiceName(),
                    Arithmetic.gap(bonusMen.median(), bonusWomen.median())));
        }
        figures.put(maleShare, men == 0
                ? Figure.notComputed(maleShare.getServiceName(), "there are no male relevant employees")
                : Figure.computed(maleShare.getServiceName(), Arithmetic.percent(bonusMen.size, men)));
        figures.put(femaleShare, women == 0
                ? Figure.notComputed(femaleShare.getServiceName(), "there are no female relevant employees")
                : Figure.computed(femaleShare.getServiceName(), Arithmetic.percent(bonusWomen.size, women)));
    }

    private static List<Notice> notices(LocalDate snapshot, EmployerType type, long relevant, long notRecorded) {
        List<Notice> notices = new ArrayList<>();
        if (!MonthDay.from(snapshot).equals(type.getSnapshot())) {
            String statutory = type == EmployerType.PUBLIC_AUTHORITY ? "31 March" : "5 April";
            String who = type == EmployerType.PUBLIC_AUTHORITY ? "a public authority" : "a private or voluntary"
                    + " sector employer";
            notices.add(Notice.of(Notice.Level.WARNING, "snapshot-date", "the snapshot date " + snapshot
                    + " is not " + statutory + ": " + who + "'s snapshot date is " + statutory + " ("
                    + type.getSource() + ")"));
        }
        if (relevant < GenderPayGapReport.REPORTING_THRESHOLD) {
            notices.add(Notice.of(Notice.Level.NOTE, "below-threshold", relevant + " relevant employee(s) on the"
                    + " snapshot date: fewer than 250, so publishing gender pay gap information is not required"
                    + " (the figures are for information)"));
        }
        if (notRecorded > 0) {
            notices.add(Notice.of(Notice.Level.NOTE, "sex-not-recorded", notRecorded + " relevant employee(s) have"
                    + " no recorded sex: they count as relevant employees and towards the 250-employee threshold,"
                    + " but are left out of every figure"));
        }
        return notices;
    }
}
