package org.equalityduty.core.assessment.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code @UniqueIds}: its findings are asserted, with their paths and messages, through Bean Validation in
 * {@code EqualityValidationTest} and {@code StructuralCheckTest}; here the one case those cannot reach.
 */
class UniqueIdsValidatorTest {
    @Test
    void aNullPlanIsValidAsBeanValidationRequires() {
        // As the Jakarta Validation specification advises for constraint validators: null is valid (@NotNull's job).
        assertTrue(new UniqueIdsValidator().isValid(null, null));
    }
}
