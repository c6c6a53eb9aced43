package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalDouble;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.metrics.measures.PersonRecord;
import org.junit.jupiter.api.Test;

class StaffRowTest {
    private static final String HEADER = "staff_id,school_urn,sex,ethnicity,role,fte,disability,grade,hourly_pay\n";

    @Test
    void categoriesAndFteForTheEvaluator() throws ImportException {
        StaffRow s = Csv.staff(HEADER + "S1,123456,F,MOTH,teaching_assistant,0.75,1,TA3,12.5\n").getValue().get(0);
        assertEquals(Optional.of(Dimensions.ETHNIC_GROUP.category("mixed")), s.getCategory("ethnic_group"),
                "MOTH is Mixed");
        assertEquals(Optional.of(Dimensions.DISABILITY.category("disabled")), s.getCategory("disability"));
        assertEquals(Optional.of(Dimensions.STAFF_ROLE.category("teaching_assistant")), s.getCategory("staff_role"));
        assertEquals(OptionalDouble.of(0.75), StaffRow.view().fteOf(s));
        assertEquals("12.5", s.getHourlyPay().orElseThrow().toPlainString());
        PersonRecord r = s.toPersonRecord();
        assertEquals(OptionalDouble.of(0.75), r.getFte());
        assertEquals(5, r.getCategories().size());
        assertEquals("StaffRow[line 2, S1 at 123456]", s.toString());
        StaffRow same = Csv.staff(HEADER + "S1,123456,F,MOTH,teaching_assistant,0.75,1,TA3,12.5\n").getValue().get(0);
        assertEquals(s, same);
        assertEquals(s.hashCode(), same.hashCode());
        assertNotEquals(s, Csv.staff(HEADER + "S1,123456,F,MOTH,teaching_assistant,0.75,1,TA3,12.51\n").getValue()
                .get(0));
    }

    @Test
    void badFteAndPayAreErrors() {
        String message = assertThrows(ImportException.class, () -> Csv.staff(HEADER
                + "S1,123456,F,WBRI,teacher,0,0,,12.345\n"
                + "S2,123456,F,WBRI,teacher,1.2,0,,-3\n"
                + "S3,123456,F,WBRI,teacher,one,0," + "g".repeat(65) + ",£ten\n")).getMessage();
        assertEquals("staff.csv cannot be imported: 7 problems\n"
                + "  line 2, column 'fte', value '0': out of range (expected a number more than 0 and at most 1, or"
                + " blank)\n"
                + "  line 2, column 'hourly_pay', value '12.345': more than two decimal places (expected an amount"
                + " in pounds such as 12.45, more than 0, or blank)\n"
                + "  line 3, column 'fte', value '1.2': out of range (expected a number more than 0 and at most 1,"
                + " or blank)\n"
                + "  line 3, column 'hourly_pay', value '-3': out of range (expected an amount in pounds such as"
                + " 12.45, more than 0, or blank)\n"
                + "  line 4, column 'fte', value 'one': not a number (expected a number more than 0 and at most 1,"
                + " or blank)\n"
                + "  line 4, column 'grade', value '" + "g".repeat(37) + "...': longer than 64 characters\n"
                + "  line 4, column 'hourly_pay', value '£ten': not an amount (expected an amount in pounds such as"
                + " 12.45, more than 0, or blank)", message);
    }
}
