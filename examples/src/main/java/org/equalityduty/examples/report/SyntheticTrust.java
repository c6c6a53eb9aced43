package org.equalityduty.examples.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.testkit.ApplicantPoolConfig;
import org.equalityduty.testkit.EqualityGenerators;
import org.equalityduty.testkit.JobApplicant;
import org.equalityduty.testkit.Pupil;
import org.equalityduty.testkit.PupilCohortConfig;
import org.equalityduty.testkit.Sample;
import org.equalityduty.testkit.StaffListConfig;
import org.equalityduty.testkit.StaffMember;

/**
 * A synthetic multi-academy trust drawn from the testkit's data-set generators: 12 schools (8 primary, 4
 * secondary), 6,000 pupils, 900 staff and 400 job applicants a year, all from one seed.
 *
 * <p>Each school's roll is drawn as two cohorts: the exam year group (year 6 in a primary, year 11 in a secondary)
 * with results, and the other year groups without (the testkit's {@code missingResultShare} set to 1). The trust
 * recruits centrally, so applicants form one pool per year. Earlier years (2023 and 2024) are drawn for the progress
 * section only: the KS2 year groups and applicant pools of those years, with a wider disadvantage gap and fewer male
 * applicants, so that the Soke plan's criteria have a history to be judged on (illustrative, not a forecast).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param seed  the seed everything was drawn from
 * @param schools  the schools in a fixed order, not null
 * @param applicants  the current year's applicant pool (2025), not null
 * @param history  the earlier years, oldest first (2023, 2024), not null
 */
public record SyntheticTrust(long seed, List<School> schools, List<JobApplicant> applicants, List<Year> history) {

    /** The year the current data describe (results of summer 2025, applicants to August 2025). */
    public static final int CURRENT_YEAR = 2025;

    /** The KS2 disadvantage gap of the attainment model by year, in scaled-score points (illustrative). */
    static final double[] KS2_GAP_BY_YEAR = {4.8, 4.4, 4.0};
    /** The share of women among applicants by year (illustrative): more men apply each year. */
    static final double[] FEMALE_APPLICANTS_BY_YEAR = {0.76, 0.73, 0.70};
    /** Applicants per year. */
    static final int APPLICANTS_PER_YEAR = 400;

    private static final String[] NAMES = {
        "Bishop's Meadow Primary Academy", "Crowland Road Primary School", "Eye Green Primary Academy",
        "Fengate Primary School", "Hampton Lakes Primary Academy", "Longthorpe Primary School",
        "Nene Valley Primary Academy", "Welland Park Primary School", "Cathedral Close Academy",
        "Ferry Meadows School", "Orton Brook Academy", "Soke Park College"};
    private static final int[] ROLL = {210, 420, 315, 280, 350, 245, 315, 265, 1050, 840, 960, 750};
    private static final int[] STAFF = {35, 60, 45, 40, 50, 38, 45, 40, 150, 125, 140, 132};
    private static final int PRIMARIES = 8;

    /**
     * One school of the trust.
     *
     * @param organisation  the school, with its name and six-digit URN, not null
     * @param phase  "Primary" or "Secondary", not null
     * @param pupils  the whole roll, the exam year group first, not null
     * @param staff  the staff list, not null
     */
    public record School(Organisation organisation, String phase, List<Pupil> pupils, List<StaffMember> staff) {
        /**
         * Checks and copies the components.
         *
         * @param organisation  the school, with its name and six-digit URN, not null
         * @param phase  the phase
         * @param pupils  the pupils
         * @param staff  the staff
         */
        public School {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(phase, "phase");
            pupils = List.copyOf(pupils);
            staff = List.copyOf(staff);
        }
    }

