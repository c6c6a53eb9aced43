package org.equalityduty.examples.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.equalityduty.imports.EqualityImport;
import org.equalityduty.imports.ImportException;
import org.equalityduty.imports.ImportOptions;
import org.equalityduty.imports.StaffRow;
import org.equalityduty.paygap.HourlyPay;
import org.equalityduty.paygap.PayRecord;
import org.equalityduty.paygap.Sex;
import org.junit.jupiter.api.Test;

/** Payroll records from the sample staff file: hourly pay as the rate, sex mapped, no bonus. */
class StaffPayrollTest {
    @Test
    void everySampleRowWithHourlyPayBecomesARecord() throws ImportException {
        List<StaffRow> staff = EqualityImport.readStaff(Path.of("data/staff.csv"), ImportOptions.defaults())
                .getValue();
        List<PayRecord> pay = StaffPayroll.fromStaff(staff);
        long withPay = staff.stream().filter(s -> s.getHourlyPay().isPresent()).count();
        assertEquals(withPay, pay.size());
        // progress_figures.py (see ProgressCommandTest): 40 men and 112 women with hourly pay in the sample file
        assertEquals(40, pay.stream().filter(p -> p.getSex() == Sex.MALE).count());
        assertEquals(112, pay.stream().filter(p -> p.getSex() == Sex.FEMALE).count());
        StaffRow first = staff.get(0);
        PayRecord r = pay.get(0);
        assertEquals(first.getStaffId(), r.getId());
        assertEquals(first.getHourlyPay().map(BigDecimal::toPlainString),
                r.getHourlyPay().map(HourlyPay::getHourlyRate).map(BigDecimal::toPlainString));
        assertEquals(Optional.of(BigDecimal.ZERO), r.getBonusPay());
    }

    @Test
    void noStaffGiveNoRecords() {
        assertEquals(List.of(), StaffPayroll.fromStaff(List.of()));
    }
}
