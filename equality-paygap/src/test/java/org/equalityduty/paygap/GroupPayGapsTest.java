package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.equalityduty.core.population.EthnicGroup;
import org.equalityduty.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * Ethnicity and disability pay gaps (2023 ethnicity pay reporting guidance: each group against a stated reference
 * group, detailed and aggregated groupings, the non-disclosure share, small groups withheld). Values worked by hand.
 */
class GroupPayGapsTest {

    private static PayRecord rec(String id, String ethnicity, String rate, String bonus) {
        return PayRecord.builder().id(id).sex(Sex.NOT_RECORDED).hourlyPay(HourlyPay.rate(rate))
                .bonusPay(new BigDecimal(bonus)).attribute(Grouping.ETHNICITY, ethnicity).build();
    }

    /**
     * White British 20, 20, 30 (bonuses 100, 0, 0); Indian 10, 14 (bonuses 50, 50); Black African 15; Black
     * Caribbean 16; one refused at 25. Eight relevant employees, one not disclosed: 12.5%.
     */
    private static List<PayRecord> workforce() {
        return List.of(rec("w1", "WBRI", "20", "100"), rec("w2", "WBRI", "20", "0"), rec("w3", "WBRI", "30", "0"),
                rec("a1", "AIND", "10", "50"), rec("a2", "AIND", "14", "50"), rec("b1", "BAFR", "15", "0"),
                rec("b2", "BCRB", "16", "0"), rec("r1", "REFU", "25", "0"));
    }

    private static String figures(GroupResult g) {
        return g.getFigures().stream().map(f -> f.getName() + "=" + f.getValue().map(BigDecimal::toPlainString)
                .orElse(f.getStatus().name())).collect(Collectors.joining(" "));
    }

    /**
     * Minimum 2. Ranked: 10 A, 14 A, 15 B, 16 B, 20 W, 20 W, 25 refused, 30 W; bands of 2 (no rate spans a boundary).
     * Indian vs White British: mean (70/3 - 12) / (70/3) = (140 - 72) / 140 = 48.571... = 48.6; median (20 - 12) / 20
     * = 40.0; bonus gaps withheld (one White British recipient, fewer than 2); 2 of 2 paid a bonus = 100.0; all of the
     * lower band. White British: 1 of 3 paid a bonus = 33.3; both of the upper middle band, 1 of 2 of the top band.
     * Black African and Black Caribbean (one each) are withheld in the detailed grouping.
     */
    @Test
    void detailedGroupingAgainstWhiteBritish() {
        GroupPayGapReport r = GroupPayGaps.calculate(workforce(), List.of(Grouping.censusEthnicityDetailed("WBRI")),
                2).get(0);
        assertEquals("White - British", r.getReference());
        assertEquals("12.5", r.getNotDisclosedPercent().getValue().get().toPlainString());
        assertEquals(List.of("White - British", "Black - African", "Black - Caribbean", "Indian"),
                r.getGroups().stream().map(GroupResult::getGroup).collect(Collectors.toList()));
        GroupResult white = r.getGroups().get(0);
        assertEquals("DiffMeanHourlyPercent=NOT_COMPUTED DiffMedianHourlyPercent=NOT_COMPUTED"
                + " DiffMeanBonusPercent=NOT_COMPUTED DiffMedianBonusPercent=NOT_COMPUTED BonusPercent=33.3"
                + " LowerQuartile=0.0 LowerMiddleQuartile=0.0 UpperMiddleQuartile=100.0 TopQuartile=50.0",
                figures(white));
        assertEquals("this is the reference group", white.getFigure("DiffMeanHourlyPercent").getReason());
        GroupResult indian = r.getGroups().get(3);
        assertEquals("DiffMeanHourlyPercent=48.6 DiffMedianHourlyPercent=40.0 DiffMeanBonusPercent=WITHHELD"
                + " DiffMedianBonusPercent=WITHHELD BonusPercent=100.0 LowerQuartile=100.0 LowerMiddleQuartile=0.0"
                + " UpperMiddleQuartile=0.0 TopQuartile=0.0", figures(indian));
        assertEquals("withheld: the reference group (White - British) has fewer than 2 bonus recipients",
                indian.getFigure("DiffMeanBonusPercent").getReason());
        GroupResult african = r.getGroups().get(1);
        assertTrue(african.getFigures().stream().allMatch(f -> f.getStatus() == FigureStatus.WITHHELD));
        assertEquals("withheld: fewer than 2 relevant employees in this group, the minimum for publication (report"
                + " it within a broader group)", african.getFigure("TopQuartile").getReason());
        assertEquals(false, african.isPublishable());
    }

