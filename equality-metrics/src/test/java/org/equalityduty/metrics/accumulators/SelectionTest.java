package org.equalityduty.metrics.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.MetricStatus;
import org.equalityduty.metrics.results.StageRate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SelectionTest extends AccumulatorContract<Selection<String>, SelectionTest.Applicant> {

    private static final List<String> STAGES = List.of("applied", "shortlisted", "appointed");

    private static Selection<String> recruitment() {
        // Hand example. Men: 20 applied, 10 shortlisted, 4 appointed. Women: 20, 7, 3. Unknown: none.
        Selection<String> s = Selection.over(List.of("M", "F", "unknown"), STAGES);
        add(s, "M", 10, 6, 4);
        add(s, "F", 13, 4, 3);
        return s;
    }

    private static void add(Selection<String> s, String group, int onlyApplied, int onlyShortlisted, int appointed) {
        for (int i = 0; i < onlyApplied; i++) {
            s.add(group, 0);
        }
        for (int i = 0; i < onlyShortlisted; i++) {
            s.add(group, "shortlisted");
        }
        for (int i = 0; i < appointed; i++) {
            s.add(group, 2);
        }
    }

    @Test
    void ratesAndAdverseImpactByHand() {
        List<StageRate<String>> rates = recruitment().rates(MetricOptions.defaults());
        assertEquals(6, rates.size());
        // Shortlisting: M 10/20 = 0.5 (most selected), F 7/20 = 0.35, ratio 0.7 < 0.8: flagged.
        StageRate<String> m1 = rates.get(0);
        StageRate<String> f1 = rates.get(1);
        assertEquals(0.5, m1.rate().getAsDouble(), 0);
        assertTrue(m1.mostSelected());
        assertEquals(0.7, f1.adverseImpactRatio().getAsDouble(), 1e-15);
        assertTrue(f1.belowFourFifths());
        assertEquals(7, f1.selected());
        assertEquals(20, f1.considered());
        // Appointment: M 4/10 = 0.4, F 3/7 = 0.428571 (most selected); M ratio 0.4 / (3/7) = 14/15.
        StageRate<String> m2 = rates.get(3);
        StageRate<String> f2 = rates.get(4);
        assertTrue(f2.mostSelected());
        assertEquals(14.0 / 15, m2.adverseImpactRatio().getAsDouble(), 1e-15);
        assertFalse(m2.belowFourFifths());
        // The empty group is reported, not dropped.
        StageRate<String> u = rates.get(2);
        assertEquals(MetricStatus.EMPTY, u.status());
        assertEquals("no one from unknown reached applied", u.reason());
        assertTrue(u.rate().isEmpty());
    }

    @Test
    void exactlyFourFifthsIsNotFlagged() {
        Selection<String> s = Selection.over(List.of("A", "B"), List.of("applied", "appointed"));
        add2(s, "A", 10, 10);
        add2(s, "B", 12, 8);
        StageRate<String> b = s.rates(MetricOptions.defaults()).get(1);
        assertEquals(0.8, b.adverseImpactRatio().getAsDouble(), 1e-15);
        assertFalse(b.belowFourFifths());
    }

    private static void add2(Selection<String> s, String g, int rejected, int appointed) {
        for (int i = 0; i < rejected; i++) {
            s.add(g, 0);
        }
        for (int i = 0; i < appointed; i++) {
            s.add(g, 1);
        }
    }

    @Test
    void smallGroupsDoNotSetTheBar() {
        Selection<String> s = Selection.over(List.of("A", "B"), List.of("applied", "appointed"));
        add2(s, "A", 0, 1); // 1 of 1
        add2(s, "B", 10, 5);
        List<StageRate<String>> r = s.rates(MetricOptions.defaults());
        assertEquals(MetricStatus.BELOW_MINIMUM_GROUP_SIZE, r.get(0).status());
        assertEquals("1 from A reached applied, fewer than the minimum group size of 5", r.get(0).reason());
        assertTrue(r.get(1).mostSelected());
        // B: 5 of 15 = 1/3 is the comparator; A: 1 of 1, ratio 1 / (1/3) = 3.
        assertEquals(3.0, r.get(0).adverseImpactRatio().getAsDouble(), 1e-15);
    }

    @Test
    void combiningSchoolsIsExact() {
        Selection<String> a = recruitment();
        Selection<String> b = recruitment();
        a.combine(b);
        assertEquals(40, a.getReached("M", "applied"));
        assertEquals(6, a.getReached("F", "appointed"));
        assertEquals(recruitment().rates(MetricOptions.defaults()).get(1).adverseImpactRatio(),
                a.rates(MetricOptions.defaults()).get(1).adverseImpactRatio());
    }

    @Test
    void badArgumentsAreRejectedByName() {
        assertEquals("stages must have at least 2 entries: [applied]", assertThrows(IllegalArgumentException.class,
                () -> Selection.over(List.of("A"), List.of("applied"))).getMessage());
        assertEquals("furthestStage must be between 0 and 2: 3", assertThrows(IllegalArgumentException.class,
                () -> recruitment().add("M", 3)).getMessage());
        assertEquals("key is not a declared category [M, F, unknown]: X", assertThrows(IllegalArgumentException.class,
                () -> recruitment().add("X", 0)).getMessage());
    }

    // ---- the accumulator contract: applicants of two groups with their furthest stage; counts exactly

    /** One applicant: group and index of the furthest stage reached. */
    record Applicant(String group, int furthest) {
    }

    @Override
    Selection<String> empty() {
        return Selection.over(List.of("F", "M"), STAGES);
    }

    @Override
    Selection<String> add(Selection<String> accumulator, Applicant observation) {
        return accumulator.add(observation.group(), observation.furthest());
    }

    @Override
    Gen<Applicant> observations() {
        return booleans().all().zip(integers().between(0, STAGES.size() - 1),
                (f, s) -> new Applicant(f ? "F" : "M", s));
    }

    @Override
    void assertSameFigures(Selection<String> expected, Selection<String> actual) {
        for (String g : List.of("F", "M")) {
            for (String stage : STAGES) {
                assertEquals(expected.getReached(g, stage), actual.getReached(g, stage), g + " " + stage);
            }
        }
        assertEquals(expected.rates(MetricOptions.defaults()), actual.rates(MetricOptions.defaults()));
    }

    @Override
    void assertEmpty(Selection<String> empty) {
        for (StageRate<String> r : empty.rates(MetricOptions.defaults())) {
            assertEquals(MetricStatus.EMPTY, r.getStatus());
            assertEquals("no one from " + r.group() + " reached " + r.previousStage(), r.getReason());
        }
    }

    @Override
    void assertSingle(Selection<String> single, Applicant observation) {
        for (int s = 0; s < STAGES.size(); s++) {
            assertEquals(s <= observation.furthest() ? 1 : 0, single.getReached(observation.group(), STAGES.get(s)));
        }
    }

    @Test
    void aGroupOfExactlyTheMinimumSizeIsTheComparator() {
        // Minimum 2. Appointment from those who applied: F 1 of 2 = 0.5, M 1 of 3 = 1/3; F has exactly the minimum,
        // so it is the comparator and M's ratio is (1/3) / (1/2) = 2/3, below four fifths.
        Selection<String> s = Selection.over(List.of("F", "M"), List.of("applied", "appointed"));
        s.add("F", "applied").add("F", "appointed").add("M", "applied").add("M", "applied").add("M", "appointed");
        List<StageRate<String>> rates = s.rates(MetricOptions.defaults().withMinimumGroupSize(2));
        StageRate<String> f = rates.get(0);
        StageRate<String> m = rates.get(1);
        assertEquals(MetricStatus.OK, f.status());
        assertEquals("OK", f.reason());
        assertTrue(f.mostSelected());
        assertFalse(m.mostSelected());
        assertEquals(2.0 / 3, m.adverseImpactRatio().getAsDouble(), 1e-15);
        assertTrue(m.belowFourFifths());
        assertEquals(List.of("applied", "appointed"), s.getStages());
        assertEquals(List.of("F", "M"), s.getGroups());
    }

    @Test
    void theFirstOfGroupsWithEqualRatesIsTheComparator() {
        // F 1 of 2 and M 2 of 4: both 0.5; F is declared first. Ratios 1 and 1.
        Selection<String> s = Selection.over(List.of("F", "M"), List.of("applied", "appointed"));
        s.add("F", "applied").add("F", "appointed").add("M", "applied").add("M", "applied").add("M", "appointed")
                .add("M", "appointed");
        List<StageRate<String>> rates = s.rates(MetricOptions.defaults().withMinimumGroupSize(1));
        assertTrue(rates.get(0).mostSelected());
        assertFalse(rates.get(1).mostSelected());
        assertEquals(1.0, rates.get(1).adverseImpactRatio().getAsDouble(), 0);
    }

    @Test
    void withNoOneSelectedTheComparatorIsStillMarked() {
        // No one appointed: F (first declared, 2 applied) is the comparator; the ratio is undefined for everyone.
        Selection<String> s = Selection.over(List.of("F", "M"), List.of("applied", "appointed"));
        s.add("F", "applied").add("F", "applied").add("M", "applied").add("M", "applied").add("M", "applied");
        List<StageRate<String>> rates = s.rates(MetricOptions.defaults().withMinimumGroupSize(1));
        assertTrue(rates.get(0).mostSelected());
        assertFalse(rates.get(1).mostSelected());
        assertEquals("OK; no group had anyone selected at appointed, so the adverse impact ratio is undefined",
                rates.get(1).reason());
        assertTrue(rates.get(1).adverseImpactRatio().isEmpty());
    }

    @Test
    void stagesMustBeDistinctAndNotBlank() {
        assertEquals("stages must be distinct and not blank: [applied, applied]", assertThrows(
                IllegalArgumentException.class, () -> Selection.over(List.of("F"), List.of("applied", "applied")))
                .getMessage());
        assertEquals("stages must be distinct and not blank: [applied,  ]", assertThrows(
                IllegalArgumentException.class, () -> Selection.over(List.of("F"), List.of("applied", " ")))
                .getMessage());
    }
}
