package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.List;
import org.equalityduty.core.plan.Adoptions;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * Rule {@code duty.adopted-version-mismatch}: a plan that adopts objectives of another plan (its trust's) by
 * reference cites a version of it that is not the version given, or reproduces an adopted objective in wording that
 * differs from it: wording the adopted plan has since replaced (issue 13; in the corpus, Co-op Academy North
 * Manchester's 2024-25 objectives reproduce the trust's 2021 wording). It needs the adopted plan, so it reports only
 * when the assessment is given the plans the plan adopts from.
 *
 * @since 0.2.0
 */
public final class AdoptedVersionMismatchRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public AdoptedVersionMismatchRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        // Without the adopted plans there is nothing to compare.
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, List<EqualityPlan> adopted, Findings findings) {
        AdoptedPlans.forEach(plan, adopted, Adoptions.Status.VERSION_MISMATCH,
                (site, problem, other) -> findings.add(site, AdoptedPlans.sentence(problem.getReason())));
        AdoptedPlans.forEach(plan, adopted, Adoptions.Status.TITLE_DIFFERS, (site, problem, other) -> {
            String now = AdoptedPlans.referred(plan, site, other).map(o -> ", which says '" + o.getTitle() + "'")
                    .orElse("");
            findings.add(site, AdoptedPlans.sentence(problem.getReason() + now));
        });
    }
}