    /**
     * The aggregated grouping (core's roll-up to major groups) publishes Black (15, 16: mean and median 15.5) where
     * the detailed grouping withheld its two codes: mean (70/3 - 15.5) / (70/3) = (140 - 93) / 140 = 33.571... = 33.6;
     * median (20 - 15.5) / 20 = 22.5; no Black employee was paid a bonus; all of the lower middle band. Both
     * groupings come from one pass.
     */
    @Test
    void aggregatedGroupingPublishesWhatTheDetailedOneWithholds() {
        List<GroupPayGapReport> both = GroupPayGaps.calculate(workforce(), List.of(
                Grouping.censusEthnicityDetailed("WBRI"), Grouping.censusEthnicityAggregated(EthnicGroup.WHITE)), 2);
        GroupPayGapReport aggregated = both.get(1);
        assertEquals("ethnicity (aggregated)", aggregated.getGrouping());
        assertEquals(List.of("White", "Asian", "Black"),
                aggregated.getGroups().stream().map(GroupResult::getGroup).collect(Collectors.toList()));
        GroupResult black = aggregated.getGroups().get(2);
        assertEquals("DiffMeanHourlyPercent=33.6 DiffMedianHourlyPercent=22.5 DiffMeanBonusPercent=NOT_COMPUTED"
                + " DiffMedianBonusPercent=NOT_COMPUTED BonusPercent=0.0 LowerQuartile=0.0 LowerMiddleQuartile=100.0"
                + " UpperMiddleQuartile=0.0 TopQuartile=0.0", figures(black));
        assertEquals("no one in this group was paid bonus pay in the 12 months to the snapshot date",
                black.getFigure("DiffMedianBonusPercent").getReason());
    }

    /** With the guidance's default minimum of 50, nothing in an eight-person workforce is published. */
    @Test
    void defaultMinimumWithholdsSmallGroups() {
        GroupPayGapReport r = GroupPayGaps.calculate(workforce(), List.of(Grouping.censusEthnicityDetailed("WBRI")))
                .get(0);
        assertEquals(50, r.getMinimumGroupSize());
        for (GroupResult g : r.getGroups()) {
            assertTrue(g.getFigures().stream().allMatch(f -> f.getStatus() == FigureStatus.WITHHELD), g.toString());
        }
    }

    /** Disability: not disabled 10, 20 (mean 15, median 15); disabled 12; one blank. Gap (15 - 12) / 15 = 20.0. */
    @Test
    void disabilityPayGap() {
        List<PayRecord> records = new ArrayList<>();
        String[][] rows = {{"n1", "N", "10"}, {"n2", "no", "20"}, {"d1", "Y", "12"}, {"u1", "", "11"}};
        for (String[] row : rows) {
            records.add(PayRecord.builder().id(row[0]).sex(Sex.FEMALE).hourlyPay(HourlyPay.rate(row[2]))
                    .bonusPay(BigDecimal.ZERO).attribute(Grouping.DISABILITY, row[1]).build());
        }
        GroupPayGapReport r = GroupPayGaps.calculate(records, List.of(Grouping.disability()), 1).get(0);
        assertEquals("25.0", r.getNotDisclosedPercent().getValue().get().toPlainString());
        GroupResult disabled = r.getGroups().get(1);
        assertEquals("Disabled", disabled.getGroup());
        assertEquals("20.0", disabled.getFigure("DiffMeanHourlyPercent").getValue().get().toPlainString());
        assertEquals("20.0", disabled.getFigure("DiffMedianHourlyPercent").getValue().get().toPlainString());
    }

