package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;

/**
 * Rule {@code duty.marriage-aim}: marriage and civil partnership is a relevant characteristic for aim (a) only
 * (Equality Act 2010 s.149(7); docs/domain.md, section 1). Reported when an objective about marriage and civil
 * partnership alone is tied to aim (b) or (c), and when an objective names it beside other characteristics but is
 * tied to aims (b) or (c) without aim (a), so that no aim of the objective serves it; not for an objective that names
 * every protected characteristic, where it is one of "all".
 *
 * <p>It reads the objective's own aims only: the aims a plan states once for all its objectives
 * ({@link EqualityPlan#getAims()}) are the duty's aims recited in general, not a claim that this objective serves
 * marriage and civil partnership under aim (b) or (c).
 *
 * @since 0.2.0
 */
public final class MarriageAndCivilPartnershipAimRule implements Check {
    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public MarriageAndCivilPartnershipAimRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            if (!objective.getCharacteristics().contains(ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP)) {
                continue;
            }
            boolean a = objective.getAims().contains(DutyAim.ELIMINATE_DISCRIMINATION);
            boolean b = objective.getAims().contains(DutyAim.ADVANCE_EQUALITY_OF_OPPORTUNITY);
            boolean c = objective.getAims().contains(DutyAim.FOSTER_GOOD_RELATIONS);
            if ((!b && !c) || objective.getCharacteristics().containsAll(EnumSet.allOf(ProtectedCharacteristic.class))) {
                // An objective for every protected characteristic names marriage and civil partnership as one of
                // "all", not as a claim about it: aims (b) and (c) serve the others.
                continue;
            }
            String aims = b && c ? "aims (b) and (c)" : b ? "aim (b)" : "aim (c)";
            boolean alone = objective.getCharacteristics().size() == 1
                    && objective.getGroups().stream().noneMatch(Measures::isProtected);
            if (alone) {
                findings.add(Site.objective(o), "Marriage and civil partnership counts for aim (a), eliminating "
                        + "discrimination, only (Equality Act 2010 s.149(7)), but this objective is tied to " + aims + ".");
            } else if (!a) {
                findings.add(Site.objective(o), "Marriage and civil partnership counts for aim (a), eliminating "
                        + "discrimination, only (Equality Act 2010 s.149(7)); this objective names it beside other "
                        + "characteristics but is tied to " + aims + " alone, so none of its aims serves it.");
            }
        }
    }
}
