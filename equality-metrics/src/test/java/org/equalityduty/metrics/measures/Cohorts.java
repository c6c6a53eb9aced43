package org.equalityduty.metrics.measures;

import java.util.ArrayList;
import java.util.List;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Disclosure;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Subject;

/** Hand-made cohorts shared by the tests; the expected figures are worked out where they are asserted. */
final class Cohorts {
    static final Category DISADVANTAGED = Category.of("disadvantage", "disadvantaged", "Disadvantaged");
    static final Category OTHER = Category.of("disadvantage", "other", "Not disadvantaged");
    static final Category FEMALE = Category.of("sex", "female", "Female");
    static final Category MALE = Category.of("sex", "male", "Male");
    static final Category TEACHER = Category.of("role", "teacher", "Teacher");
    static final Category SUPPORT = Category.of("role", "support", "Support staff");
    static final Category WBRI = Category.of("ethnicity", "WBRI", "White - British");
    static final Category REFU = Category.of("ethnicity", "REFU", "Refused", Disclosure.REFUSED);
    static final Category NOBT = Category.of("ethnicity", "NOBT", "Not obtained", Disclosure.NOT_OBTAINED);

    static final Outcome KS2_READING = Outcome.of(KeyStage.KS2, Subject.READING);
    static final Outcome KS2_MATHS = Outcome.of(KeyStage.KS2, Subject.MATHS);
    static final Outcome KS2_RWM = Outcome.of(KeyStage.KS2, Subject.READING_WRITING_MATHS);

    static final Group DISADVANTAGED_GROUP = Group.of(DISADVANTAGED);
    static final Group OTHER_GROUP = Group.of(OTHER);

    private Cohorts() {
    }

    /**
     * Ten KS2 pupils. Disadvantaged: reading 95, 100, 105 (mean 100, sd 5), 1 of 3 met RWM. Others: reading 100, 102,
     * ..., 112 (mean 106, sd √(112/6)), 5 of 7 met RWM. Maths equals reading for everyone.
     */
    static List<PersonRecord> pupils() {
        List<PersonRecord> out = new ArrayList<>();
        int[] d = {95, 100, 105};
        boolean[] dMet = {false, true, false};
        for (int i = 0; i < d.length; i++) {
            out.add(pupil(DISADVANTAGED, i % 2 == 0 ? MALE : FEMALE, d[i], dMet[i]));
        }
        int[] o = {100, 102, 104, 106, 108, 110, 112};
        boolean[] oMet = {false, false, true, true, true, true, true};
        for (int i = 0; i < o.length; i++) {
            out.add(pupil(OTHER, i % 2 == 0 ? FEMALE : MALE, o[i], oMet[i]));
        }
        return out;
    }

    static PersonRecord pupil(Category disadvantage, Category sex, double reading, boolean metRwm) {
        return PersonRecord.builder().category(disadvantage).category(sex).score(KS2_READING, reading)
                .score(KS2_MATHS, reading).metStandard(KS2_RWM, metRwm).build();
    }

    /**
     * Twelve staff. Teachers: 5 women (FTE 1, 1, 0.6, 0.4, 1) and 3 men (FTE 1 each); support staff: 4 women (FTE 0.5).
     * Ethnicity: 9 WBRI, 2 refused, 1 not obtained.
     */
    static List<PersonRecord> staff() {
        List<PersonRecord> out = new ArrayList<>();
        double[] womenFte = {1, 1, 0.6, 0.4, 1};
        Category[] ethnicity = {WBRI, WBRI, WBRI, WBRI, WBRI, WBRI, WBRI, WBRI, WBRI, REFU, REFU, NOBT};
        int e = 0;
        for (double f : womenFte) {
            out.add(staff(TEACHER, FEMALE, f, ethnicity[e++]));
        }
        for (int i = 0; i < 3; i++) {
            out.add(staff(TEACHER, MALE, 1, ethnicity[e++]));
        }
        for (int i = 0; i < 4; i++) {
            out.add(staff(SUPPORT, FEMALE, 0.5, ethnicity[e++]));
        }
        return out;
    }

    static PersonRecord staff(Category role, Category sex, double fte, Category ethnicity) {
        return PersonRecord.builder().category(role).category(sex).category(ethnicity).fte(fte).build();
    }

    /** Ten women applicants (4 applied only, 4 shortlisted, 2 appointed) and five men (all appointed). */
    static List<PersonRecord> applicants() {
        List<PersonRecord> out = new ArrayList<>();
        ApplicantStage[] women = {ApplicantStage.APPLIED, ApplicantStage.APPLIED, ApplicantStage.APPLIED,
            ApplicantStage.APPLIED, ApplicantStage.SHORTLISTED, ApplicantStage.SHORTLISTED, ApplicantStage.SHORTLISTED,
            ApplicantStage.SHORTLISTED, ApplicantStage.APPOINTED, ApplicantStage.APPOINTED};
        for (ApplicantStage s : women) {
            out.add(PersonRecord.builder().category(FEMALE).stage(s).build());
        }
        for (int i = 0; i < 5; i++) {
            out.add(PersonRecord.builder().category(MALE).stage(ApplicantStage.APPOINTED).build());
        }
        return out;
    }
}
