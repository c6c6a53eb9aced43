package org.equalityduty.examples.progress;

import java.util.ArrayList;
import java.util.List;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.imports.StaffRow;
import org.equalityduty.paygap.PayGapMeasure;
import org.equalityduty.paygap.PayRecord;
import org.equalityduty.paygap.Sex;

/**
 * The payroll records of a staff file, for pay gap measures when no payroll file is given: each row's hourly pay as
 * the hourly rate. The measure itself is evaluated by the library ({@link PayGapMeasure} in equality-paygap).
 *
 * @since 0.2.0
 */
public final class StaffPayroll {
    private StaffPayroll() {
    }

    /**
     * The payroll records of staff rows: each row's hourly pay as the hourly rate and no bonus; rows with no hourly
     * pay are left out of the hourly figures (as the pay gap module treats a record without hourly pay); a row with
     * no recorded sex, or a sex other than female or male, is counted as not recorded.
     *
     * @param staff  the staff rows, not null
     * @return the records, not null; empty if no row has an hourly pay
     * @since 0.2.0
     */
    public static List<PayRecord> fromStaff(List<StaffRow> staff) {
        Category female = Dimensions.SEX.category("female");
        Category male = Dimensions.SEX.category("male");
        List<PayRecord> records = new ArrayList<>();
        for (StaffRow s : staff) {
            if (s.getHourlyPay().isEmpty()) {
                continue;
            }
            Sex sex = s.getSex().map(c -> c.equals(female) ? Sex.FEMALE : c.equals(male) ? Sex.MALE
                    : Sex.NOT_RECORDED).orElse(Sex.NOT_RECORDED);
            records.add(PayRecord.of(s.getStaffId(), sex, s.getHourlyPay().get().toPlainString(), "0"));
        }
        return records;
    }
}
