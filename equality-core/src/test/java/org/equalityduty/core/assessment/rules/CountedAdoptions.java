package org.equalityduty.core.assessment.rules;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.equalityduty.core.plan.Adoptions;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * A test double for what supplies the problems of adoptions ({@link Adoptions#check(EqualityPlan, EqualityPlan)} in
 * an assessment), counting its calls, so that a test can tell how often an assessment checks the adoptions, and,
 * with a check that finds nothing, that no rule finds problems of its own. Public for the assessor's tests in the
 * package above.
 */
public final class CountedAdoptions {
    private final AtomicInteger calls = new AtomicInteger();
    private final BiFunction<EqualityPlan, EqualityPlan, List<Adoptions.Problem>> check;

    private CountedAdoptions(BiFunction<EqualityPlan, EqualityPlan, List<Adoptions.Problem>> check) {
        this.check = check;
    }

    /** Counts the calls of {@link Adoptions#check}. */
    public static CountedAdoptions ofCheck() {
        return new CountedAdoptions(Adoptions::check);
    }

    /** Counts the calls of a check that finds no problem, whatever the plans. */
    public static CountedAdoptions findingNothing() {
        return new CountedAdoptions((adopting, adopted) -> List.of());
    }

    /** The adopted plans of {@link AdoptedPlans#of(EqualityPlan, List)}, their problems found by the counted check. */
    public AdoptedPlans of(EqualityPlan plan, List<EqualityPlan> adopted) {
        return AdoptedPlans.of(plan, adopted, (adopting, other) -> {
            calls.incrementAndGet();
            return check.apply(adopting, other);
        });
    }

    /** How many times the check has run. */
    public int calls() {
        return calls.get();
    }
}
