package org.equalityduty.core.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.equalityduty.core.InvalidValueException;

/** The invariant shared by every date a plan may state less precisely than a day. Not part of the public API. */
final class StatedDates {
    private StatedDates() {
    }

    /**
     * Checks an exact date and the date as stated: a day is kept as the exact date alone; a coarser date is kept
     * with the exact date it resolves to (its last day, or its first for a start); the end of the plan is resolved
     * by the plan.
     *
     * @param field  the exact date's property, such as {@code deadline}
     * @param exact  the exact date
     * @param stated  the date as stated
     * @param first  whether the date is a start, resolving to its first day
     */
    static void check(String field, Optional<LocalDate> exact, Optional<PlanDate> stated, boolean first) {
        if (stated.isEmpty()) {
            return;
        }
        PlanDate d = stated.get();
        if (d.isDay()) {
            throw new InvalidValueException(field + "AsStated " + d + " is a day; give it as " + field + " alone");
        }
        if (d.getPrecision() == PlanDate.Precision.END_OF_PLAN) {
            return;
        }
        LocalDate expected = (first ? d.first() : d.last()).orElseThrow();
        if (exact.isEmpty() || !exact.get().equals(expected)) {
            throw new InvalidValueException(field + " must be " + expected + ", the " + (first ? "first" : "last")
                    + " day of " + d + ", not " + exact.map(LocalDate::toString).orElse("empty"));
        }
    }

    /**
     * Gets the date as stated: the stated form if there is one, else the exact day.
     *
     * @param exact  the exact date
     * @param stated  the date as stated
     * @return the date as the plan states it, empty if it states none
     */
    static Optional<PlanDate> asStated(Optional<LocalDate> exact, Optional<PlanDate> stated) {
        return stated.isPresent() ? stated : exact.map(PlanDate::of);
    }
}
