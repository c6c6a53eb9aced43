package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GapScoreTest {

    @Test
    void labelsAndStandards() throws ImportException {
        assertTrue(GapScore.KS2_READING.hasStandard());
        assertTrue(GapScore.KS2_MATHS.hasStandard());
        assertFalse(GapScore.KS4_ATTAINMENT_8.hasStandard());
        assertFalse(GapScore.KS4_ENGLISH_MATHS_GRADE.hasStandard());
        assertEquals("KS4 mean English and maths grade", GapScore.KS4_ENGLISH_MATHS_GRADE.getLabel());
        PupilRow p = Csv.pupils("pupil_id,school_urn,sex,ethnicity,sen,disadvantaged,ks2_maths,ks4_attainment8\n"
                + "P1,123456,F,WBRI,N,1,88,40\n").getValue().get(0);
        assertEquals(88, GapScore.KS2_MATHS.of(p), 0);
        assertEquals(40, GapScore.KS4_ATTAINMENT_8.of(p), 0);
        assertTrue(Double.isNaN(GapScore.KS2_READING.of(p)));
    }
}
