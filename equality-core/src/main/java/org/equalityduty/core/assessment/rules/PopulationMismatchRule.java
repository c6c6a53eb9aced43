package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;

/**
 * Rule {@code smart.population-mismatch}: a criterion measures a population the objective is not about, such as
 * staff confidence inside an objective for pupils (SMART: specific, "names the group, the measure and the
 * population", docs/domain.md, section 6). Staff and job applicants count as one side (the workforce), so recruitment
 * measures of a staff objective pass; pupils, the workforce, and parents and community are the three sides. The
 * measure of a qualitative criterion counts too ("Staff questionnaire" judging a pupils' objective).
 *
 * @since 0.2.0
 */
public final class PopulationMismatchRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public PopulationMismatchRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        for (Walk.At at : Walk.criteria(plan)) {
            Optional<Measure> measure = at.criterion() instanceof QuantitativeTarget q ? Optional.of(q.getMeasure())
                    : at.criterion() instanceof QualitativeCriterion q ? q.getMeasure() : Optional.empty();
            if (measure.isEmpty()) {
                continue;
            }
            Set<Population> about = at.objective().getPopulations();
            Population measured = measure.get().getPopulation();
            if (about.isEmpty() || about.stream().anyMatch(p -> side(p) == side(measured))) {
                continue;
            }
            findings.add(at.site(), "This criterion measures " + words(measured) + ", but the objective is about "
                    + about.stream().sorted().map(PopulationMismatchRule::words).collect(Collectors.joining(" and "))
                    + ".");
        }
    }

    private static int side(Population p) {
        switch (p) {
            case PUPILS:
                return 0;
            case STAFF:
            case JOB_APPLICANTS:
                return 1;
            default:
                return 2;
        }
    }

    private static String words(Population p) {
        return p.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
