package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.metrics.measures.ApplicantStage;
import org.junit.jupiter.api.Test;

class ApplicantRowTest {

    @Test
    void categoriesAndStageForTheEvaluator() throws ImportException {
        ImportResult<List<ApplicantRow>> r = Csv.applicants("applicant_id,sex,stage,ethnicity,disability\n"
                + "A1,M,Appointed,CHNE,REFU\nA2,F,interviewed,,\n");
        ApplicantRow a = r.getValue().get(0);
        assertEquals(Optional.of(ApplicantStage.APPOINTED), ApplicantRow.view().stageOf(a));
        assertEquals(Optional.of(Dimensions.ETHNIC_GROUP.category("chinese")), a.getCategory("ethnic_group"));
        assertEquals(Optional.of(Dimensions.DISABILITY.category("refused")), a.getDisability());
        assertEquals(Optional.of(ApplicantStage.APPOINTED), a.toPersonRecord().getStage());
        assertEquals(4, a.toPersonRecord().getCategories().size());
        assertTrue(r.getValue().get(1).getStage().isEmpty(), "an unknown stage is kept as not recorded");
        assertEquals("line 3, column 'stage', value 'interviewed': unknown code, kept as not recorded (expected"
                + " applied, shortlisted or appointed, or blank)", r.getSummary().getProblems().get(0).toString());
        assertEquals("ApplicantRow[line 2, A1]", a.toString());
        assertEquals(a, Csv.applicants("applicant_id,sex,stage,ethnicity,disability\nA1,M,appointed,CHNE,REFU\n")
                .getValue().get(0));
        assertNotEquals(a, r.getValue().get(1));
        assertEquals(a.hashCode(), a.hashCode());
    }

    @Test
    void anApplicantNeedsAnId() {
        String message = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> Csv.applicants("applicant_id,sex,stage\n ,M,applied\n")).getMessage();
        assertEquals("applicants.csv cannot be imported: 1 problem\n"
                + "  line 2, column 'applicant_id': blank, but every row needs one", message);
    }
}
