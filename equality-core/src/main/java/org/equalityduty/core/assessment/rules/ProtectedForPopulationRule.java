package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;

/**
 * Rule {@code duty.characteristic-not-protected-for-pupils}: age, or marriage and civil partnership, in an objective
 * about pupils and no population for which the characteristic is protected (Equality Act 2010 s.84).
 *
 * @since 0.2.0
 */
public final class ProtectedForPopulationRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public ProtectedForPopulationRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            if (!objective.getPopulations().contains(Population.PUPILS)) {
                continue;
            }
            for (ProtectedCharacteristic c : new TreeSet<>(objective.getCharacteristics())) {
                if (objective.getPopulations().stream().noneMatch(c::isProtectedFor)) {
                    findings.add(Site.objective(o), c == ProtectedCharacteristic.AGE
                            ? "Age is not a protected characteristic for pupils in schools (Equality Act 2010 s.84 "
                                    + "and Schedule 18 para. 1); it applies to the school as an employer."
                            : "Marriage and civil partnership is not a protected characteristic for pupils in schools "
                                    + "(Equality Act 2010 s.84); it applies to the school as an employer.");
                }
            }
        }
    }
}
