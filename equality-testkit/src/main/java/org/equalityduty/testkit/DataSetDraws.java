package org.equalityduty.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.EthnicGroup;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.testkit.internal.DomainDraws;
import org.equalityduty.testkit.internal.Source;

/**
 * Draws pupil cohorts, staff lists and applicant pools; the distributions are documented on the configuration
 * classes.
 *
 * <p>Not part of the public API.
 *
 * @since 0.1.0
 */
final class DataSetDraws {
    private static final Category FEMALE = Dimensions.SEX.category("female");
    private static final Category MALE = Dimensions.SEX.category("male");
    private static final List<Category> SEN = List.of(Dimensions.SEN_PROVISION.category("N"),
            Dimensions.SEN_PROVISION.category("K"), Dimensions.SEN_PROVISION.category("E"));
    private static final List<Category> EAL = List.of(Dimensions.EAL.category("english"),
            Dimensions.EAL.category("eal"), Dimensions.EAL.category("refused"),
            Dimensions.EAL.category("not_obtained"));
    private static final List<Category> DISABILITY = List.of(Dimensions.DISABILITY.category("not_disabled"),
            Dimensions.DISABILITY.category("disabled"), Dimensions.DISABILITY.category("refused"),
            Dimensions.DISABILITY.category("not_obtained"));
    /** Roles, most common first: teacher, teaching assistant, administrative, other support, leadership, site. */
    private static final List<String> ROLES = List.of("teacher", "teaching_assistant", "administrative",
            "other_support", "leadership", "site");
    private static final int[] STAFF_ROLE_WEIGHTS = {42, 28, 12, 8, 6, 4};
    private static final int[] APPLICANT_ROLE_WEIGHTS = {45, 30, 12, 5, 5, 3};
    /** Hourly pay bands in pence by role, in {@link #ROLES} order: illustrative. */
    private static final long[][] PAY_PENCE = {{2200, 3600}, {1150, 1450}, {1200, 1700}, {1200, 1600},
        {3500, 6500}, {1200, 1500}};
    /** Staff ethnicity weights in units of 0.1%, in CensusEthnicity order: illustrative. */
    private static final int[] STAFF_ETHNICITY = {800, 10, 1, 40, 1, 6, 3, 5, 6, 20, 15, 6, 6, 8, 12, 3, 2, 7, 20, 29};

    private DataSetDraws() {
    }

    private static int chance(double share) {
        return (int) Math.round(share * 10_000);
    }

    private static String id(String prefix, int index, int size) {
        int width = Math.max(3, Integer.toString(size).length());
        return prefix + String.format(Locale.ROOT, "%0" + width + "d", index + 1);
    }

    private static int clamp(long value, int min, int max) {
        return (int) Math.max(min, Math.min(max, value));
    }

    /**
     * Draws a pupil cohort.
     *
     * @param s  the source, not null
     * @param config  the configuration, not null
     * @return the pupils, not null
     * @since 0.1.0
     */
    static List<Pupil> pupils(Source s, PupilCohortConfig config) {
        int size = s.intBetween(config.getMinSize(), config.getMaxSize());
        return s.list(size, size, i -> pupil(s, config, id("P", i, size)));
    }

    private static Pupil pupil(Source s, PupilCohortConfig c, String id) {
        Category sex = s.chance(chance(c.getFemaleShare())) ? FEMALE : MALE;
        CensusEthnicity ethnicity = DomainDraws.ethnicity(s);
        int ehc = chance(c.getEhcPlanShare());
        int support = chance(c.getSenSupportShare());
        Category sen = SEN.get(s.weighted(new int[] {10_000 - ehc - support, support, ehc}));
        boolean disadvantaged = s.chance(chance(c.getDisadvantagedShare()));
        int eal = chance(c.getEalShare());
        int unknown = chance(c.getEalUnknownShare());
        Category language = EAL.get(s.weighted(new int[] {10_000 - eal - unknown, eal, unknown / 2,
            unknown - unknown / 2}));
        Optional<Ks2Result> ks2 = Optional.empty();
        Optional<Ks4Result> ks4 = Optional.empty();
        boolean missing = s.chance(chance(c.getMissingResultShare()));
        // Correlated attainment: a common part and a subject part, each standard normal (correlation 0.64).
        double common = s.normal();
        double first = 0.8 * common + 0.6 * s.normal();
        double second = 0.8 * common + 0.6 * s.normal();
        int senIndex = SEN.indexOf(sen);
        if (!missing && c.getKeyStage() == KeyStage.KS2) {
            // Penalties are centred so that the cohort mean stays at 105 (reading) and 104 (maths).
            double mean = c.getDisadvantagedShare() * c.getKs2DisadvantageGap() + c.getSenSupportShare() * 5
                    + c.getEhcPlanShare() * 10;
            double penalty = (disadvantaged ? c.getKs2DisadvantageGap() : 0.0) + (senIndex == 1 ? 5 : 0)
                    + (senIndex == 2 ? 10 : 0) - mean;
            ks2 = Optional.of(new Ks2Result(clamp(Math.round(105 + 6.5 * first - penalty), 80, 120),
                    clamp(Math.round(104 + 6.5 * second - penalty), 80, 120)));
        } else if (!missing) {
            double mean = c.getDisadvantagedShare() * c.getKs4DisadvantageGap() + c.getSenSupportShare() * 1.2
                    + c.getEhcPlanShare() * 2.5;
            double penalty = (disadvantaged ? c.getKs4DisadvantageGap() : 0.0) + (senIndex == 1 ? 1.2 : 0)
                    + (senIndex == 2 ? 2.5 : 0) - mean;
            ks4 = Optional.of(new Ks4Result(clamp(Math.round(5.0 + 1.9 * first - penalty), 1, 9),
                    clamp(Math.round(5.0 + 1.9 * second - penalty), 1, 9)));
        }
        return new Pupil(id, sex, ethnicity, sen, disadvantaged, language, ks2, ks4);
    }

