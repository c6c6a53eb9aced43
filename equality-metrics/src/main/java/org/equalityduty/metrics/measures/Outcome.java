package org.equalityduty.metrics.measures;

import java.util.Objects;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Subject;

/**
 * An attainment outcome: a subject (or headline measure) at a key stage, such as KS2 reading or KS4 Attainment 8.
 *
 * <p>A person may have a score for an outcome (a KS2 scaled score, a GCSE grade, an Attainment 8 score), a
 * "met the standard" result (KS2 expected standard, KS4 grade 4 or above), both, or neither.
 *
 * @param keyStage the key stage, not null
 * @param subject the subject or headline measure, not null
 * @since 0.1.0
 */
public record Outcome(KeyStage keyStage, Subject subject) {

    /**
     * Checks the components.
     *
     * @param keyStage the key stage, not null
     * @param subject the subject, not null
     * @throws NullPointerException if an argument is null
     * @since 0.1.0
     */
    public Outcome {
        Objects.requireNonNull(keyStage, "keyStage");
        Objects.requireNonNull(subject, "subject");
    }

    /**
     * Obtains an outcome.
     *
     * @param keyStage the key stage, not null
     * @param subject the subject, not null
     * @return the outcome, not null
     * @since 0.1.0
     */
    public static Outcome of(KeyStage keyStage, Subject subject) {
        return new Outcome(keyStage, subject);
    }

    /**
     * Gets the reference form.
     *
     * @return the key stage and subject codes joined by a colon, such as {@code ks2:reading}, not null
     * @since 0.1.0
     */
    @Override
    public String toString() {
        return keyStage.getCode() + ":" + subject.getCode();
    }
}
