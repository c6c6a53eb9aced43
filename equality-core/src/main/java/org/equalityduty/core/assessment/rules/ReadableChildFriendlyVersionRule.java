package org.equalityduty.core.assessment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;

/**
 * Rule {@code child.hard-to-read}: a child-friendly version whose Flesch reading ease is below 70, the band that
 * reads as "fairly easy" for a primary pupil.
 *
 * @since 0.2.0
 */
public final class ReadableChildFriendlyVersionRule implements Check {
    /** The lowest reading ease that passes. */
    static final double MINIMUM = 70;

    private final Function<String, OptionalDouble> readingEase;

    /**
     * Creates the check.
     *
     * @param readingEase  the Flesch reading ease of a text, empty if it has no words, not null
     * @since 0.2.0
     */
    public ReadableChildFriendlyVersionRule(Function<String, OptionalDouble> readingEase) {
        this.readingEase = Objects.requireNonNull(readingEase, "readingEase");
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        List<Objective> objectives = plan.getObjectives();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            if (objective.getChildFriendlyVersion().isEmpty()) {
                continue;
            }
            OptionalDouble ease = readingEase.apply(objective.getChildFriendlyVersion().get());
            if (ease.isPresent() && ease.getAsDouble() < MINIMUM) {
                findings.add(Site.objective(o), "The child-friendly version scores " + shown(ease.getAsDouble())
                        + " for reading ease (Flesch), below " + Reports.number(BigDecimal.valueOf(MINIMUM))
                        + ": it may be hard for a primary pupil to read.");
            }
        }
    }

    /**
     * A failing score for the message: to one place, rounded half up, except that a score just below the minimum is
     * rounded down, so that 69.95 reads as 69.9 and never as 70.0, "below 70".
     */
    static String shown(double ease) {
        BigDecimal halfUp = BigDecimal.valueOf(ease).setScale(1, RoundingMode.HALF_UP);
        return (halfUp.compareTo(BigDecimal.valueOf(MINIMUM)) >= 0
                ? BigDecimal.valueOf(ease).setScale(1, RoundingMode.FLOOR) : halfUp).toPlainString();
    }
}
