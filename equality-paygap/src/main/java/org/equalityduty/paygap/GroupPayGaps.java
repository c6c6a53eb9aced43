package org.equalityduty.paygap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Ethnicity and disability pay gaps by the gender pay gap method, following the 2023 ethnicity pay reporting
 * guidance (gov.uk, "Ethnicity pay reporting: guidance for employers"): each group against a stated reference
 * group, for one or more {@link Grouping}s (detailed and aggregated) computed in one pass over the records, with the
 * share who did not disclose.
 *
 * <p><b>Small groups.</b> The guidance suggests publishing only groups of at least 50 people. A figure is
 * {@link FigureStatus#WITHHELD withheld}, never published, when the people it is computed over number fewer than
 * the minimum: the group's relevant employees (every figure), its full-pay relevant employees (hourly gaps,
 * quartile shares), its bonus recipients (bonus gaps), or the reference group's. Report such groups within a
 * broader one: pass an aggregated grouping alongside the detailed one.
 *
 * <p>Those who did not disclose are left out of every group but are ranked with everyone else for the quartile
 * bands, so each band is the whole workforce's. Gaps are (R - G) / R x 100, R the reference group's mean or median:
 * positive means the group is paid less. Rounding as in {@link GenderPayGap}: once, half up, one decimal place.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class GroupPayGaps {
    /**
     * The minimum group size for publication that the ethnicity pay reporting guidance suggests.
     *
     * @since 0.2.0
     */
    public static final int DEFAULT_MINIMUM_GROUP_SIZE = 50;
    private static final String[] BANDS = {"LowerQuartile", "LowerMiddleQuartile", "UpperMiddleQuartile",
        "TopQuartile"};
    private static final String NOT_DISCLOSED = "\u0000not disclosed";

    private GroupPayGaps() {
    }

    /**
     * Computes the pay gaps with the default minimum group size of 50.
     *
     * @param records  the relevant employees, each once, not null; iterated once
     * @param groupings  the groupings, for example detailed and aggregated ethnicity, not null, not empty
     * @return one report per grouping, in the order given, not null
     * @throws org.equalityduty.core.InvalidValueException if an id repeats or a code is unknown
     * @since 0.2.0
     */
    public static List<GroupPayGapReport> calculate(Iterable<PayRecord> records, List<Grouping> groupings) {
        return calculate(records, groupings, DEFAULT_MINIMUM_GROUP_SIZE);
    }

    /**
     * Computes the pay gaps.
     *
     * @param records  the relevant employees, each once, not null; iterated once
     * @param groupings  the groupings, not null, not empty
     * @param minimumGroupSize  the fewest people a published figure may be computed over, at least 1
     * @return one report per grouping, in the order given, not null
     * @throws org.equalityduty.core.InvalidValueException if an id repeats, a code is unknown, or the minimum is
     *         less than 1
     * @since 0.2.0
     */
    public static List<GroupPayGapReport> calculate(Iterable<PayRecord> records, List<Grouping> groupings,
            int minimumGroupSize) {
        Checks.notNull(records, "records");
        Checks.notNull(groupings, "groupings");
        if (groupings.isEmpty()) {
            throw Checks.invalid("groupings", "[]", "at least one grouping");
        }
        if (minimumGroupSize < 1) {
            throw Checks.invalid("minimumGroupSize", minimumGroupSize, "at least 1");
        }
        List<Map<String, Acc>> byGrouping = new ArrayList<>();
        for (int g = 0; g < groupings.size(); g++) {
            byGrouping.add(new TreeMap<>());
        }
        IdIndex ids = IdIndex.of(records);
        long relevant = 0;
        long missingHourly = 0;
        long missingBonus = 0;
        for (PayRecord r : records) {
            Checks.notNull(r, "record");
            relevant++;
            ids.add(r.getId(), r.idHash);
            BigDecimal rate = null;
            if (r.isFullPay()) {
                if (r.getHourlyPay().isPresent()) {
                    rate = r.getHourlyPay().get().getHourlyRate();
                } else {
                    missingHourly++;
                }
            }
            BigDecimal bonus = r.getBonusPay().orElse(null);
            if (bonus == null) {
                missingBonus++;
            }
            for (int g = 0; g < groupings.size(); g++) {
                Optional<String> group = groupings.get(g).classify(r);
                Acc acc = byGrouping.get(g).computeIfAbsent(group.orElse(NOT_DISCLOSED), k -> new Acc());
                acc.relevant++;
                if (rate != null) {
                    acc.hourly.add(rate);
                }
                if (bonus != null && bonus.signum() > 0) {
                    acc.bonus.add(bonus);
                }
            }
        }
        List<IdIndex.Duplicate> repeats = ids.duplicates();
        if (!repeats.isEmpty()) {
            IdIndex.Duplicate d = repeats.get(0);
            throw new org.equalityduty.core.InvalidValueException("id: record " + d.again() + " repeats the"
                    + " employee id " + Checks.shown(d.id()) + (repeats.size() > 1 ? " (and " + (repeats.size() - 1)
                    + " more repeat(s))" : "") + "; each relevant employee must appear once");
        }
        List<GroupPayGapReport> reports = new ArrayList<>();
        for (int g = 0; g < groupings.size(); g++) {
            reports.add(report(groupings.get(g), byGrouping.get(g), relevant, minimumGroupSize,
                    missingHourly > 0 ? "hourly pay is missing for " + missingHourly
                            + " full-pay relevant employee(s)" : null,
                    missingBonus > 0 ? "bonus pay is missing for " + missingBonus + " relevant employee(s)" : null));
        }
        return reports;
    }

    private static final class Acc {
        long relevant;
        final Column hourly = new Column();
        final Column bonus = new Column();
        @Nullable BigDecimal hourlyMedian;
        @Nullable BigDecimal bonusMedian;

        BigDecimal hourlyMedian() {
            BigDecimal m = hourlyMedian;
            if (m == null) {
                m = hourly.median();
                hourlyMedian = m;
            }
            return m;
        }

        BigDecimal bonusMedian() {
            BigDecimal m = bonusMedian;
            if (m == null) {
                m = bonus.median();
                bonusMedian = m;
            }
            return m;
        }
    }

    private static GroupPayGapReport report(Grouping grouping, Map<String, Acc> groups, long relevant, int min,
            @Nullable String hourlyMissing, @Nullable String bonusMissing) {
        String ref = grouping.getReference();
        List<String> labels = new ArrayList<>(groups.keySet());
        int c = labels.size();
        Column[] columns = new Column[c];
        for (int i = 0; i < c; i++) {
            columns[i] = Objects.requireNonNull(groups.get(labels.get(i))).hourly;
        }
        long[][] bands = Quartiles.counts(columns);
        long[] bandSizes = new long[Quartiles.BANDS];
        for (int b = 0; b < Quartiles.BANDS; b++) {
            for (int i = 0; i < c; i++) {
                bandSizes[b] += bands[b][i];
            }
        }
        Acc reference = groups.get(ref);
        long notDisclosed = groups.containsKey(NOT_DISCLOSED) ? groups.get(NOT_DISCLOSED).relevant : 0;
        Figure notDisclosedPercent = relevant == 0
                ? Figure.notComputed("NotDisclosedPercent", "there are no relevant employees")
                : Figure.computed("NotDisclosedPercent", Arithmetic.percent(notDisclosed, relevant));
        List<GroupResult> results = new ArrayList<>();
        List<GroupResult> others = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            String label = labels.get(i);
            if (label.equals(NOT_DISCLOSED)) {
                continue;
            }
            Acc a = Objects.requireNonNull(groups.get(label));
            boolean isRef = label.equals(ref);
            List<Figure> figures = new ArrayList<>();
            @Nullable String small = a.relevant < min ? "withheld: fewer than " + min + " relevant employees in this group,"
                    + " the minimum for publication (report it within a broader group)" : null;
            // Hourly gaps.
            @Nullable String hourlyWhy = hourlyMissing != null ? hourlyMissing
                    : isRef ? "this is the reference group" : null;
            String hourlyHeld = small != null ? small
                    : a.hourly.size < min ? "withheld: fewer than " + min + " full-pay relevant employees in this group"
                    : isRef ? null
                    : reference == null ? null
                    : reference.hourly.size < min ? "withheld: the reference group (" + ref + ") has fewer than "
                            + min + " full-pay relevant employees" : null;
            String noReference = "there are no employees in the reference group (" + ref + ")";
            for (boolean median : new boolean[] {false, true}) {
                String name = median ? "DiffMedianHourlyPercent" : "DiffMeanHourlyPercent";
                figures.add(hourlyHeld != null ? Figure.withheld(name, hourlyHeld)
                        : hourlyWhy != null ? Figure.notComputed(name, hourlyWhy)
                        : reference == null || reference.hourly.size == 0 ? Figure.notComputed(name, noReference)
                        : Figure.computed(name, median ? Arithmetic.gap(reference.hourlyMedian(), a.hourlyMedian())
                                : Arithmetic.meanGap(reference.hourly.sum(), reference.hourly.size, a.hourly.sum(),
                                        a.hourly.size)));
            }
            // Bonus gaps.
            @Nullable String bonusWhy = bonusMissing != null ? bonusMissing
                    : isRef ? "this is the reference group"
                    : a.bonus.size == 0 ? "no one in this group was paid bonus pay in the 12 months to the snapshot"
                            + " date" : null;
            String bonusHeld = small != null ? small
                    : bonusWhy != null ? null
                    : a.bonus.size < min ? "withheld: fewer than " + min + " bonus recipients in this group"
                    : reference != null && reference.bonus.size > 0 && reference.bonus.size < min
                            ? "withheld: the reference group (" + ref + ") has fewer than " + min
                                    + " bonus recipients" : null;
            for (boolean median : new boolean[] {false, true}) {
                String name = median ? "DiffMedianBonusPercent" : "DiffMeanBonusPercent";
                figures.add(bonusHeld != null ? Figure.withheld(name, bonusHeld)
                        : bonusWhy != null ? Figure.notComputed(name, bonusWhy)
                        : reference == null || reference.bonus.size == 0 ? Figure.notComputed(name,
                                "no one in the reference group (" + ref + ") was paid bonus pay")
                        : Figure.computed(name, median ? Arithmetic.gap(reference.bonusMedian(), a.bonusMedian())
                                : Arithmetic.meanGap(reference.bonus.sum(), reference.bonus.size, a.bonus.sum(),
                                        a.bonus.size)));
            }
            figures.add(small != null ? Figure.withheld("BonusPercent", small)
                    : bonusMissing != null ? Figure.notComputed("BonusPercent", bonusMissing)
                    : Figure.computed("BonusPercent", Arithmetic.percent(a.bonus.size, a.relevant)));
            for (int b = 0; b < Quartiles.BANDS; b++) {
                String name = BANDS[b];
                figures.add(small != null ? Figure.withheld(name, small)
                        : hourlyMissing != null ? Figure.notComputed(name, hourlyMissing)
                        : a.hourly.size < min ? Figure.withheld(name, "withheld: fewer than " + min
                                + " full-pay relevant employees in this group")
                        : bandSizes[b] == 0 ? Figure.notComputed(name, "the band is empty")
                        : Figure.computed(name, Arithmetic.percent(bands[b][i], bandSizes[b])));
            }
            GroupResult result = new GroupResult(label, isRef, a.relevant, small == null, figures);
            if (isRef) {
                results.add(result);
            } else {
                others.add(result);
            }
        }
        results.addAll(others);
        return new GroupPayGapReport(grouping.getName(), ref, min, relevant, notDisclosed, notDisclosedPercent,
                results);
    }
}
