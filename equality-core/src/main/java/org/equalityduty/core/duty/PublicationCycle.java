package org.equalityduty.core.duty;

import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import org.equalityduty.core.internal.Periods;
import org.equalityduty.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * How often a jurisdiction's specific duties require equality information, objectives and progress reports
 * to be published, as data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class PublicationCycle {

    PublicationCycle() {
    }

    /**
     * Gets the instrument that imposes the specific duties.
     *
     * @return such as {@code SI 2017/353}, not null
     * @since 0.1.0
     */
    public abstract String getInstrument();

    /**
     * Gets the longest allowed interval between publications of equality information.
     *
     * @return the interval, such as 12 months in England, not null
     * @since 0.1.0
     */
    public abstract Period getInformationEvery();

    /**
     * Gets the longest allowed interval between publications of objectives (outcomes in Scotland).
     *
     * @return the interval, 4 years in England, Wales and Scotland, not null
     * @since 0.1.0
     */
    public abstract Period getObjectivesEvery();

    /**
     * Gets the longest allowed interval between progress reports on objectives, where the duties set one.
     *
     * @return the interval, such as 2 years in Scotland, empty where no separate progress report is required
     * @since 0.1.0
     */
    public abstract Optional<Period> getProgressEvery();

    /**
     * Gets the number of employees from which pay gap information must be published.
     *
     * @return the threshold, such as 250 in England, empty if not set by these duties
     * @since 0.1.0
     */
    public abstract OptionalInt getPayGapEmployeeThreshold();

    /**
     * Gets the number of employees below which staff equality information is not required.
     *
     * @return the threshold, such as 150 in England, empty if none
     * @since 0.1.0
     */
    public abstract OptionalInt getStaffInformationEmployeeThreshold();

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
     * Builds {@link PublicationCycle} instances.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ImmutablePublicationCycle.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Periods.requirePositive("informationEvery", getInformationEvery());
        Periods.requirePositive("objectivesEvery", getObjectivesEvery());
        getProgressEvery().ifPresent(p -> Periods.requirePositive("progressEvery", p));
    }
}