    /**
     * The data of an earlier year that the progress section needs.
     *
     * @param year  the calendar year of the summer results
     * @param ks2  the KS2 year group of every primary, not null
     * @param applicants  the applicant pool, not null
     */
    public record Year(int year, List<Pupil> ks2, List<JobApplicant> applicants) {
        /**
         * Copies the components.
         *
         * @param year  the year
         * @param ks2  the pupils
         * @param applicants  the applicants
         */
        public Year {
            ks2 = List.copyOf(ks2);
            applicants = List.copyOf(applicants);
        }
    }

    /**
     * Checks and copies the components.
     *
     * @param seed  the seed
     * @param schools  the schools
     * @param applicants  the applicants
     * @param history  the earlier years
     */
    public SyntheticTrust {
        schools = List.copyOf(schools);
        applicants = List.copyOf(applicants);
        history = List.copyOf(history);
    }

    /**
     * Draws the trust from a seed: the same seed gives the same trust.
     *
     * @param seed  the seed
     * @return the trust, not null
     */
    public static SyntheticTrust generate(long seed) {
        RandomGenerator random = Sample.random(seed);
        Set<String> urns = new LinkedHashSet<>();
        while (urns.size() < NAMES.length) {
            urns.add(EqualityGenerators.urns().apply(random));
        }
        List<String> urnList = new ArrayList<>(urns);
        List<School> schools = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            boolean primary = i < PRIMARIES;
            int examCohort = Math.round(ROLL[i] / (primary ? 7f : 5f));
            List<Pupil> pupils = new ArrayList<>(examCohort(primary, examCohort, KS2_GAP_BY_YEAR[2]).apply(random));
            pupils.addAll(EqualityGenerators.pupilCohorts(PupilCohortConfig.defaults()
                    .withSize(ROLL[i] - examCohort).withMissingResultShare(1.0)).apply(random));
            List<StaffMember> staff = EqualityGenerators.staffLists(StaffListConfig.defaults().withSize(STAFF[i]))
                    .apply(random);
            schools.add(new School(Organisation.school(NAMES[i], urnList.get(i)), primary ? "Primary" : "Secondary", pupils, staff));
        }
        List<JobApplicant> applicants = applicants(FEMALE_APPLICANTS_BY_YEAR[2]).apply(random);
        List<Year> history = new ArrayList<>();
        for (int y = 0; y < 2; y++) {
            List<Pupil> ks2 = new ArrayList<>();
            for (int i = 0; i < PRIMARIES; i++) {
                ks2.addAll(examCohort(true, Math.round(ROLL[i] / 7f), KS2_GAP_BY_YEAR[y]).apply(random));
            }
            history.add(new Year(CURRENT_YEAR - 2 + y, ks2, applicants(FEMALE_APPLICANTS_BY_YEAR[y]).apply(random)));
        }
        return new SyntheticTrust(seed, schools, applicants, history);
    }

    private static Sample<List<Pupil>> examCohort(boolean primary, int size, double ks2Gap) {
        PupilCohortConfig config = PupilCohortConfig.defaults().withSize(size)
                .withKeyStage(primary ? KeyStage.KS2 : KeyStage.KS4);
        return EqualityGenerators.pupilCohorts(config.withDisadvantageGap(ks2Gap, config.getKs4DisadvantageGap()));
    }

    private static Sample<List<JobApplicant>> applicants(double femaleShare) {
        return EqualityGenerators.applicantPools(ApplicantPoolConfig.defaults().withSize(APPLICANTS_PER_YEAR)
                .withFemaleShare(femaleShare));
    }

    /**
     * Gets every pupil of the trust.
     *
     * @return the pupils, school by school, not null
     */
    public List<Pupil> pupils() {
        List<Pupil> all = new ArrayList<>();
        schools.forEach(s -> all.addAll(s.pupils()));
        return all;
    }

    /**
     * Gets every member of staff of the trust.
     *
     * @return the staff, school by school, not null
     */
    public List<StaffMember> staff() {
        List<StaffMember> all = new ArrayList<>();
        schools.forEach(s -> all.addAll(s.staff()));
        return all;
    }
}
