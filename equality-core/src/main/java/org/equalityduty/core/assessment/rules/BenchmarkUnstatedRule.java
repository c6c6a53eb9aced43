package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.InLineWith;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;

/**
 * Rule {@code smart.benchmark-unstated}: a criterion compares with an external benchmark (national, regional, a
 * local authority's, the trust's) but gives no figure for it, so progress against it cannot be judged and the
 * reader cannot check the comparison (SMART: measurable, "a numeric target and a baseline, in a stated unit",
 * docs/domain.md, section 6; attendance "in line with national" needs the national figure for the same year and
 * phase, section 3). A comparison with a group of the school's own pupils is not a benchmark of this kind: its
 * figure is the school's own data.
 *
 * @since 0.2.0
 */
public final class BenchmarkUnstatedRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public BenchmarkUnstatedRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        for (Walk.At at : Walk.criteria(plan)) {
            for (Benchmark b : benchmarks(at)) {
                if (b.getScope().isPresent() && b.getValue().isEmpty()) {
                    findings.add(at.site(), "The benchmark \"" + b.getLabel() + "\" ("
                            + b.getScope().get().getCode().replace('_', ' ') + ") has no figure, year or source, so "
                            + "nobody can tell what the criterion compares with.");
                    break;
                }
            }
        }
    }

    /** The benchmarks a criterion compares with: its measure's reference, its benchmarks and its in-line-with. */
    static List<Benchmark> benchmarks(Walk.At at) {
        List<Benchmark> all = new ArrayList<>();
        Optional<Measure> measure = Optional.empty();
        if (at.criterion() instanceof QuantitativeTarget q) {
            measure = Optional.of(q.getMeasure());
            all.addAll(q.getBenchmarks());
            q.getInLineWith().map(InLineWith::getBenchmark).ifPresent(all::add);
        } else if (at.criterion() instanceof QualitativeCriterion q) {
            measure = q.getMeasure();
        }
        measure.flatMap(Measure::getReference).filter(r -> r instanceof Benchmark).map(r -> (Benchmark) r)
                .ifPresent(b -> all.add(0, b));
        return all;
    }
}
