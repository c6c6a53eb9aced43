package org.equalityduty.examples.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.examples.report.ReportModel.Chart;
import org.equalityduty.examples.report.ReportModel.Figure;
import org.equalityduty.examples.report.ReportModel.Guide;
import org.equalityduty.examples.report.ReportModel.Point;
import org.equalityduty.examples.report.ReportModel.Row;
import org.equalityduty.examples.report.ReportModel.RowKind;
import org.equalityduty.examples.report.ReportModel.Table;

/**
 * Staff by sex and by role, and sex within each role: one table and a chart of the share of women in each role
 * (sex is charted once: the share of men is the rest), shared by the demo report and the own-data report.
 */
final class StaffTables {
    private static final String C = ReportModel.SUPPRESSED;

    private StaffTables() {
    }

    /** One member of staff: sex and role, either not recorded. */
    record Person(Optional<Category> sex, Optional<Category> role) {
    }

    /**
     * The figure. A role's row is withheld when its number of women or of men is from 1 to k - 1, and one more
     * row where a single withheld row could be worked out from the whole-staff row.
     *
     * @param staff  the staff
     * @param k  the publication threshold
     * @return the figure
     */
    static Figure sexByRole(List<Person> staff, int k) {
        Category female = Dimensions.SEX.category("female");
        Category male = Dimensions.SEX.category("male");
        Map<Category, long[]> byRole = new LinkedHashMap<>();
        for (Category role : Dimensions.STAFF_ROLE.getCategories()) {
            byRole.put(role, new long[2]);
        }
        long[] all = new long[2];
        long unrecorded = 0;
        for (Person p : staff) {
            if (p.sex().isEmpty() || p.role().isEmpty()
                    || !(p.sex().get().equals(female) || p.sex().get().equals(male))) {
                unrecorded++;
                continue;
            }
            int i = p.sex().get().equals(female) ? 0 : 1;
            byRole.get(p.role().get())[i]++;
            all[i]++;
        }
        List<Category> roles = new ArrayList<>(byRole.keySet());
        List<long[]> counts = new ArrayList<>(byRole.values());
        long[] sizes = counts.stream().mapToLong(c -> c[0] + c[1]).toArray();
        BitSet hidden = Suppression.rows(counts, sizes, k);
        boolean allHidden = (all[0] > 0 && all[0] < k) || (all[1] > 0 && all[1] < k);
        List<Row> rows = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (sizes[i] > 0) {
                rows.add(row(roles.get(i).getLabel(), counts.get(i), hidden.get(i) || allHidden, points));
            }
        }
        rows.add(row("All staff", all, allHidden, new ArrayList<>()));
        List<Guide> guides = new ArrayList<>();
        if (!allHidden && all[0] + all[1] > 0) {
            double share = 100.0 * all[0] / (all[0] + all[1]);
            guides.add(new Guide("All staff: " + Fmt.num(share, 1) + "%", share));
        }
        Table table = new Table(List.of("Role", "Staff", "Women", "Men", "Women %"), rows);
        Chart chart = new Chart("Share of women in each staff role",
                "Percentage of staff in each role who are women, with the share among all staff as a dashed line;"
                        + " the rest are men. Withheld roles are marked " + C + ".",
                "Women (% of the role's staff)", points, guides, List.of(), true);
        List<String> notes = new ArrayList<>();
        notes.add("Headcount of the " + (all[0] + all[1]) + " staff whose sex and role are recorded"
                + (unrecorded >= k ? "; " + unrecorded + " more have no sex or role recorded"
                        : unrecorded > 0 ? "; fewer than " + k + " more have no sex or role recorded" : "") + ".");
        return new Figure("staff-sex-role", "Staff by role and sex", notes, table, Optional.of(chart));
    }

    private static Row row(String label, long[] c, boolean hidden, List<Point> points) {
        if (hidden) {
            points.add(new Point(label, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), C,
                    List.of()));
            return new Row(List.of(label, C, C, C, C), RowKind.SUPPRESSED);
        }
        double share = 100.0 * c[0] / (c[0] + c[1]);
        points.add(new Point(label, OptionalDouble.of(share), OptionalDouble.empty(), OptionalDouble.empty(), "",
                List.of()));
        return new Row(List.of(label, Fmt.count(c[0] + c[1]), Fmt.count(c[0]), Fmt.count(c[1]), Fmt.num(share, 1)),
                RowKind.SHOWN);
    }
}
