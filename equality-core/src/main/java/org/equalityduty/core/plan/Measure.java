package org.equalityduty.core.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.internal.ValueStyle;
import org.equalityduty.core.population.Group;
import org.immutables.value.Value;

/**
 * A measure precise enough for a function to compute it: what is computed, over which population, for which
 * focus group compared with what reference, in which subjects and key stages, and in which unit.
 *
 * <p>Plans are often vague; every part that a plan may leave unsaid is optional here, so that assessment can
 * say what is missing instead of the model inventing it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Measure {

    Measure() {
    }

    /**
     * Gets what the measure computes.
     *
     * @return the kind, not null
     * @since 0.1.0
     */
    public abstract MeasureKind getKind();

    /**
     * Gets the population the measure is computed over.
     *
     * @return the population, not null
     * @since 0.1.0
     */
    public abstract Population getPopulation();

    /**
     * Gets the group the measure focuses on, such as disadvantaged pupils or male applicants.
     *
     * @return the focus group, empty if the measure is about the whole population, not null
     * @since 0.1.0
     */
    public abstract Optional<@Valid Group> getFocusGroup();

    /**
     * Gets what the focus group is compared with, for gaps and representation.
     *
     * @return the reference, empty if none is stated, not null
     * @since 0.1.0
     */
    public abstract Optional<@Valid Reference> getReference();

    /**
     * Gets a restriction of the population, such as support staff roles.
     *
     * @return the group the population is restricted to, empty if none, not null
     * @since 0.1.0
     */
    public abstract Optional<@Valid Group> getWithin();

    /**
     * Gets the subjects or headline measures, for attainment.
     *
     * @return the subjects, empty if not stated or not applicable, not null
     * @since 0.1.0
     */
    public abstract Set<Subject> getSubjects();

    /**
     * Gets the key stages, for attainment.
     *
     * @return the key stages, empty if not stated or not applicable, not null
     * @since 0.1.0
     */
    public abstract Set<KeyStage> getKeyStages();

    /**
     * Gets the unit values are expressed in.
     *
     * @return the unit, empty if the plan does not say, not null
     * @since 0.1.0
     */
    public abstract Optional<MeasureUnit> getUnit();

    /**
     * Gets a plain-English description.
     *
     * @return the description, empty if none, not null
     * @since 0.1.0
     */
    public abstract Optional<@Size(min = 1, max = 1000) String> getDescription();

    /**
     * Gets the unit stated, or else the natural unit of the kind.
     *
     * @return the effective unit, empty if neither is known, not null
     * @since 0.1.0
     */
    public Optional<MeasureUnit> effectiveUnit() {
        return getUnit().or(() -> getKind().getNaturalUnit());
    }

    /**
     * Gets what a target "by N%" as stated means on this measure: a relative change on a measure counted in a unit
     * that is not a percentage (counts, scores, indices). On a percentage, or a measure of unknown unit, it may mean
     * percentage points or a relative change: the reading is ambiguous, and empty.
     *
     * @return {@link TargetKind#RELATIVE_PERCENT}, or empty if the reading is ambiguous, not null
     * @since 0.2.0
     */
    public Optional<TargetKind> percentAsStatedReading() {
        Optional<MeasureUnit> unit = effectiveUnit();
        return unit.isPresent() && !unit.get().isPercentage() ? Optional.of(TargetKind.RELATIVE_PERCENT)
                : Optional.empty();
    }

    /** First day of academic year 2023/24: no KS2 progress measures for it nor for 2024/25. */
    private static final LocalDate KS2_PROGRESS_GAP_START = LocalDate.of(2023, 9, 1);
    /** Last day of academic year 2024/25. */
    private static final LocalDate KS2_PROGRESS_GAP_END = LocalDate.of(2025, 8, 31);
    /** First day of academic year 2024/25: no Progress 8 for it nor for 2025/26. */
    private static final LocalDate PROGRESS_8_GAP_START = LocalDate.of(2024, 9, 1);
    /** Last day of academic year 2025/26. */
    private static final LocalDate PROGRESS_8_GAP_END = LocalDate.of(2026, 8, 31);

    /**
     * Says why DfE did not publish this measure for the academic year (1 September to 31 August) containing a date.
     *
     * <p>KS2 progress measures (a {@link MeasureKind#PROGRESS_SCORE} at {@link KeyStage#KS2}) were not published for
     * 2023/24 and 2024/25: those pupils had no KS1 assessment, cancelled in 2019/20 and 2020/21, to measure progress
     * from. Progress 8 (a progress score at {@link KeyStage#KS4}, or any measure of {@link Subject#PROGRESS_8}) was not
     * published for 2024/25 and 2025/26: those pupils had no KS2 results, cancelled in 2019/20 and 2020/21; it
     * returns in 2026/27. Both after DfE's school accountability guidance, as the repository's docs/domain.md,
     * section 3, records it. Every other measure is treated as published.
     *
     * @param date  a date in the academic year, such as a deadline, not null
     * @return the reason, empty if the measure was published for that year, not null
     * @since 0.2.0
     */
    public Optional<String> notPublishedReason(LocalDate date) {
        java.util.Objects.requireNonNull(date, "date");
        boolean progress = getKind() == MeasureKind.PROGRESS_SCORE;
        if (progress && getKeyStages().contains(KeyStage.KS2) && !date.isBefore(KS2_PROGRESS_GAP_START)
                && !date.isAfter(KS2_PROGRESS_GAP_END)) {
            return Optional.of("KS2 progress measures are not published for 2023/24 and 2024/25: those pupils had no "
                    + "KS1 assessment to measure progress from");
        }
        boolean progress8 = (progress && getKeyStages().contains(KeyStage.KS4))
                || getSubjects().contains(Subject.PROGRESS_8);
        if (progress8 && !date.isBefore(PROGRESS_8_GAP_START) && !date.isAfter(PROGRESS_8_GAP_END)) {
            return Optional.of("Progress 8 is not published for 2024/25 and 2025/26: those pupils had no KS2 results "
                    + "to measure progress from");
        }
        return Optional.empty();
    }

    /**
     * Checks whether DfE published this measure for the academic year containing a date; see
     * {@link #notPublishedReason(LocalDate)}.
     *
     * @param date  a date in the academic year, not null
     * @return false for KS2 progress in 2023/24 and 2024/25 and Progress 8 in 2024/25 and 2025/26, true otherwise
     * @since 0.2.0
     */
    public boolean isPublishedFor(LocalDate date) {
        return notPublishedReason(date).isEmpty();
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Measure} instances; each attribute may be set once.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutableMeasure.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        if (getReference().isPresent() && getFocusGroup().isEmpty()) {
            throw new InvalidValueException("reference " + getReference().get()
                    + " needs a focusGroup to compare with");
        }
    }
}
