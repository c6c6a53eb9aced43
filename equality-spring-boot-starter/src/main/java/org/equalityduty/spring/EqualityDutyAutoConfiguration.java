package org.equalityduty.spring;

import jakarta.validation.Validator;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.disclosure.DisclosureRules;
import org.equalityduty.json.jackson3.EqualityDutyModule;
import org.equalityduty.json.jackson3.EqualityJson;
import org.equalityduty.metrics.options.MetricOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of equality-duty in a Spring Boot 4 application, listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}.
 *
 * <p>Beans, each only if the application has none of its type:
 * <ul>
 *   <li>{@link EqualityDutyModule}, the Jackson 3 module, which Boot registers in the {@code JsonMapper} it
 *       configures, so that controllers read and write plans, progress records and reports in the wire format;</li>
 *   <li>{@link EqualityJson}, the strict document reader and writer (every problem with its JSON Pointer);</li>
 *   <li>{@link PlanAssessment} and {@link PlanValidation}, on Boot's {@link Validator} (or, without one, the
 *       library's own, which evaluates no Expression Language);</li>
 *   <li>{@link MetricOptions} and {@link DisclosureRules}, from {@link EqualityDutyProperties}.</li>
 * </ul>
 *
 * @since 0.2.0
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class, after = ValidationAutoConfiguration.class)
@EnableConfigurationProperties(EqualityDutyProperties.class)
public class EqualityDutyAutoConfiguration {
    /**
     * Creates the auto-configuration; Spring calls this.
     *
     * @since 0.2.0
     */
    public EqualityDutyAutoConfiguration() {
        // beans below
    }

    /**
     * The Jackson 3 module, with structural validation on.
     *
     * @return the module, not null
     * @since 0.2.0
     */
    @Bean
    @ConditionalOnMissingBean
    public EqualityDutyModule equalityDutyModule() {
        return new EqualityDutyModule();
    }

    /**
     * The document reader and writer, with the default limits, pretty printing.
     *
     * @return the facade, not null
     * @since 0.2.0
     */
    @Bean
    @ConditionalOnMissingBean
    public EqualityJson equalityJson() {
        return EqualityJson.defaults();
    }

    /**
     * The plan assessment on the application's validator.
     *
     * @param validator  the application's validator, if any
     * @param properties  the options, not null
     * @return the facade, not null
     * @since 0.2.0
     */
    @Bean
    @ConditionalOnMissingBean
    public PlanAssessment planAssessment(ObjectProvider<Validator> validator, EqualityDutyProperties properties) {
        return new PlanAssessment(validator.getIfAvailable(EqualityValidation::validator), properties.getJurisdiction());
    }

    /**
     * The structural validation on the application's validator.
     *
     * @param validator  the application's validator, if any
     * @return the facade, not null
     * @since 0.2.0
     */
    @Bean
    @ConditionalOnMissingBean
    public PlanValidation planValidation(ObjectProvider<Validator> validator) {
        return new PlanValidation(validator.getIfAvailable(EqualityValidation::validator));
    }

    /**
     * The metric options, with the configured minimum group size.
     *
     * @param properties  the options, not null
     * @return the options, not null
     * @since 0.2.0
     */
    @Bean
    @ConditionalOnMissingBean
    public MetricOptions metricOptions(EqualityDutyProperties properties) {
        return MetricOptions.defaults().withMinimumGroupSize(properties.getMinimumGroupSize());
    }

    /**
     * The disclosure rules of publications, with the configured threshold.
     *
     * @param properties  the options, not null
     * @return the rules, not null
     * @since 0.2.0
     */
    @Bean
    @ConditionalOnMissingBean
    public DisclosureRules disclosureRules(EqualityDutyProperties properties) {
        return DisclosureRules.defaults().withThreshold(properties.getSuppressionThreshold());
    }
}
