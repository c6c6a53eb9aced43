package org.equalityduty.service;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Starts the plan-check service:
 * {@code java -jar examples/plan-check-service/target/plan-check-service.jar --server.port=8080}.
 *
 * <p>{@code POST /plans/check} takes an equality plan document ({@code application/json}) and answers with what
 * {@code equality-duty check --format json -} prints for it (HTTP 200, also when the plan has findings);
 * {@code ?asOf=YYYY-MM-DD} assesses it as of that date (default: today, UTC). A document that cannot be read as a
 * plan is HTTP 400 {@code application/problem+json} listing every problem with its JSON Pointer; a body over
 * {@code plan-check.max-request-size} (1 MB) is 413, another content type 415. {@code GET /actuator/health} says
 * whether the service is up.
 *
 * @since 0.2.0
 */
@SpringBootApplication
public class PlanCheckService {
    /**
     * Creates the application; Spring calls this.
     *
     * @since 0.2.0
     */
    public PlanCheckService() {
        // beans below
    }

    /**
     * Runs the service.
     *
     * @param args  Spring Boot arguments, such as {@code --server.port=8080}
     * @since 0.2.0
     */
    public static void main(String[] args) {
        SpringApplication.run(PlanCheckService.class, args);
    }

    /**
     * The clock that gives today's date when a request names none: UTC, as the check command's.
     *
     * @return the clock, not null
     * @since 0.2.0
     */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
