package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
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
    public void run(EqualityPlan plan, LocalDate asOf, AdoptedPlans adopted, Findings findings) {
        for (Walk.Adopted a : adopted.problems()) {
            if (a.status() == Adoptions.Status.VERSION_MISMATCH) {
                findings.add(a.site(), a.sentence(""));
            } else if (a.status() == Adoptions.Status.TITLE_DIFFERS) {
                findings.add(a.site(), a.sentence(a.referred().map(o -> ", which says '" + o.getTitle() + "'")
                        .orElse("")));
            }
        }
    }
}
