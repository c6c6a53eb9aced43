package org.equalityduty.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.validation.EqualityValidation;
import org.equalityduty.disclosure.DisclosureRules;
import org.equalityduty.json.jackson3.EqualityDutyModule;
import org.equalityduty.json.jackson3.EqualityJson;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.testkit.EqualityGenerators;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import tools.jackson.databind.json.JsonMapper;

class EqualityDutyAutoConfigurationTest {
    /** As a Boot application has them: Jackson, validation and ours, found through AutoConfiguration.imports. */
    private final ApplicationContextRunner boot = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ValidationAutoConfiguration.class,
                    EqualityDutyAutoConfiguration.class));

    @Test
    void theAutoConfigurationIsListedWhereBootLooksForIt() throws Exception {
        try (var in = getClass().getResourceAsStream(
                "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertNotNull(in);
            assertEquals(EqualityDutyAutoConfiguration.class.getName(),
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip());
        }
    }

    @Test
    void withoutPropertiesTheOptionsAreTheLibraryDefaults() {
        boot.run(context -> {
            assertEquals(MetricOptions.defaults(), context.getBean(MetricOptions.class));
            DisclosureRules rules = context.getBean(DisclosureRules.class);
            assertEquals(DisclosureRules.defaults().getThreshold(), rules.getThreshold());
            assertEquals(DisclosureRules.defaults().getProtectionWidth(), rules.getProtectionWidth());
            assertFalse(context.getBean(PlanAssessment.class).getJurisdiction().isPresent());
            assertEquals(EqualityJson.defaults().toString(), context.getBean(EqualityJson.class).toString());
        });
    }

    @Test
    void propertiesUnderTheEqualityDutyPrefixAreBound() {
        boot.withPropertyValues("equality-duty.minimum-group-size=10", "equality-duty.suppression-threshold=6",
                "equality-duty.jurisdiction=wales").run(context -> {
                    assertEquals(10, context.getBean(MetricOptions.class).getMinimumGroupSize());
                    assertEquals(6, context.getBean(DisclosureRules.class).getThreshold());
                    assertEquals(Jurisdiction.WALES, context.getBean(PlanAssessment.class).getJurisdiction().get());
                });
    }

    @Test
    void anOptionOutOfRangeStopsTheApplicationNamingTheProperty() {
        boot.withPropertyValues("equality-duty.minimum-group-size=0").run(context -> {
            Throwable failure = context.getStartupFailure();
            assertNotNull(failure);
            String message = rootMessages(failure);
            assertTrue(message.contains("equality-duty"), message);
            assertTrue(message.contains("minimumGroupSize"), message);
            assertTrue(message.contains("must be greater than or equal to 1"), message);
        });
        boot.withPropertyValues("equality-duty.jurisdiction=mars").run(context -> {
            String message = rootMessages(context.getStartupFailure());
            assertTrue(message.contains("equality-duty.jurisdiction"), message);
            assertTrue(message.contains("mars"), message);
        });
    }

    @Test
    void bootsJsonMapperReadsAndWritesPlansThroughTheModule() throws Exception {
        boot.run(context -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            assertTrue(mapper.registeredModules().stream().anyMatch(m -> m instanceof EqualityDutyModule),
                    "module registered in Boot's mapper");
            EqualityPlan plan = EqualityGenerators.plans().apply(new SplittableRandom(19));
            String written = EqualityJson.defaults().withPrettyPrint(false).writePlan(plan);
            assertEquals(written, mapper.writeValueAsString(plan));
            assertEquals(plan, mapper.readValue(written, EqualityPlan.class));
        });
    }

    @Test
    void theFacadesRunOnBootsValidator() {
        boot.run(context -> {
            LocalValidatorFactoryBean bootValidator = context.getBean(LocalValidatorFactoryBean.class);
            assertSame(bootValidator, context.getBean(PlanValidation.class).getValidator());
        });
    }

    @Test
    void withoutBootsValidatorTheFacadesUseTheLibrarysOwn() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(EqualityDutyAutoConfiguration.class))
                .run(context -> assertSame(EqualityValidation.validator(),
                        context.getBean(PlanValidation.class).getValidator()));
    }

    @Test
    void anApplicationsOwnBeansWin() {
        boot.withUserConfiguration(OwnBeans.class).run(context -> {
            assertEquals(20, context.getBean(MetricOptions.class).getMinimumGroupSize());
            assertFalse(context.getBean(EqualityDutyModule.class).isValidation());
            JsonMapper mapper = context.getBean(JsonMapper.class);
            assertEquals(1, mapper.registeredModules().stream().filter(m -> m instanceof EqualityDutyModule).count());
        });
    }

    @Test
    void theAssessmentBeanGivesThePlanAssessorsFindings() {
        boot.run(context -> {
            PlanAssessment assessment = context.getBean(PlanAssessment.class);
            LocalDate asOf = LocalDate.of(2026, 12, 1);
            for (long seed = 0; seed < 20; seed++) {
                EqualityPlan plan = EqualityGenerators.plans().apply(new SplittableRandom(seed));
                assertEquals(org.equalityduty.core.assessment.PlanAssessor.assess(plan, asOf).getFindings(),
                        assessment.assess(plan, asOf).getFindings(), "seed " + seed);
            }
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        @Bean
        MetricOptions ownMetricOptions() {
            return MetricOptions.defaults().withMinimumGroupSize(20);
        }

        @Bean
        EqualityDutyModule ownModule() {
            return new EqualityDutyModule().withValidation(false);
        }
    }

    private static String rootMessages(Throwable failure) {
        assertInstanceOf(Throwable.class, failure);
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            out.append(t.getMessage()).append('\n');
        }
        return out.toString();
    }
}