    /**
     * Draws a staff list.
     *
     * @param s  the source, not null
     * @param config  the configuration, not null
     * @return the staff, not null
     * @since 0.1.0
     */
    static List<StaffMember> staff(Source s, StaffListConfig config) {
        int size = s.intBetween(config.getMinSize(), config.getMaxSize());
        return s.list(size, size, i -> member(s, config, id("S", i, size)));
    }

    // STAFF_ETHNICITY is in CensusEthnicity declaration order, as DomainDraws.ethnicityPerMille is.
    @SuppressWarnings("EnumOrdinal")
    private static StaffMember member(Source s, StaffListConfig c, String id) {
        Category sex = s.chance(chance(c.getFemaleShare())) ? FEMALE : MALE;
        CensusEthnicity ethnicity = CensusEthnicity.values()[s.weighted(STAFF_ETHNICITY)];
        int disabled = chance(c.getDisabledShare());
        Category disability = DISABILITY.get(s.weighted(new int[] {6400 - disabled, disabled, 600, 3000}));
        int role = s.weighted(STAFF_ROLE_WEIGHTS);
        String roleCode = ROLES.get(role);
        long fteHundredths;
        switch (roleCode) {
            case "teacher":
            case "leadership":
                fteHundredths = s.chance(roleCode.equals("teacher") ? 2500 : 1000) ? 10 * s.between(4, 9) : 100;
                break;
            case "teaching_assistant":
                fteHundredths = s.chance(3000) ? 100 : s.between(40, 95);
                break;
            default:
                fteHundredths = s.chance(5000) ? 100 : s.between(20, 95);
                break;
        }
        long pence = s.between(PAY_PENCE[role][0], PAY_PENCE[role][1]);
        return new StaffMember(id, sex, ethnicity, disability, Dimensions.STAFF_ROLE.category(roleCode),
                BigDecimal.valueOf(fteHundredths, 2), BigDecimal.valueOf(pence, 2));
    }

    /**
     * Draws an applicant pool.
     *
     * @param s  the source, not null
     * @param config  the configuration, not null
     * @return the applicants, not null
     * @since 0.1.0
     */
    static List<JobApplicant> applicants(Source s, ApplicantPoolConfig config) {
        int size = s.intBetween(config.getMinSize(), config.getMaxSize());
        return s.list(size, size, i -> applicant(s, config, id("A", i, size)));
    }

    private static JobApplicant applicant(Source s, ApplicantPoolConfig c, String id) {
        Category sex = s.chance(chance(c.getFemaleShare())) ? FEMALE : MALE;
        CensusEthnicity ethnicity = DomainDraws.ethnicity(s);
        Category disability = DISABILITY.get(s.weighted(new int[] {82, 5, 3, 10}));
        Category role = Dimensions.STAFF_ROLE.category(ROLES.get(s.weighted(APPLICANT_ROLE_WEIGHTS)));
        boolean minority = ethnicity.getMajorGroup() != EthnicGroup.WHITE
                && ethnicity.getMajorGroup() != EthnicGroup.UNCLASSIFIED;
        double shortlist = Math.min(1.0, c.getShortlistedShare() * (minority ? c.getMinorityEthnicShortlistRatio()
                : 1.0));
        ApplicationStage stage = ApplicationStage.APPLIED;
        if (s.chance(chance(shortlist))) {
            stage = s.chance(chance(c.getAppointedShareOfShortlisted())) ? ApplicationStage.APPOINTED
                    : ApplicationStage.SHORTLISTED;
        }
        return new JobApplicant(id, sex, ethnicity, disability, role, stage);
    }
}
