package org.equalityduty.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.EthnicGroup;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.plan.KeyStage;
import org.junit.jupiter.api.Test;

/**
 * Data sets have the documented distributions. Tolerances are about four standard errors of a share at the sample
 * size used (for a share p of n people, sqrt(p(1-p)/n)), so a correct generator fails with negligible probability;
 * the seeds are fixed anyway.
 */
class DataSetProperties {
    private static final List<Pupil> KS2 = EqualityGenerators.pupilCohorts(PupilCohortConfig.defaults()
            .withSize(20_000)).sample(1L);
    private static final List<Pupil> KS4 = EqualityGenerators.pupilCohorts(PupilCohortConfig.defaults()
            .withSize(20_000).withKeyStage(KeyStage.KS4)).sample(2L);

    private static <T> double share(List<T> list, Predicate<T> p) {
        return list.stream().filter(p).count() / (double) list.size();
    }

    private static void near(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(expected - actual) <= tolerance, what + ": expected about " + expected + " but was "
                + actual);
    }

    @Test
    void pupilSharesMatchTheDefaults() {
        near(0.25, share(KS2, Pupil::disadvantaged), 0.013, "disadvantaged");
        near(0.49, share(KS2, p -> p.sex().getCode().equals("female")), 0.015, "female");
        near(0.04, share(KS2, p -> p.senProvision().getCode().equals("E")), 0.006, "EHC plan");
        near(0.13, share(KS2, p -> p.senProvision().getCode().equals("K")), 0.01, "SEN support");
        near(0.20, share(KS2, p -> p.eal().getCode().equals("eal")), 0.012, "EAL");
        near(0.62, share(KS2, p -> p.ethnicity() == CensusEthnicity.WBRI), 0.015, "White British");
        near(0.012, share(KS2, p -> p.ethnicity() == CensusEthnicity.REFU), 0.004, "refused");
        near(0.010, share(KS2, p -> p.ethnicity() == CensusEthnicity.NOBT), 0.004, "not obtained");
        near(0.02, share(KS2, p -> p.ks2().isEmpty()), 0.005, "no result");
    }

    @Test
    void ks2ScoresAreInRangeWithADisadvantageGap() {
        for (Pupil p : KS2) {
            assertTrue(p.ks4().isEmpty());
            p.ks2().ifPresent(r -> {
                assertTrue(r.reading() >= 80 && r.reading() <= 120);
                assertTrue(r.maths() >= 80 && r.maths() <= 120);
            });
        }
        double dis = meanReading(KS2, true);
        double others = meanReading(KS2, false);
        // the model's gap is 4 points; clamping at 80 and 120 narrows it a little
        near(4.0, others - dis, 0.8, "KS2 reading gap");
        near(104.0, KS2.stream().filter(p -> p.ks2().isPresent()).mapToInt(p -> p.ks2().get().maths()).average()
                .orElseThrow(), 1.5, "KS2 maths mean");
    }

    private static double meanReading(List<Pupil> cohort, boolean disadvantaged) {
        return cohort.stream().filter(p -> p.disadvantaged() == disadvantaged && p.ks2().isPresent())
                .mapToInt(p -> p.ks2().get().reading()).average().orElseThrow();
    }

    @Test
    void ks4GradesAreInRangeWithHalfGradeAverages() {
        for (Pupil p : KS4) {
            assertTrue(p.ks2().isEmpty());
            p.ks4().ifPresent(r -> {
                assertTrue(r.english() >= 1 && r.english() <= 9);
                BigDecimal twice = r.averageGrade().multiply(BigDecimal.valueOf(2));
                assertEquals(0, twice.remainder(BigDecimal.ONE).signum(), r::toString);
            });
        }
        double dis = KS4.stream().filter(p -> p.disadvantaged() && p.ks4().isPresent())
                .mapToDouble(p -> p.ks4().get().averageGrade().doubleValue()).average().orElseThrow();
        double others = KS4.stream().filter(p -> !p.disadvantaged() && p.ks4().isPresent())
                .mapToDouble(p -> p.ks4().get().averageGrade().doubleValue()).average().orElseThrow();
        near(1.3, others - dis, 0.25, "KS4 average grade gap");
    }

    @Test
    void pupilsMatchGroupsThroughTheirCategories() {
        Group disadvantagedBoys = Group.of(Dimensions.DISADVANTAGE.category("disadvantaged"),
                Dimensions.SEX.category("male"));
        for (Pupil p : KS2.subList(0, 500)) {
            assertEquals(p.disadvantaged() && p.sex().getCode().equals("male"),
                    disadvantagedBoys.matches(p.categories()::get));
            assertEquals(Optional.of(Dimensions.ethnicGroupOf(p.ethnicity())), p.category("ethnic_group"));
            assertEquals(p.category("ethnic_group").orElseThrow(), p.categories().get("ethnic_group"));
        }
    }

    @Test
    void staffListsHaveValidFteAndPay() {
        List<StaffMember> staff = EqualityGenerators.staffLists(StaffListConfig.defaults().withSize(10_000))
                .sample(3L);
        near(0.76, share(staff, m -> m.sex().getCode().equals("female")), 0.02, "female");
        near(0.42, share(staff, m -> m.role().getCode().equals("teacher")), 0.02, "teachers");
        near(0.04, share(staff, m -> m.disability().getCode().equals("disabled")), 0.008, "disabled");
        assertTrue(staff.stream().anyMatch(m -> m.ethnicity() == CensusEthnicity.REFU));
        for (StaffMember m : staff) {
            assertTrue(m.fte().signum() > 0 && m.fte().compareTo(BigDecimal.ONE) <= 0, m::toString);
            assertEquals(2, m.hourlyPay().scale());
        }
        qt().forAll(EqualityGenerators.staffLists().toGen()).check(list -> list.size() >= 10 && list.size() <= 120);
    }

    @Test
    void applicantsReachStagesAtTheConfiguredRates() {
        List<JobApplicant> pool = EqualityGenerators.applicantPools(ApplicantPoolConfig.defaults().withSize(20_000))
                .sample(4L);
        double shortlisted = share(pool, a -> a.stage().reached(ApplicationStage.SHORTLISTED));
        near(0.25, shortlisted, 0.013, "shortlisted");
        near(0.30, share(pool, a -> a.stage() == ApplicationStage.APPOINTED) / shortlisted, 0.03, "appointed");
    }

    @Test
    void minorityEthnicShortlistRatioLowersTheirRate() {
        List<JobApplicant> pool = EqualityGenerators.applicantPools(ApplicantPoolConfig.defaults().withSize(40_000)
                .withMinorityEthnicShortlistRatio(0.5)).sample(5L);
        Predicate<JobApplicant> minority = a -> a.ethnicity().getMajorGroup() != EthnicGroup.WHITE
                && a.ethnicity().getMajorGroup() != EthnicGroup.UNCLASSIFIED;
        List<JobApplicant> minorities = pool.stream().filter(minority).collect(java.util.stream.Collectors.toList());
        List<JobApplicant> white = pool.stream().filter(a -> a.ethnicity().getMajorGroup() == EthnicGroup.WHITE)
                .collect(java.util.stream.Collectors.toList());
        near(0.125, share(minorities, a -> a.stage().reached(ApplicationStage.SHORTLISTED)), 0.02, "minority");
        near(0.25, share(white, a -> a.stage().reached(ApplicationStage.SHORTLISTED)), 0.015, "white");
    }

    @Test
    void cohortSizesStayInTheConfiguredRangeAndIdsAreUnique() {
        qt().forAll(EqualityGenerators.pupilCohorts(PupilCohortConfig.defaults().withSizeBetween(3, 30)).toGen()).check(c ->
                c.size() >= 3 && c.size() <= 30 && c.stream().map(Pupil::id).distinct().count() == c.size());
        assertEquals("P001", EqualityGenerators.pupilCohorts().sample(9L).get(0).id());
    }
}
