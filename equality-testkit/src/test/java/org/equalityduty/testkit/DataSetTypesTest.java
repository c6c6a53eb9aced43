package org.equalityduty.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.equalityduty.core.assessment.Rule;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.plan.KeyStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The data-set records and configurations: invariants with exact messages, immutable withX copies. */
class DataSetTypesTest {

    private static void fails(String message, Executable executable) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, executable).getMessage());
    }

    @Test
    void pupilCohortConfigRejectsBadValues() {
        PupilCohortConfig d = PupilCohortConfig.defaults();
        fails("femaleShare must be between 0 and 1, not 1.5", () -> d.withFemaleShare(1.5));
        fails("disadvantagedShare must be between 0 and 1, not NaN", () -> d.withDisadvantagedShare(Double.NaN));
        fails("ehcPlanShare + senSupportShare must not exceed 1, not 1.1", () -> d.withSenShares(0.6, 0.5));
        fails("size range must satisfy 0 <= min <= max <= 100000, not -1 to -1", () -> d.withSize(-1));
        fails("size range must satisfy 0 <= min <= max <= 100000, not 5 to 4", () -> d.withSizeBetween(5, 4));
        fails("keyStage must be ks2 or ks4, not ks3", () -> d.withKeyStage(KeyStage.KS3));
        fails("ks2DisadvantageGap must be finite, not Infinity",
                () -> d.withDisadvantageGap(Double.POSITIVE_INFINITY, 1));
        assertThrows(NullPointerException.class, () -> d.withKeyStage(null));
    }

    @Test
    void pupilCohortConfigCopiesAndKeepsTheOriginal() {
        PupilCohortConfig d = PupilCohortConfig.defaults();
        PupilCohortConfig c = d.withSize(60).withDisadvantagedShare(0.4).withSenShares(0.05, 0.12).withEalShare(0.3)
                .withFemaleShare(0.5).withKeyStage(KeyStage.KS4).withDisadvantageGap(3, 1).withMissingResultShare(0);
        assertEquals(60, c.getMinSize());
        assertEquals(60, c.getMaxSize());
        assertEquals(0.4, c.getDisadvantagedShare());
        assertEquals(0.05, c.getEhcPlanShare());
        assertEquals(0.12, c.getSenSupportShare());
        assertEquals(0.3, c.getEalShare());
        assertEquals(0.5, c.getFemaleShare());
        assertEquals(KeyStage.KS4, c.getKeyStage());
        assertEquals(3.0, c.getKs2DisadvantageGap());
        assertEquals(1.0, c.getKs4DisadvantageGap());
        assertEquals(0.0, c.getMissingResultShare());
        assertEquals(0.01, c.getEalUnknownShare());
        assertEquals(20, d.getMinSize());
        assertEquals(120, d.getMaxSize());
        assertEquals(0.25, d.getDisadvantagedShare());
        assertEquals(KeyStage.KS2, d.getKeyStage());
    }

    @Test
    void staffAndApplicantConfigsRejectBadValues() {
        fails("disabledShare must not exceed 0.64 (refused and not obtained take 0.36), not 0.7",
                () -> StaffListConfig.defaults().withDisabledShare(0.7));
        fails("femaleShare must be between 0 and 1, not -0.1", () -> StaffListConfig.defaults().withFemaleShare(-0.1));
        fails("minorityEthnicShortlistRatio must be positive and finite, not 0.0",
                () -> ApplicantPoolConfig.defaults().withMinorityEthnicShortlistRatio(0));
        fails("shortlistedShare must be between 0 and 1, not 2.0",
                () -> ApplicantPoolConfig.defaults().withSelectionRates(2, 0.3));
        StaffListConfig s = StaffListConfig.defaults().withSize(5).withFemaleShare(0.5).withDisabledShare(0.1);
        assertEquals(5, s.getMinSize());
        assertEquals(0.5, s.getFemaleShare());
        assertEquals(0.1, s.getDisabledShare());
        assertEquals(0.76, StaffListConfig.defaults().getFemaleShare());
        ApplicantPoolConfig a = ApplicantPoolConfig.defaults().withSizeBetween(1, 2).withFemaleShare(0.6)
                .withSelectionRates(0.5, 0.2).withMinorityEthnicShortlistRatio(0.8);
        assertEquals(2, a.getMaxSize());
        assertEquals(0.6, a.getFemaleShare());
        assertEquals(0.5, a.getShortlistedShare());
        assertEquals(0.2, a.getAppointedShareOfShortlisted());
        assertEquals(0.8, a.getMinorityEthnicShortlistRatio());
        assertEquals(1.0, ApplicantPoolConfig.defaults().getMinorityEthnicShortlistRatio());
    }

    @Test
    void resultsCheckTheirRanges() {
        fails("reading scaled score must be 80 to 120, not 79", () -> new Ks2Result(79, 100));
        fails("maths scaled score must be 80 to 120, not 121", () -> new Ks2Result(100, 121));
        fails("english grade must be 1 to 9, not 0", () -> new Ks4Result(0, 5));
        assertEquals(new BigDecimal("4.5"), new Ks4Result(4, 5).averageGrade());
        assertEquals(new BigDecimal("9.0"), new Ks4Result(9, 9).averageGrade());
    }

    @Test
    void staffMemberChecksFteAndPay() {
        fails("fte must be in (0, 1], not 0", () -> staff("0", "10.00"));
        fails("fte must be in (0, 1], not 1.01", () -> staff("1.01", "10.00"));
        fails("hourlyPay must be positive, not 0.00", () -> staff("1", "0.00"));
        StaffMember m = staff("0.5", "12.50");
        assertEquals(java.util.Optional.of(Dimensions.STAFF_ROLE.category("teacher")), m.category("staff_role"));
        assertEquals(java.util.Optional.empty(), m.category("sen_provision"));
        assertEquals(false, m.categories().containsKey("sen_provision"));
    }

    private static StaffMember staff(String fte, String pay) {
        return new StaffMember("S001", Dimensions.SEX.category("female"), CensusEthnicity.WBRI,
                Dimensions.DISABILITY.category("not_disabled"), Dimensions.STAFF_ROLE.category("teacher"),
                new BigDecimal(fte), new BigDecimal(pay));
    }

    @Test
    void pupilAndApplicantRejectNulls() {
        assertThrows(NullPointerException.class, () -> new Pupil("P1", null, CensusEthnicity.WBRI,
                Dimensions.SEN_PROVISION.category("N"), false, Dimensions.EAL.category("english"), Optional.empty(),
                Optional.empty()));
        assertThrows(NullPointerException.class, () -> new JobApplicant("A1", Dimensions.SEX.category("male"),
                CensusEthnicity.WBRI, Dimensions.DISABILITY.category("disabled"),
                Dimensions.STAFF_ROLE.category("teacher"), null));
    }

    @Test
    void stagesAreOrdered() {
        assertTrue(ApplicationStage.APPOINTED.reached(ApplicationStage.SHORTLISTED));
        assertTrue(ApplicationStage.SHORTLISTED.reached(ApplicationStage.SHORTLISTED));
        assertFalse(ApplicationStage.APPLIED.reached(ApplicationStage.SHORTLISTED));
        assertEquals("appointed", ApplicationStage.APPOINTED.getCode());
    }

    @Test
    void nearMissRejectsNullsAndDescribesItself() {
        NearMiss miss = EqualityGenerators.nearMiss(Rule.NO_BASELINE).sample(1L);
        assertTrue(miss.toString().startsWith("smart.no-baseline at objectives["), miss.toString());
        assertThrows(NullPointerException.class, () -> new NearMiss(null, miss.plan(), "", miss.source()));
    }
}
