package org.equalityduty.metrics.measures;

import static org.equalityduty.metrics.measures.Cohorts.FEMALE;
import static org.equalityduty.metrics.measures.Cohorts.KS2_MATHS;
import static org.equalityduty.metrics.measures.Cohorts.KS2_READING;
import static org.equalityduty.metrics.measures.Cohorts.KS2_RWM;
import static org.equalityduty.metrics.measures.Cohorts.MALE;
import static org.equalityduty.metrics.measures.Cohorts.TEACHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PersonRecordTest {

    private static PersonRecord.Builder teacher() {
        return PersonRecord.builder().category(TEACHER).category(FEMALE).score(KS2_READING, 104).score(KS2_MATHS, 99)
                .metStandard(KS2_RWM, true).fte(0.6).stage(ApplicantStage.APPOINTED).surveyPositive(true);
    }

    @Test
    void everyFieldIsReadBack() {
        PersonRecord r = teacher().build();
        assertEquals(Map.of("role", TEACHER, "sex", FEMALE), r.getCategories());
        assertEquals(Optional.of(FEMALE), r.getCategory("sex"));
        assertEquals(Optional.empty(), r.getCategory("ethnicity"));
        assertEquals(Map.of(KS2_READING, 104.0, KS2_MATHS, 99.0), r.getScores());
        assertEquals(Map.of(KS2_RWM, true), r.getMetStandard());
        assertEquals(OptionalDouble.of(0.6), r.getFte());
        assertEquals(Optional.of(ApplicantStage.APPOINTED), r.getStage());
        assertEquals(Optional.of(true), r.getSurveyPositive());
        PersonRecord none = PersonRecord.builder().build();
        assertEquals(Map.of(), none.getCategories());
        assertEquals(OptionalDouble.empty(), none.getFte());
        assertEquals(Optional.empty(), none.getStage());
        assertEquals(Optional.empty(), none.getSurveyPositive());
    }

    @Test
    void recordsWithTheSameFieldsAreEqualAndAnyDifferenceTellsThemApart() {
        PersonRecord r = teacher().build();
        assertEquals(teacher().build(), r);
        assertEquals(teacher().build().hashCode(), r.hashCode());
        List<PersonRecord> others = List.of(
                PersonRecord.builder().category(TEACHER).category(MALE).score(KS2_READING, 104).score(KS2_MATHS, 99)
                        .metStandard(KS2_RWM, true).fte(0.6).stage(ApplicantStage.APPOINTED).surveyPositive(true)
                        .build(),
                PersonRecord.builder().category(TEACHER).category(FEMALE).score(KS2_READING, 105).score(KS2_MATHS, 99)
                        .metStandard(KS2_RWM, true).fte(0.6).stage(ApplicantStage.APPOINTED).surveyPositive(true)
                        .build(),
                PersonRecord.builder().category(TEACHER).category(FEMALE).score(KS2_READING, 104).score(KS2_MATHS, 99)
                        .metStandard(KS2_RWM, false).fte(0.6).stage(ApplicantStage.APPOINTED).surveyPositive(true)
                        .build(),
                PersonRecord.builder().category(TEACHER).category(FEMALE).score(KS2_READING, 104).score(KS2_MATHS, 99)
                        .metStandard(KS2_RWM, true).fte(1).stage(ApplicantStage.APPOINTED).surveyPositive(true)
                        .build(),
                PersonRecord.builder().category(TEACHER).category(FEMALE).score(KS2_READING, 104).score(KS2_MATHS, 99)
                        .metStandard(KS2_RWM, true).fte(0.6).stage(ApplicantStage.APPLIED).surveyPositive(true)
                        .build(),
                PersonRecord.builder().category(TEACHER).category(FEMALE).score(KS2_READING, 104).score(KS2_MATHS, 99)
                        .metStandard(KS2_RWM, true).fte(0.6).stage(ApplicantStage.APPOINTED).surveyPositive(false)
                        .build());
        for (PersonRecord other : others) {
            assertNotEquals(other, r);
            assertNotEquals(other.hashCode(), r.hashCode(), other.toString());
        }
        assertNotEquals("a record", r);
    }

    @Test
    void textListsTheFieldsThatAreSet() {
        assertEquals("PersonRecord[categories=[role:teacher, sex:female], scores={ks2:reading=104.0, ks2:maths=99.0}, "
                + "metStandard={ks2:reading_writing_maths=true}, fte=0.6, stage=APPOINTED, surveyPositive=true]",
                teacher().build().toString());
        assertEquals("PersonRecord[categories=[sex:male], scores={}, metStandard={}]",
                PersonRecord.builder().category(MALE).build().toString());
    }

    @Test
    void aFieldCanBeSetOnceAndMustBeValid() {
        assertEquals("category for dimension 'sex' is already set to sex:female, cannot set sex:male",
                assertThrows(IllegalStateException.class, () -> PersonRecord.builder().category(FEMALE)
                        .category(MALE)).getMessage());
        assertEquals("score for ks2:reading is already set", assertThrows(IllegalStateException.class,
                () -> PersonRecord.builder().score(KS2_READING, 1).score(KS2_READING, 2)).getMessage());
        assertEquals("score for ks2:reading must be finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> PersonRecord.builder().score(KS2_READING, Double.NaN)).getMessage());
        assertEquals("metStandard for ks2:reading_writing_maths is already set", assertThrows(
                IllegalStateException.class, () -> PersonRecord.builder().metStandard(KS2_RWM, true)
                        .metStandard(KS2_RWM, false)).getMessage());
        assertEquals("fte must be finite and not negative: -1.0", assertThrows(IllegalArgumentException.class,
                () -> PersonRecord.builder().fte(-1)).getMessage());
        assertEquals("fte must be finite and not negative: Infinity", assertThrows(IllegalArgumentException.class,
                () -> PersonRecord.builder().fte(Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("fte is already set", assertThrows(IllegalStateException.class,
                () -> PersonRecord.builder().fte(1).fte(0.5)).getMessage());
        assertEquals("stage is already set", assertThrows(IllegalStateException.class,
                () -> PersonRecord.builder().stage(ApplicantStage.APPLIED).stage(ApplicantStage.APPOINTED))
                .getMessage());
        assertEquals("surveyPositive is already set", assertThrows(IllegalStateException.class,
                () -> PersonRecord.builder().surveyPositive(true).surveyPositive(true)).getMessage());
        assertEquals("category", assertThrows(NullPointerException.class,
                () -> PersonRecord.builder().category(null)).getMessage());
    }

    @Test
    void anFteOfZeroIsAllowed() {
        assertEquals(OptionalDouble.of(0), PersonRecord.builder().fte(0).build().getFte());
    }
}
