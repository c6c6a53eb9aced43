package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.metrics.measures.Outcome;
import org.equalityduty.metrics.measures.PersonRecord;
import org.junit.jupiter.api.Test;

class PupilRowTest {
    private static final String HEADER = "pupil_id,school_urn,sex,ethnicity,sen,disadvantaged,eal,ks2_reading,"
            + "ks2_maths,ks2_writing_expected,ks4_attainment8,ks4_english_maths_grade,sessions_possible,"
            + "sessions_missed,suspensions,year_group,looked_after\n";

    private static PupilRow one(String row) throws ImportException {
        return Csv.pupils(HEADER + row + "\n").getValue().get(0);
    }

    @Test
    void categoriesScoresAndResultsForTheEvaluator() throws ImportException {
        PupilRow p = one("P1,123456,F,WROG,K,0,1,100,99,1,,,320,40,1,6,0");
        assertEquals(Optional.of(Dimensions.ETHNICITY.category("WROM")), p.getCategory("ethnicity"));
        assertEquals(Optional.of(Dimensions.ETHNIC_GROUP.category("white")), p.getCategory("ethnic_group"));
        assertEquals(Optional.of(Dimensions.DISADVANTAGE.category("not_disadvantaged")), p.getCategory("disadvantage"));
        assertEquals(Optional.of(Dimensions.EAL.category("eal")), p.getCategory("eal"));
        assertEquals(Optional.empty(), p.getCategory("staff_role"));
        assertEquals(Optional.of(false), p.getLookedAfter());
        assertEquals(40, p.getSessionsMissed().getAsInt());
        assertEquals(320, p.getSessionsPossible().getAsInt());
        assertEquals(1, p.getSuspensions().getAsInt());
        PersonRecord r = p.toPersonRecord();
        Outcome reading = Outcome.of(KeyStage.KS2, Subject.READING);
        Outcome rwm = Outcome.of(KeyStage.KS2, Subject.READING_WRITING_MATHS);
        assertEquals(100.0, r.getScores().get(reading));
        assertEquals(true, r.getMetStandard().get(reading));
        assertEquals(false, r.getMetStandard().get(Outcome.of(KeyStage.KS2, Subject.MATHS)));
        assertEquals(false, r.getMetStandard().get(rwm), "maths 99 is below the expected standard");
        assertEquals(OptionalDouble.of(99), PupilRow.view().scoreOf(p, Outcome.of(KeyStage.KS2, Subject.MATHS)));
        assertEquals(Optional.of(false), PupilRow.view().metStandardOf(p, rwm));
        assertEquals(OptionalDouble.empty(), PupilRow.view().scoreOf(p, Outcome.of(KeyStage.KS4, Subject.SCIENCE)));
        PupilRow k4 = one("P2,123456,M,WBRI,N,1,0,,,,61.5,6.5,,,,11,1");
        assertEquals(61.5, PupilRow.view().scoreOf(k4, Outcome.of(KeyStage.KS4, Subject.ATTAINMENT_8))
                .getAsDouble(), 0);
        assertEquals(6.5, PupilRow.view().scoreOf(k4, Outcome.of(KeyStage.KS4, Subject.ENGLISH_AND_MATHS))
                .getAsDouble(), 0);
        assertEquals(Optional.empty(), PupilRow.view().metStandardOf(k4, rwm));
        assertEquals("PupilRow[line 2, P2 at 123456]", k4.toString());
    }

    @Test
    void equalityIsByEveryValue() throws ImportException {
        PupilRow a = one("P1,123456,F,WBRI,K,0,1,100,99,1,,,320,40,1,6,0");
        PupilRow b = one("P1,123456,F,WBRI,K,0,1,100,99,1,,,320,40,1,6,0");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, one("P1,123456,F,WBRI,K,0,1,100,99,1,,,320,41,1,6,0"));
    }

    @Test
    void badNumbersAreErrorsWithTheirRange() {
        assertEquals("pupils.csv cannot be imported: 6 problems\n"
                + "  line 2, column 'ks4_attainment8', value '91': out of range (expected a number from 0 to 90, or"
                + " blank)\n"
                + "  line 2, column 'ks4_english_maths_grade', value '1e3': not a number (expected a number from 0"
                + " to 9, or blank)\n"
                + "  line 2, column 'sessions_missed', value '400': more than sessions_possible (320)\n"
                + "  line 2, column 'suspensions', value '-1': out of range (expected a whole number from 0 to"
                + " 1,000, or blank)\n"
                + "  line 3, column 'ks2_reading', value '100.5': not a whole number (expected a whole number from"
                + " 80 to 120, or blank)\n"
                + "  line 3, column 'ks2_maths', value 'NaN': not a number (expected a whole number from 80 to"
                + " 120, or blank)",
                Csv.pupilsError(HEADER + "P1,123456,F,WBRI,K,0,1,,,,91,1e3,320,400,-1,6,0\n"
                        + "P2,123456,F,WBRI,K,0,1,100.5,NaN,,,,,,,,\n"));
    }

    @Test
    void unknownFlagsAndYearGroupsAreKeptAsNotRecorded() throws ImportException {
        ImportResult<List<PupilRow>> r = Csv.pupils(HEADER + "P1,123456,F,WBRI,K,0,maybe,,,yes,,,,,,Y7,2\n");
        PupilRow p = r.getValue().get(0);
        assertTrue(p.getEal().isEmpty());
        assertTrue(p.getYearGroup().isEmpty());
        assertTrue(p.getLookedAfter().isEmpty());
        assertTrue(p.getKs2WritingExpected().isEmpty());
        assertEquals("line 2, column 'year_group', value 'Y7': unknown code, kept as not recorded (expected N1, N2,"
                + " R or 1 to 14, or blank)", r.getSummary().getProblems().get(2).toString());
        assertEquals(4, r.getSummary().getProblemCount());
    }
}