    @Test
    void badInput() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> GroupPayGaps.calculate(
                List.of(rec("e1", "XXXX", "10", "0")), List.of(Grouping.censusEthnicityDetailed("WBRI"))));
        assertTrue(e.getMessage().startsWith("record 'e1' ethnicity: ") && e.getMessage().contains("XXXX"),
                e.getMessage());
        assertEquals("minimumGroupSize must be at least 1, but was '0'", assertThrows(InvalidValueException.class,
                () -> GroupPayGaps.calculate(workforce(), List.of(Grouping.disability()), 0)).getMessage());
        assertEquals("reference must be a disclosed ethnicity code, but was 'REFU'", assertThrows(
                InvalidValueException.class, () -> Grouping.censusEthnicityDetailed("REFU")).getMessage());
        assertEquals("id: record 2 repeats the employee id 'e1'; each relevant employee must appear once",
                assertThrows(InvalidValueException.class, () -> GroupPayGaps.calculate(
                        List.of(rec("e1", "WBRI", "10", "0"), rec("e1", "WBRI", "11", "0")),
                        List.of(Grouping.disability()))).getMessage());
    }

    /** A disability record; a null rate means not full pay, a null bonus means not known. */
    private static PayRecord dis(String id, String code, String rate, String bonus) {
        PayRecord.Builder b = PayRecord.builder().id(id).sex(Sex.FEMALE).attribute(Grouping.DISABILITY, code);
        if (rate == null) {
            b.fullPay(false);
        } else {
            b.hourlyPay(HourlyPay.rate(rate));
        }
        if (bonus != null) {
            b.bonusPay(new BigDecimal(bonus));
        }
        return b.build();
    }

    /** Each figure as its value or its status and reason. */
    private static String reasons(GroupResult g) {
        return g.getFigures().stream().map(f -> f.getName() + "=" + f.getValue().map(BigDecimal::toPlainString)
                .orElse(f.getStatus().name() + " (" + f.getReason() + ")")).collect(Collectors.joining("; "));
    }

    /**
     * Missing pay: one full-pay employee with no hourly pay and no bonus given. Every hourly figure and every bonus
     * figure of every group says what is missing, with the count.
     */
    @Test
    void missingPayIsNamedInEveryFigure() {
        GroupPayGapReport r = GroupPayGaps.calculate(List.of(dis("n1", "N", "10", "0"), dis("d1", "Y", "12", "0"),
                PayRecord.builder().id("x1").sex(Sex.MALE).attribute(Grouping.DISABILITY, "Y").build()),
                List.of(Grouping.disability()), 1).get(0);
        String hourly = "NOT_COMPUTED (hourly pay is missing for 1 full-pay relevant employee(s))";
        String bonus = "NOT_COMPUTED (bonus pay is missing for 1 relevant employee(s))";
        assertEquals("DiffMeanHourlyPercent=" + hourly + "; DiffMedianHourlyPercent=" + hourly
                + "; DiffMeanBonusPercent=" + bonus + "; DiffMedianBonusPercent=" + bonus + "; BonusPercent=" + bonus
                + "; LowerQuartile=" + hourly + "; LowerMiddleQuartile=" + hourly + "; UpperMiddleQuartile=" + hourly
                + "; TopQuartile=" + hourly, reasons(r.getGroups().get(1)));
        assertEquals(2, r.getGroups().get(1).getRelevantEmployees());
    }

    /**
     * No one in the reference group: Disabled 10 (bonus 5) and 12 (bonus 0), minimum 1. The gaps cannot be computed;
     * 1 of 2 was paid a bonus (50.0); two people, ends 1, 1, 2, 2, so the lower and upper middle bands hold one
     * each (both Disabled: 100.0) and the other two bands are empty.
     */
    @Test
    void noReferenceGroup() {
        GroupPayGapReport r = GroupPayGaps.calculate(List.of(dis("d1", "Y", "10", "5"), dis("d2", "Y", "12", "0")),
                List.of(Grouping.disability()), 1).get(0);
        assertEquals(List.of("Disabled"), r.getGroups().stream().map(GroupResult::getGroup)
                .collect(Collectors.toList()));
        String noRef = "NOT_COMPUTED (there are no employees in the reference group (Not disabled))";
        String noRefBonus = "NOT_COMPUTED (no one in the reference group (Not disabled) was paid bonus pay)";
        assertEquals("DiffMeanHourlyPercent=" + noRef + "; DiffMedianHourlyPercent=" + noRef
                + "; DiffMeanBonusPercent=" + noRefBonus + "; DiffMedianBonusPercent=" + noRefBonus
                + "; BonusPercent=50.0; LowerQuartile=100.0; LowerMiddleQuartile=NOT_COMPUTED (the band is empty)"
                + "; UpperMiddleQuartile=100.0; TopQuartile=NOT_COMPUTED (the band is empty)",
                reasons(r.getGroups().get(0)));
        assertEquals(false, r.getGroups().get(0).isReference());
        assertEquals("0.0", r.getNotDisclosedPercent().getValue().get().toPlainString());
    }

    /**
     * Minimum 2, each way a figure is withheld though the group itself is large enough. Not disabled: 10 (bonus
     * 100) and one not on full pay (bonus 100): two relevant employees, one full-pay, two bonus recipients.
     * Disabled: 12 (bonus 50) and 14 (bonus 0): two full-pay, one recipient. The Disabled hourly gaps are withheld
     * for the reference group's one full-pay employee; the bonus gaps for the Disabled group's one recipient;
     * 1 of 2 paid a bonus = 50.0. Full-pay ranking 10 N, 12 D, 14 D: ends 1, 2, 3, 3, so Disabled hold 0.0, 100.0,
     * 100.0 of the first three bands and the upper band is empty. The reference group's own hourly figures and bands
     * are withheld (one full-pay employee); 2 of 2 paid a bonus = 100.0.
     */
    @Test
    void figuresWithheldForTooFewBehindThem() {
        GroupPayGapReport r = GroupPayGaps.calculate(List.of(dis("n1", "N", "10", "100"), dis("n2", "N", null,
                "100"), dis("d1", "Y", "12", "50"), dis("d2", "Y", "14", "0")), List.of(Grouping.disability()), 2)
                .get(0);
        String fewFullPay = "WITHHELD (withheld: fewer than 2 full-pay relevant employees in this group)";
        assertEquals("DiffMeanHourlyPercent=" + fewFullPay + "; DiffMedianHourlyPercent=" + fewFullPay
                + "; DiffMeanBonusPercent=NOT_COMPUTED (this is the reference group)"
                + "; DiffMedianBonusPercent=NOT_COMPUTED (this is the reference group); BonusPercent=100.0"
                + "; LowerQuartile=" + fewFullPay + "; LowerMiddleQuartile=" + fewFullPay + "; UpperMiddleQuartile="
                + fewFullPay + "; TopQuartile=" + fewFullPay, reasons(r.getGroups().get(0)));
        String refFew = "WITHHELD (withheld: the reference group (Not disabled) has fewer than 2 full-pay relevant"
                + " employees)";
        String fewRecipients = "WITHHELD (withheld: fewer than 2 bonus recipients in this group)";
        assertEquals("DiffMeanHourlyPercent=" + refFew + "; DiffMedianHourlyPercent=" + refFew
                + "; DiffMeanBonusPercent=" + fewRecipients + "; DiffMedianBonusPercent=" + fewRecipients
                + "; BonusPercent=50.0; LowerQuartile=0.0; LowerMiddleQuartile=100.0; UpperMiddleQuartile=100.0"
                + "; TopQuartile=NOT_COMPUTED (the band is empty)", reasons(r.getGroups().get(1)));
        assertEquals(true, r.getGroups().get(0).isReference());
        assertEquals(true, r.getGroups().get(1).isPublishable());
    }

    /**
     * A group with too few full-pay employees (minimum 2): Disabled 12 and one not on full pay, neither paid a
     * bonus; Not disabled 10 and 20 with bonuses 100 and 200. The Disabled hourly figures and bands are withheld;
     * no Disabled employee was paid a bonus; 0 of 2 = 0.0. The reference's bonus gaps are its own: not computed.
     */
    @Test
    void tooFewFullPayInTheGroup() {
        GroupPayGapReport r = GroupPayGaps.calculate(List.of(dis("n1", "N", "10", "100"), dis("n2", "N", "20",
                "200"), dis("d1", "Y", "12", "0"), dis("d2", "Y", null, "0")), List.of(Grouping.disability()), 2)
                .get(0);
        String few = "WITHHELD (withheld: fewer than 2 full-pay relevant employees in this group)";
        String none = "NOT_COMPUTED (no one in this group was paid bonus pay in the 12 months to the snapshot date)";
        assertEquals("DiffMeanHourlyPercent=" + few + "; DiffMedianHourlyPercent=" + few + "; DiffMeanBonusPercent="
                + none + "; DiffMedianBonusPercent=" + none + "; BonusPercent=0.0; LowerQuartile=" + few
                + "; LowerMiddleQuartile=" + few + "; UpperMiddleQuartile=" + few + "; TopQuartile=" + few,
                reasons(r.getGroups().get(1)));
    }

    /**
     * Published bonus gaps with a minimum of 2: Not disabled bonuses 100 and 300 (mean 200, median 200), Disabled 50
     * and 150 (mean 100, median 100): (200 - 100) / 200 = 50.0 both ways. Hourly 10, 20 against 12, 14: mean
     * (15 - 13) / 15 = 13.333... = 13.3, median the same.
     */
    @Test
    void bonusGapsAgainstTheReference() {
        GroupPayGapReport r = GroupPayGaps.calculate(List.of(dis("n1", "N", "10", "100"), dis("n2", "N", "20",
                "300"), dis("d1", "Y", "12", "50"), dis("d2", "Y", "14", "150")), List.of(Grouping.disability()), 2)
                .get(0);
        assertEquals("DiffMeanHourlyPercent=13.3 DiffMedianHourlyPercent=13.3 DiffMeanBonusPercent=50.0"
                + " DiffMedianBonusPercent=50.0 BonusPercent=100.0 LowerQuartile=0.0 LowerMiddleQuartile=100.0"
                + " UpperMiddleQuartile=100.0 TopQuartile=0.0", figures(r.getGroups().get(1)));
    }

    /** No records: no groups, and no non-disclosure share; repeats are counted; an empty list of groupings. */
    @Test
    void emptyInputRepeatsAndNoGroupings() {
        GroupPayGapReport empty = GroupPayGaps.calculate(List.of(), List.of(Grouping.disability()), 1).get(0);
        assertEquals(List.of(), empty.getGroups());
        assertEquals("NotDisclosedPercent NOT_COMPUTED (there are no relevant employees)",
                empty.getNotDisclosedPercent().toString());
        assertEquals("id: record 2 repeats the employee id 'e1' (and 2 more repeat(s)); each relevant employee must"
                + " appear once", assertThrows(InvalidValueException.class, () -> GroupPayGaps.calculate(List.of(
                        dis("e1", "N", "10", "0"), dis("e1", "N", "10", "0"), dis("e2", "N", "10", "0"),
                        dis("e2", "N", "10", "0"), dis("e1", "N", "10", "0")), List.of(Grouping.disability())))
                .getMessage());
        assertEquals("groupings must be at least one grouping, but was '[]'", assertThrows(
                InvalidValueException.class, () -> GroupPayGaps.calculate(List.of(), List.of(), 1)).getMessage());
    }

    /**
     * The bonus gaps by hand, mean and median apart, minimum 1. Not disabled (the reference) paid bonuses 100, 200 and
     * 600: mean 300, median 200. Disabled paid 50, 100 and 450: mean 200, median 100. Mean gap (300 - 200) / 300 x 100
     * = 33.33... = 33.3; median gap (200 - 100) / 200 x 100 = 50.0. Everyone on 10 an hour: hourly gaps 0.0.
     */
    @Test
    void bonusMeanAndMedianGapsByHand() {
        GroupPayGapReport r = GroupPayGaps.calculate(List.of(dis("n1", "N", "10", "100"), dis("n2", "N", "10", "200"),
                dis("n3", "N", "10", "600"), dis("d1", "Y", "10", "50"), dis("d2", "Y", "10", "100"),
                dis("d3", "Y", "10", "450")), List.of(Grouping.disability()), 1).get(0);
        GroupResult disabled = r.getGroups().get(1);
        assertEquals("Disabled", disabled.getGroup());
        assertEquals("33.3", disabled.getFigure("DiffMeanBonusPercent").getValue().get().toPlainString());
        assertEquals("50.0", disabled.getFigure("DiffMedianBonusPercent").getValue().get().toPlainString());
        assertEquals("0.0", disabled.getFigure("DiffMeanHourlyPercent").getValue().get().toPlainString());
        assertEquals("0.0", disabled.getFigure("DiffMedianHourlyPercent").getValue().get().toPlainString());
    }

    /**
     * A reference group that no one in was paid a bonus (minimum 1): Not disabled 10 with bonus 0; Disabled 12 with
     * bonus 50. The Disabled bonus gaps are not computed for want of the reference's bonus pay (not withheld: the
     * reference has no recipients at all, not too few).
     */
    @Test
    void aReferenceGroupPaidNoBonus() {
        GroupPayGapReport r = GroupPayGaps.calculate(List.of(dis("n1", "N", "10", "0"), dis("d1", "Y", "12", "50")),
                List.of(Grouping.disability()), 1).get(0);
        Figure mean = r.getGroups().get(1).getFigure("DiffMeanBonusPercent");
        assertEquals(FigureStatus.NOT_COMPUTED, mean.getStatus());
        assertEquals("no one in the reference group (Not disabled) was paid bonus pay", mean.getReason());
    }
}
