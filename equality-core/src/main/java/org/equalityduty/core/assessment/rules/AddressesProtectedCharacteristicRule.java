package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * Rule {@code duty.non-protected-only}: a plan whose every objective is about groups that are not protected
 * characteristics (such as disadvantaged pupils only). Not raised for a plan that adopts objectives of another plan
 * (format version 2 {@code adoptions}): the adopted objectives are part of it, and are not in this document.
 *
 * @since 0.2.0
 */
public final class AddressesProtectedCharacteristicRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public AddressesProtectedCharacteristicRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        if (plan.getObjectives().isEmpty() || !plan.getAdoptions().isEmpty()
                || plan.getObjectives().stream().anyMatch(Measures::addressesProtected)) {
            return;
        }
        findings.add(Site.plan(), "Every objective is about groups that are not protected characteristics, such as "
                + "disadvantaged pupils. That is allowed and often wise, but the equality duty is about protected "
                + "characteristics.");
    }
}
