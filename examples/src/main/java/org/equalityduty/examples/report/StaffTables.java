package org.equalityduty.examples.report;

import static org.equalityduty.examples.report.ReportPublication.ref;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.disclosure.CellRef;
import org.equalityduty.disclosure.FigureKind;
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
 *
 * <p>Declared to the report's publication as a two-way table of roles by sex with its totals, each role's share of
 * women as a percentage of the role's staff, and the staff with no sex or role recorded as a count of its own that,
 * with the table's total, adds up to all staff (when the report publishes that total).
 */
final class StaffTables {
    private static final String C = ReportModel.SUPPRESSED;
    /** The table's id. */
    static final String TABLE = "staff-sex-role";
    private static final String UNRECORDED = "staff-unrecorded";
    private static final String TOTAL = "Total";
    private static final String WOMEN = "Women";
    private static final String MEN = "Men";

    /** One member of staff: sex and role, either not recorded. */
    record Person(Optional<Category> sex, Optional<Category> role) {
    }

    private final List<String> roles = new ArrayList<>();
    private final List<long[]> counts = new ArrayList<>();
    private final long[] all = new long[2];
    private long unrecorded;

    /**
     * Counts the staff.
     *
     * @param staff  the staff
     */
    StaffTables(List<Person> staff) {
        Category female = Dimensions.SEX.category("female");
        Category male = Dimensions.SEX.category("male");
        Map<Category, long[]> byRole = new LinkedHashMap<>();
        for (Category role : Dimensions.STAFF_ROLE.getCategories()) {
            byRole.put(role, new long[2]);
        }
        for (Person p : staff) {
            if (p.sex().isEmpty() || p.role().isEmpty()
                    || !(p.sex().get().equals(female) || p.sex().get().equals(male))) {
                unrecorded++;
                continue;
            }
            int i = p.sex().get().equals(female) ? 0 : 1;
            long[] role = byRole.get(p.role().get());
            if (role == null) {
                throw new IllegalArgumentException("not a staff role: " + p.role().get());
            }
            role[i]++;
            all[i]++;
        }
        byRole.forEach((role, c) -> {
            roles.add(role.getLabel());
            counts.add(c);
        });
    }

    /**
     * Declares the table, the shares of women and the unrecorded staff.
     *
     * @param pub  the publication
     * @param allStaff  the cell that publishes the number of all staff, if the report publishes it
     */
    void declare(ReportPublication pub, Optional<CellRef> allStaff) {
        pub.builder().table(TABLE, "Staff by role and sex").rows(roles.toArray(new String[0])).columns(WOMEN, MEN)
                .counts(counts.toArray(new long[0][])).totals().add();
        for (String role : roles) {
            pub.builder().percentage(TABLE + "/" + role + "/women%", ref(TABLE, role, WOMEN), ref(TABLE, role, TOTAL),
                    1);
        }
        pub.builder().percentage(TABLE + "/all/women%", ref(TABLE, TOTAL, WOMEN), ref(TABLE, TOTAL, TOTAL), 1);
        pub.builder().table(UNRECORDED, "Staff with no sex or role recorded").rows("Not recorded").columns("Staff")
                .counts(new long[][] {{unrecorded}}).add();
        allStaff.ifPresent(total -> pub.builder().sum(total, ref(TABLE, TOTAL, TOTAL),
                ref(UNRECORDED, "Not recorded", "Staff")));
    }

    /**
     * The figure, from the protected publication. A role's row shows {@code c} for every withheld count and for
     * the share of women when it rests on a withheld count; roles with no staff are left out.
     *
     * @param pub  the protected publication
     * @return the figure
     */
    Figure figure(ReportPublication pub) {
        List<Row> rows = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            long[] c = counts.get(i);
            if (c[0] + c[1] > 0) {
                rows.add(row(pub, roles.get(i), roles.get(i), TABLE + "/" + roles.get(i) + "/women%", c, points));
            }
        }
        rows.add(row(pub, TOTAL, "All staff", TABLE + "/all/women%", all, new ArrayList<>()));
        List<Guide> guides = new ArrayList<>();
        if (pub.shown(TABLE + "/all/women%")) {
            guides.add(new Guide("All staff: " + pub.figure(TABLE + "/all/women%") + "%", 100.0 * all[0]
                    / (all[0] + all[1])));
        }
        Table table = new Table(List.of("Role", "Staff", "Women", "Men", "Women %"), rows);
        Chart chart = new Chart("Share of women in each staff role",
                "Percentage of staff in each role who are women, with the share among all staff as a dashed line;"
                        + " the rest are men. Withheld roles are marked " + C + ".",
                "Women (% of the role's staff)", points, guides, List.of(), true);
        List<String> notes = new ArrayList<>();
        String recorded = pub.count(TABLE, TOTAL, TOTAL);
        String none = pub.count(UNRECORDED, "Not recorded", "Staff");
        notes.add("Headcount of the " + recorded + " staff whose sex and role are recorded"
                + (unrecorded == 0 ? "" : none.equals(C) ? "; the number with no sex or role recorded is withheld ("
                        + C + ")" : "; " + none + " more have no sex or role recorded") + ".");
        return new Figure("staff-sex-role", "Staff by role and sex", notes, table, Optional.of(chart));
    }

    private static Row row(ReportPublication pub, String row, String label, String share, long[] c,
            List<Point> points) {
        List<String> cells = List.of(label, pub.count(TABLE, row, TOTAL), pub.count(TABLE, row, WOMEN),
                pub.count(TABLE, row, MEN), pub.figure(share));
        boolean withheld = cells.contains(C);
        if (pub.shown(share)) {
            points.add(new Point(label, OptionalDouble.of(100.0 * c[0] / (c[0] + c[1])), OptionalDouble.empty(),
                    OptionalDouble.empty(), "", List.of()));
        } else {
            points.add(new Point(label, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    pub.figure(share), List.of()));
        }
        return new Row(cells, withheld ? RowKind.SUPPRESSED : RowKind.SHOWN);
    }
}
