package org.equalityduty.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.testkit.ApplicantPoolConfig;
import org.equalityduty.testkit.EqualityGenerators;
import org.equalityduty.testkit.JobApplicant;
import org.equalityduty.testkit.Pupil;
import org.equalityduty.testkit.PupilCohortConfig;
import org.equalityduty.testkit.Sample;
import org.equalityduty.testkit.StaffListConfig;
import org.equalityduty.testkit.StaffMember;

/**
 * Generates the synthetic sample files in {@code examples/data/} from the testkit's generators, deterministically
 * from one seed: a trust of two primary schools and one secondary school. {@link SampleDataTest} checks that the
 * committed files are exactly what this class writes; run {@link #main(String[])} to write them again.
 *
 * <p>The testkit draws sex, ethnicity, SEN, disadvantage, first language and KS2/KS4 results of pupils, and the
 * staff and applicant lists; the columns it has no model for (year group, KS2 writing, Attainment 8, attendance,
 * suspensions, grade, vacancy) are drawn here from the same random source, simply: they are illustrative.
 */
final class SampleData {
    static final long SEED = 20260901L;
    static final Path DIR = Paths.get("..", "examples", "data");

    private static final int[] ROLL = {210, 315, 600};
    private static final int[] EXAM_COHORT = {30, 45, 120};
    private static final int[] STAFF = {30, 42, 80};
    private static final int APPLICANTS = 150;

    private SampleData() {
    }

