package org.equalityduty.spring;

import jakarta.validation.constraints.Min;
import org.equalityduty.core.duty.Jurisdiction;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The options of equality-duty in a Spring Boot application, bound from properties under {@value #PREFIX}:
 *
 * <pre>
 * equality-duty.minimum-group-size=5
 * equality-duty.suppression-threshold=10
 * equality-duty.jurisdiction=england
 * </pre>
 *
 * <p>The defaults are the library's: {@link org.equalityduty.metrics.options.MetricOptions#defaults()} and
 * {@link org.equalityduty.disclosure.DisclosureRules#defaults()}, and no jurisdiction (each plan is assessed
 * against the duties of the jurisdiction it names). A value out of range stops the application from starting,
 * with a message naming the property.
 *
 * <p>Spring binds this class through its setters; it is not thread-safe while binding and is read only afterwards.
 *
 * @since 0.2.0
 */
@Validated
@ConfigurationProperties(prefix = EqualityDutyProperties.PREFIX)
public class EqualityDutyProperties {
    /**
     * The prefix of the properties, {@value}.
     *
     * @since 0.2.0
     */
    public static final String PREFIX = "equality-duty";

    /**
     * The smallest group whose metrics are reported as OK; smaller groups are reported as below the minimum size.
     */
    @Min(1)
    private int minimumGroupSize = 5;

    /**
     * The disclosure threshold k of published tables: counts from 1 to k - 1 are suppressed.
     */
    @Min(1)
    private int suppressionThreshold = 10;

    /**
     * The jurisdiction whose specific duties every plan is assessed against (england, wales or scotland); unset,
     * each plan is assessed against the jurisdiction it names.
     */
    private @Nullable Jurisdiction jurisdiction;

    /**
     * Creates the options with the library's defaults.
     *
     * @since 0.2.0
     */
    public EqualityDutyProperties() {
        // defaults in the field initialisers, where the configuration processor reads them
    }

    /**
     * Gets the minimum group size of metrics.
     *
     * @return the size, at least 1 once bound
     * @since 0.2.0
     */
    public int getMinimumGroupSize() {
        return minimumGroupSize;
    }

    /**
     * Sets the minimum group size of metrics.
     *
     * @param minimumGroupSize  the size, at least 1
     * @since 0.2.0
     */
    public void setMinimumGroupSize(int minimumGroupSize) {
        this.minimumGroupSize = minimumGroupSize;
    }

    /**
     * Gets the disclosure threshold of published tables.
     *
     * @return the threshold, at least 1 once bound
     * @since 0.2.0
     */
    public int getSuppressionThreshold() {
        return suppressionThreshold;
    }

    /**
     * Sets the disclosure threshold of published tables.
     *
     * @param suppressionThreshold  the threshold, at least 1
     * @since 0.2.0
     */
    public void setSuppressionThreshold(int suppressionThreshold) {
        this.suppressionThreshold = suppressionThreshold;
    }

    /**
     * Gets the jurisdiction every plan is assessed against.
     *
     * @return the jurisdiction, null if each plan's own is used
     * @since 0.2.0
     */
    public @Nullable Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    /**
     * Sets the jurisdiction every plan is assessed against.
     *
     * @param jurisdiction  the jurisdiction, null for each plan's own
     * @since 0.2.0
     */
    public void setJurisdiction(@Nullable Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }
}
