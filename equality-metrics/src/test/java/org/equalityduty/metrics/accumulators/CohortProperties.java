package org.equalityduty.metrics.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.Collectors;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapIndexResult;
import org.equalityduty.metrics.results.MetricStatus;
import org.equalityduty.testkit.EqualityGenerators;
import org.equalityduty.testkit.Pupil;
import org.equalityduty.testkit.PupilCohortConfig;
import org.junit.jupiter.api.Test;

/**
 * Properties over realistic KS2 cohorts from the testkit (sex, ethnicity with refused and not obtained, SEN,
 * disadvantage, scores in the real range), rather than arbitrary numbers.
 */
class CohortProperties {
    private static final MetricOptions OPTIONS = MetricOptions.defaults();

    private static List<Pupil> withKs2(List<Pupil> cohort) {
        return cohort.stream().filter(p -> p.ks2().isPresent()).collect(Collectors.toList());
    }

    private static double ks2Score(Pupil p) {
        return p.ks2().orElseThrow().reading() + p.ks2().orElseThrow().maths();
    }

    @Test
    void histogramGapIndexEqualsTheSortBasedReference() {
        qt().withExamples(50).forAll(EqualityGenerators.pupilCohorts(PupilCohortConfig.defaults().withSize(300)).toGen())
                .checkAssert(cohort -> {
                    List<Pupil> pupils = withKs2(cohort);
                    GapIndex histogram = GapIndex.ks2();
                    double[] scores = new double[pupils.size()];
                    boolean[] disadvantaged = new boolean[pupils.size()];
                    for (int i = 0; i < pupils.size(); i++) {
                        scores[i] = ks2Score(pupils.get(i));
                        disadvantaged[i] = pupils.get(i).disadvantaged();
                        histogram.add(scores[i], disadvantaged[i]);
                    }
                    GapIndexResult fast = histogram.result(OPTIONS);
                    GapIndexResult reference = GapIndex.sortBased(scores, disadvantaged, OPTIONS);
                    assertEquals(reference.getStatus(), fast.getStatus());
                    if (fast.getStatus() == MetricStatus.OK) {
                        assertEquals(reference.getIndex(), fast.getIndex(), 1e-12);
                    }
                });
    }

    @Test
    void schoolsCombineIntoTheTrustExactly() {
        qt().withExamples(50).forAll(EqualityGenerators.pupilCohorts(PupilCohortConfig.defaults().withSize(300)).toGen())
                .checkAssert(cohort -> {
                    List<Pupil> pupils = withKs2(cohort);
                    GapIndex trust = GapIndex.ks2();
                    GapIndex first = GapIndex.ks2();
                    GapIndex second = GapIndex.ks2();
                    for (int i = 0; i < pupils.size(); i++) {
                        Pupil p = pupils.get(i);
                        trust.add(ks2Score(p), p.disadvantaged());
                        (i % 3 == 0 ? first : second).add(ks2Score(p), p.disadvantaged());
                    }
                    GapIndexResult whole = trust.result(OPTIONS);
                    GapIndexResult combined = first.combine(second).result(OPTIONS);
                    assertEquals(whole.getStatus(), combined.getStatus());
                    if (whole.getStatus() == MetricStatus.OK) {
                        assertEquals(whole.getIndex(), combined.getIndex(), 0.0);
                    }
                });
    }
}