    /**
     * Writes the files.
     *
     * @param args ignored
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Files.createDirectories(DIR);
        for (Map.Entry<String, String> e : generate().entrySet()) {
            Files.writeString(DIR.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The files by name, in a fixed order. */
    static Map<String, String> generate() {
        RandomGenerator random = Sample.random(SEED);
        Set<String> urns = new LinkedHashSet<>();
        while (urns.size() < ROLL.length) {
            urns.add(EqualityGenerators.urns().apply(random));
        }
        List<String> urnList = new ArrayList<>(urns);
        StringBuilder pupils = new StringBuilder("pupil_id,school_urn,sex,ethnicity,sen,disadvantaged,eal,"
                + "looked_after,year_group,ks2_reading,ks2_maths,ks2_writing_expected,ks4_attainment8,"
                + "ks4_english_maths_grade,sessions_possible,sessions_missed,suspensions\n");
        StringBuilder staff = new StringBuilder("staff_id,school_urn,sex,ethnicity,role,fte,disability,grade,"
                + "hourly_pay\n");
        int pupilNo = 0;
        int staffNo = 0;
        for (int s = 0; s < ROLL.length; s++) {
            boolean primary = s < 2;
            PupilCohortConfig exam = PupilCohortConfig.defaults().withSize(EXAM_COHORT[s])
                    .withKeyStage(primary ? KeyStage.KS2 : KeyStage.KS4);
            List<Pupil> roll = new ArrayList<>(EqualityGenerators.pupilCohorts(exam).apply(random));
            roll.addAll(EqualityGenerators.pupilCohorts(PupilCohortConfig.defaults()
                    .withSize(ROLL[s] - EXAM_COHORT[s]).withMissingResultShare(1.0)).apply(random));
            for (int i = 0; i < roll.size(); i++) {
                Pupil p = roll.get(i);
                boolean inExam = i < EXAM_COHORT[s];
                int year = inExam ? (primary ? 6 : 11) : (primary ? random.nextInt(0, 6) : random.nextInt(7, 11));
                pupils.append(String.format(Locale.ROOT, "P%05d", ++pupilNo)).append(',').append(urnList.get(s))
                        .append(',').append(p.sex().getCode().equals("male") ? "M" : "F")
                        .append(',').append(ethnicityCode(p.ethnicity(), pupilNo))
                        .append(',').append(p.senProvision().getCode())
                        .append(',').append(p.disadvantaged() ? 1 : 0)
                        .append(',').append(eal(p.eal().getCode()))
                        .append(',').append(p.disadvantaged() && random.nextInt(40) == 0 ? 1 : 0)
                        .append(',').append(year == 0 ? "R" : Integer.toString(year)).append(',');
                if (p.ks2().isPresent()) {
                    int reading = p.ks2().get().reading();
                    int maths = p.ks2().get().maths();
                    boolean writing = (reading + maths) / 2.0 + random.nextGaussian() * 4 >= 100;
                    pupils.append(reading).append(',').append(maths).append(',').append(writing ? 1 : 0);
                } else {
                    pupils.append(",,");
                }
                pupils.append(',');
                if (p.ks4().isPresent()) {
                    int english = p.ks4().get().english();
                    int maths = p.ks4().get().maths();
                    double others = Math.max(0, Math.min(9, (english + maths) / 2.0 + random.nextGaussian()));
                    BigDecimal a8 = BigDecimal.valueOf(2L * english + 2L * maths)
                            .add(BigDecimal.valueOf(others * 6).setScale(1, RoundingMode.HALF_EVEN));
                    pupils.append(a8.toPlainString()).append(',')
                            .append(BigDecimal.valueOf(english + maths).divide(BigDecimal.valueOf(2)).toPlainString());
                } else {
                    pupils.append(',');
                }
                int possible = 320 + random.nextInt(0, 11) * 2;
                int missed = Math.min(possible, (int) Math.round(Math.abs(random.nextGaussian())
                        * (p.disadvantaged() ? 24 : 14)));
                int suspensions = random.nextInt(100) < (p.disadvantaged() ? 6 : 2) ? 1 + random.nextInt(3) : 0;
                pupils.append(',').append(possible).append(',').append(missed).append(',').append(suspensions)
                        .append('\n');
            }
            for (StaffMember m : EqualityGenerators.staffLists(StaffListConfig.defaults().withSize(STAFF[s]))
                    .apply(random)) {
                String role = m.role().getCode();
                staff.append(String.format(Locale.ROOT, "S%04d", ++staffNo)).append(',').append(urnList.get(s))
                        .append(',').append(m.sex().getCode().equals("male") ? "M" : "F")
                        .append(',').append(m.ethnicity().name())
                        .append(',').append(role)
                        .append(',').append(m.fte().toPlainString())
                        .append(',').append(disability(m.disability().getCode()))
                        .append(',').append(grade(role))
                        .append(',').append(m.hourlyPay().toPlainString()).append('\n');
            }
        }
        StringBuilder applicants = new StringBuilder("applicant_id,vacancy_id,sex,ethnicity,disability,stage\n");
        int applicantNo = 0;
        for (JobApplicant a : EqualityGenerators.applicantPools(ApplicantPoolConfig.defaults()
                .withSize(APPLICANTS)).apply(random)) {
            applicantNo++;
            applicants.append(String.format(Locale.ROOT, "A%04d", applicantNo))
                    .append(',').append(String.format(Locale.ROOT, "V%02d", 1 + applicantNo % 12))
                    .append(',').append(a.sex().getCode().equals("male") ? "M" : "F")
                    .append(',').append(a.ethnicity().name())
                    .append(',').append(disability(a.disability().getCode()))
                    .append(',').append(a.stage().getCode()).append('\n');
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pupils.csv", pupils.toString());
        files.put("staff.csv", staff.toString());
        files.put("applicants.csv", applicants.toString());
        return files;
    }

    /** Every 7th White British pupil is written with an extended code, which the import rolls up. */
    private static String ethnicityCode(CensusEthnicity e, int pupilNo) {
        if (e == CensusEthnicity.WBRI && pupilNo % 7 == 0) {
            return pupilNo % 2 == 0 ? "WENG" : "WSCO";
        }
        return e.name();
    }

    private static String eal(String code) {
        switch (code) {
            case "eal":
                return "1";
            case "english":
                return "0";
            default:
                return "";
        }
    }

    private static String disability(String code) {
        switch (code) {
            case "disabled":
                return "1";
            case "not_disabled":
                return "0";
            case "refused":
                return "REFU";
            default:
                return "NOBT";
        }
    }

    private static String grade(String role) {
        switch (role) {
            case "leadership":
                return "Leadership";
            case "teacher":
                return "Teachers";
            default:
                return "Support";
        }
    }
}
