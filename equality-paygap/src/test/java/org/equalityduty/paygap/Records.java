package org.equalityduty.paygap;

import java.util.ArrayList;
import java.util.List;

/** Small builders for test records. */
final class Records {
    private Records() {
    }

    static PayRecord man(String id, String rate) {
        return PayRecord.of(id, Sex.MALE, rate, "0");
    }

    static PayRecord woman(String id, String rate) {
        return PayRecord.of(id, Sex.FEMALE, rate, "0");
    }

    /** "M:10" or "F:12.50" items, ids e1, e2, ... in order. */
    static List<PayRecord> of(String... items) {
        List<PayRecord> out = new ArrayList<>();
        int i = 1;
        for (String item : items) {
            String[] p = item.split(":");
            out.add(PayRecord.of("e" + i++, p[0].equals("M") ? Sex.MALE : Sex.FEMALE, p[1], p.length > 2 ? p[2] : "0"));
        }
        return out;
    }
}
