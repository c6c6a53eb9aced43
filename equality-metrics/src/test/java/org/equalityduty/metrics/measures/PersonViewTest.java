package org.equalityduty.metrics.measures;

import static org.equalityduty.metrics.measures.Cohorts.FEMALE;
import static org.equalityduty.metrics.measures.Cohorts.KS2_READING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PersonViewTest {

    private static PersonView.Builder<String> builder() {
        return PersonView.<String>builder((r, d) -> Optional.of(FEMALE));
    }

    @Test
    void eachFunctionCanBeSetOnce() {
        assertEquals("score is already set", assertThrows(IllegalStateException.class,
                () -> builder().score((r, o) -> OptionalDouble.empty()).score((r, o) -> OptionalDouble.empty()))
                .getMessage());
        assertEquals("metStandard is already set", assertThrows(IllegalStateException.class,
                () -> builder().metStandard((r, o) -> Optional.empty()).metStandard((r, o) -> Optional.empty()))
                .getMessage());
        assertEquals("fte is already set", assertThrows(IllegalStateException.class,
                () -> builder().fte(r -> OptionalDouble.empty()).fte(r -> OptionalDouble.empty())).getMessage());
        assertEquals("stage is already set", assertThrows(IllegalStateException.class,
                () -> builder().stage(r -> Optional.empty()).stage(r -> Optional.empty())).getMessage());
        assertEquals("surveyPositive is already set", assertThrows(IllegalStateException.class,
                () -> builder().surveyPositive(r -> Optional.empty()).surveyPositive(r -> Optional.empty()))
                .getMessage());
    }

    @Test
    void unsetFunctionsGiveNoDataAndSetOnesAreUsed() {
        PersonView<String> none = builder().build();
        assertEquals(FEMALE, none.categoryOf("a", "sex"));
        assertEquals(OptionalDouble.empty(), none.scoreOf("a", KS2_READING));
        assertEquals(Optional.empty(), none.metStandardOf("a", KS2_READING));
        assertEquals(OptionalDouble.empty(), none.fteOf("a"));
        assertEquals(Optional.empty(), none.stageOf("a"));
        assertEquals(Optional.empty(), none.surveyPositiveOf("a"));
        PersonView<String> all = builder().score((r, o) -> OptionalDouble.of(r.length())).fte(r -> OptionalDouble.of(1))
                .stage(r -> Optional.of(ApplicantStage.SHORTLISTED)).surveyPositive(r -> Optional.of(false))
                .metStandard((r, o) -> Optional.of(true)).build();
        assertEquals(OptionalDouble.of(3), all.scoreOf("abc", KS2_READING));
        assertEquals(Optional.of(true), all.metStandardOf("abc", KS2_READING));
        assertEquals(OptionalDouble.of(1), all.fteOf("abc"));
        assertEquals(Optional.of(ApplicantStage.SHORTLISTED), all.stageOf("abc"));
        assertEquals(Optional.of(false), all.surveyPositiveOf("abc"));
        assertNull(PersonView.<String>builder((r, d) -> Optional.empty()).build().categoryOf("a", "sex"));
    }

    @Test
    void aFunctionReturningNullIsNamed() {
        PersonView<String> broken = PersonView.<String>builder((r, d) -> null).score((r, o) -> null).build();
        assertEquals("category function result", assertThrows(NullPointerException.class,
                () -> broken.categoryOf("a", "sex")).getMessage());
        assertEquals("score function result", assertThrows(NullPointerException.class,
                () -> broken.scoreOf("a", KS2_READING)).getMessage());
    }
}
