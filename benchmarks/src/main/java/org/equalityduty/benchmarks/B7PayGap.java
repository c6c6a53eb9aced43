package org.equalityduty.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.equalityduty.paygap.Figure;
import org.equalityduty.paygap.GenderPayGap;
import org.equalityduty.paygap.GenderPayGapReport;
import org.equalityduty.paygap.GovUkField;
import org.equalityduty.paygap.PayRecord;
import org.equalityduty.paygap.QuartileBand;
import org.equalityduty.paygap.Sex;

/**
 * B7: the six statutory gender pay gap figures for 1,000,000 employees. The library ({@code GenderPayGap}, medians
 * and quartile boundaries by selection) against an independent sort-based reference (sort each sex's rates and the
 * whole workforce, walk the tied rates in order) and against embedded DuckDB ({@code sum}, {@code count},
 * {@code median} per sex; the quartile bands from a {@code GROUP BY rate ORDER BY rate} walked in Java, since reg
 * 13(2)'s tied-rate split is not a SQL aggregate). All three give the 14 published figures and the band counts; the
 * same-answer check compares them exactly.
 */
public final class B7PayGap {
    /** The workforce size of the benchmark. */
    public static final int EMPLOYEES = 1_000_000;
    static final LocalDate SNAPSHOT = LocalDate.of(2025, 3, 31);
    private static final String PKG = "org.equalityduty.benchmarks.B7PayGapBenchmark.";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private B7PayGap() {
    }

    /**
     * Runs the same-answer check on the benchmark's workforce and prints it (for a B7-only quick run).
     *
     * @param args  optionally the number of employees
     * @throws SQLException if DuckDB fails
     */
    public static void main(String[] args) throws SQLException {
        System.out.println(check(args.length > 0 ? Integer.parseInt(args[0]) : EMPLOYEES));
    }

    /**
     * A synthetic workforce as columns: rates in pence (70% on 150 pay-spine points, so many ties; the rest any penny
     * from 11.44 to about 60.00), 52% women with lower spine points more likely, 15% paid a bonus in whole pounds.
     *
     * @param male  the sex of each employee
     * @param pence  the hourly rate in pence
     * @param bonusPence  the bonus in the 12 months to the snapshot, in pence, 0 for none
     */
    record Workforce(boolean[] male, long[] pence, long[] bonusPence) {
        static Workforce generate(int n, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            boolean[] male = new boolean[n];
            long[] pence = new long[n];
            long[] bonus = new long[n];
            for (int i = 0; i < n; i++) {
                male[i] = random.nextInt(100) >= 52;
                if (random.nextInt(10) < 7) {
                    int point = random.nextInt(150);
                    if (!male[i] && random.nextBoolean()) {
                        point = point / 2;
                    }
                    pence[i] = 1144 + point * 25L;
                } else {
                    pence[i] = 1144 + random.nextInt(4900);
                }
                bonus[i] = random.nextInt(100) < 15 ? 100L * (50 + random.nextInt(male[i] ? 3000 : 2500)) : 0;
            }
            return new Workforce(male, pence, bonus);
        }

        int size() {
            return male.length;
        }

        List<PayRecord> toRecords() {
            List<PayRecord> out = new ArrayList<>(size());
            for (int i = 0; i < size(); i++) {
                out.add(PayRecord.of("e" + i, male[i] ? Sex.MALE : Sex.FEMALE, BigDecimal.valueOf(pence[i], 2)
                        .toPlainString(), BigDecimal.valueOf(bonusPence[i], 2).toPlainString()));
            }
            return out;
        }
    }

    /** The 14 published figures (text, "-" where not computed) and the men/women of each band. */
    record Answer(List<String> figures, List<Long> bands) {
        void requireSame(String name, Answer other) {
            if (!equals(other)) {
                throw new IllegalStateException("B7 " + name + " gives a different answer: expected " + this + ", got "
                        + other);
            }
        }
    }

    /**
     * The library.
     *
     * @param records  the employees
     * @return the answer
     */
    static Answer library(List<PayRecord> records) {
        GenderPayGapReport r = GenderPayGap.calculate(records, SNAPSHOT);
        List<String> figures = new ArrayList<>();
        for (Figure f : r.getFigures().values()) {
            figures.add(f.getValue().map(BigDecimal::toPlainString).orElse("-"));
        }
        List<Long> bands = new ArrayList<>();
        for (QuartileBand b : r.getQuartiles()) {
            bands.add(b.getMen());
            bands.add(b.getWomen());
        }
        return new Answer(figures, bands);
    }

    /**
     * The sort-based reference: written independently of the library, from the regulations' steps. One sort orders
     * the whole workforce by rate, then sex (a key of rate x 2 + sex), which also orders each sex's rates, so one
     * walk finds each sex's middle values and another splits the tied rates into bands; one more sort orders the
     * bonuses the same way. Sums are taken while the keys are made. That is as little sorting as a sort-based method
     * can do: no second sort per sex.
     *
     * @param w  the workforce
     * @return the answer
     */
    static Answer sortBasedReference(Workforce w) {
        int n = w.size();
        long[] all = new long[n];
        long[] bonuses = new long[n];
        int paid = 0;
        long[] count = new long[2];
        long[] sum = new long[2];
        long[] bonusCount = new long[2];
        long[] bonusSum = new long[2];
        for (int i = 0; i < n; i++) {
            int sex = w.male()[i] ? 0 : 1;
            long pence = w.pence()[i];
            // Rank key: rate then sex, so that one sort orders the workforce and groups each rate's men and women.
            all[i] = pence * 2 + sex;
            count[sex]++;
            sum[sex] += pence;
            long bonus = w.bonusPence()[i];
            if (bonus > 0) {
                bonuses[paid++] = bonus * 2 + sex;
                bonusCount[sex]++;
                bonusSum[sex] += bonus;
            }
        }
        bonuses = Arrays.copyOf(bonuses, paid);
        Arrays.sort(all);
        Arrays.sort(bonuses);
        List<String> figures = new ArrayList<>();
        figures.add(gap(mean(sum[0], count[0]), mean(sum[1], count[1])));
        figures.add(gap(median(all, 0, count[0]), median(all, 1, count[1])));
        figures.add(gap(mean(bonusSum[0], bonusCount[0]), mean(bonusSum[1], bonusCount[1])));
        figures.add(gap(median(bonuses, 0, bonusCount[0]), median(bonuses, 1, bonusCount[1])));
        figures.add(percent(bonusCount[0], count[0]));
        figures.add(percent(bonusCount[1], count[1]));
        long[] ends = new long[5];
        for (int k = 1; k <= 4; k++) {
            ends[k] = (k * (long) n + 3) / 4;
        }
        long[][] bands = new long[4][2];
        int i = 0;
        while (i < n) {
            int j = i;
            long rate = all[i] >> 1;
            long[] mix = new long[2];
            while (j < n && all[j] >> 1 == rate) {
                mix[(int) (all[j] & 1)]++;
                j++;
            }
            splitByMix(mix, i, ends, bands);
            i = j;
        }
        List<Long> counts = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            long size = bands[b][0] + bands[b][1];
            String female = size == 0 ? "-" : percent(bands[b][1], size);
            figures.add(size == 0 ? "-" : new BigDecimal("100.0").subtract(new BigDecimal(female)).toPlainString());
            figures.add(female);
            counts.add(bands[b][0]);
            counts.add(bands[b][1]);
        }
        return new Answer(figures, counts);
    }

    /** The median of one sex's values in keys sorted by value then sex (key = value x 2 + sex), or null if none. */
    private static BigDecimal median(long[] sortedKeys, int sex, long count) {
        if (count == 0) {
            return null;
        }
        long lower = (count - 1) / 2;
        long upper = count / 2;
        long seen = 0;
        long a = 0;
        for (long key : sortedKeys) {
            if ((key & 1) == sex) {
                if (seen == lower) {
                    a = key >> 1;
                }
                if (seen == upper) {
                    return BigDecimal.valueOf(a + (key >> 1)).divide(BigDecimal.valueOf(2));
                }
                seen++;
            }
        }
        throw new IllegalStateException("fewer than " + count + " keys of sex " + sex);
    }

    /** Reg 13(2) for one rate at ranks (before, before + men + women]: each band it spans, lowest first. */
    private static void splitByMix(long[] mix, long before, long[] ends, long[][] bands) {
        long left = mix[0] + mix[1];
        long first = before + 1;
        long last = before + left;
        long[] remaining = mix.clone();
        for (int b = 0; b < 4; b++) {
            long places = Math.min(last, ends[b + 1]) - Math.max(first, ends[b] + 1) + 1;
            if (places <= 0) {
                continue;
            }
            // Largest remainder between two categories: men get floor(men x places / left), plus the odd place if
            // their remainder is larger, or equal with more men than women still to place (or equal counts).
            long menQuota = remaining[0] * places;
            long menShare = menQuota / left;
            long menRem = menQuota % left;
            long womenShare = remaining[1] * places / left;
            long womenRem = remaining[1] * places % left;
            if (menShare + womenShare < places) {
                boolean menFirst = menRem > womenRem || menRem == womenRem && remaining[0] >= remaining[1];
                if (menFirst && menShare < remaining[0] || womenShare >= remaining[1]) {
                    menShare++;
                } else {
                    womenShare++;
                }
            }
            bands[b][0] += menShare;
            bands[b][1] += womenShare;
            remaining[0] -= menShare;
            remaining[1] -= womenShare;
            left -= places;
        }
    }

    /**
     * Loads the workforce into an in-memory DuckDB table with its appender (not timed).
     *
     * @param w  the workforce
     * @return the open connection
     * @throws SQLException if DuckDB fails
     */
    static Connection loadDuckDb(Workforce w) throws SQLException {
        DuckDBConnection conn = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE pay (male BOOLEAN, pence BIGINT, bonus BIGINT)");
        }
        try (DuckDBAppender appender = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "pay")) {
            for (int i = 0; i < w.size(); i++) {
                appender.beginRow();
                appender.append(w.male()[i]);
                appender.append(w.pence()[i]);
                appender.append(w.bonusPence()[i]);
                appender.endRow();
            }
        }
        return conn;
    }

    private static final String DUCKDB_SEX = "SELECT male, count(*), sum(pence), median(pence),"
            + " count(*) FILTER (WHERE bonus > 0), sum(bonus) FILTER (WHERE bonus > 0),"
            + " median(bonus) FILTER (WHERE bonus > 0) FROM pay GROUP BY male ORDER BY male DESC";
    private static final String DUCKDB_RATES = "SELECT pence, count(*) FILTER (WHERE male),"
            + " count(*) FILTER (WHERE NOT male) FROM pay GROUP BY pence ORDER BY pence";

    /**
     * DuckDB: per-sex sums, counts and medians in SQL; the tied-rate quartile split on its per-rate counts.
     *
     * @param conn  a connection from {@link #loadDuckDb(Workforce)}
     * @return the answer
     * @throws SQLException if DuckDB fails
     */
    static Answer duckDb(Connection conn) throws SQLException {
        long[] count = new long[2];
        BigDecimal[] sum = new BigDecimal[2];
        BigDecimal[] median = new BigDecimal[2];
        long[] bonusCount = new long[2];
        BigDecimal[] bonusSum = new BigDecimal[2];
        BigDecimal[] bonusMedian = new BigDecimal[2];
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(DUCKDB_SEX)) {
            while (rs.next()) {
                int s = rs.getBoolean(1) ? 0 : 1;
                count[s] = rs.getLong(2);
                sum[s] = rs.getBigDecimal(3);
                median[s] = BigDecimal.valueOf(rs.getDouble(4));
                bonusCount[s] = rs.getLong(5);
                bonusSum[s] = rs.getBigDecimal(6);
                bonusMedian[s] = rs.getObject(7) == null ? null : BigDecimal.valueOf(rs.getDouble(7));
            }
        }
        List<String> figures = new ArrayList<>();
        figures.add(gap(sum[0].divide(BigDecimal.valueOf(count[0]), 40, RoundingMode.HALF_EVEN),
                sum[1].divide(BigDecimal.valueOf(count[1]), 40, RoundingMode.HALF_EVEN)));
        figures.add(gap(median[0], median[1]));
        figures.add(bonusCount[0] == 0 || bonusCount[1] == 0 ? "-"
                : gap(bonusSum[0].divide(BigDecimal.valueOf(bonusCount[0]), 40, RoundingMode.HALF_EVEN),
                        bonusSum[1].divide(BigDecimal.valueOf(bonusCount[1]), 40, RoundingMode.HALF_EVEN)));
        figures.add(bonusMedian[0] == null || bonusMedian[1] == null ? "-" : gap(bonusMedian[0], bonusMedian[1]));
        figures.add(percent(bonusCount[0], count[0]));
        figures.add(percent(bonusCount[1], count[1]));
        long n = count[0] + count[1];
        long[] ends = new long[5];
        for (int k = 1; k <= 4; k++) {
            ends[k] = (k * n + 3) / 4;
        }
        long[][] bands = new long[4][2];
        long before = 0;
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(DUCKDB_RATES)) {
            while (rs.next()) {
                long[] mix = {rs.getLong(2), rs.getLong(3)};
                splitByMix(mix, before, ends, bands);
                before += mix[0] + mix[1];
            }
        }
        List<Long> counts = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            long size = bands[b][0] + bands[b][1];
            String female = percent(bands[b][1], size);
            figures.add(new BigDecimal("100.0").subtract(new BigDecimal(female)).toPlainString());
            figures.add(female);
            counts.add(bands[b][0]);
            counts.add(bands[b][1]);
        }
        return new Answer(figures, counts);
    }

    private static BigDecimal mean(long sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 40,
                RoundingMode.HALF_EVEN);
    }

    /** (A - B) / A x 100, half up to one place; pence or pounds alike, as the ratio has no unit. */
    private static String gap(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return "-";
        }
        return a.subtract(b).multiply(HUNDRED).divide(a, 1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String percent(long x, long n) {
        return n == 0 ? "-" : BigDecimal.valueOf(x).multiply(HUNDRED).divide(BigDecimal.valueOf(n), 1,
                RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The same-answer check: library, sort-based reference and DuckDB agree on all 14 figures and the band counts.
     *
     * @param employees  the workforce size
     * @return a one-line summary
     * @throws SQLException if DuckDB fails
     * @throws IllegalStateException if an implementation differs
     */
    public static String check(int employees) throws SQLException {
        Workforce w = Workforce.generate(employees, Cohort.SEED);
        Answer expected = sortBasedReference(w);
        expected.requireSame("library", library(w.toRecords()));
        try (Connection conn = loadDuckDb(w)) {
            expected.requireSame("DuckDB", duckDb(conn));
        }
        return String.format(Locale.ROOT, "B7: library, sort-based reference and DuckDB agree on the 14 gov.uk figures"
                + " and the quartile band counts (%,d employees): %s", employees, String.join(" ",
                        labelled(expected.figures())));
    }

    private static List<String> labelled(List<String> figures) {
        List<String> out = new ArrayList<>();
        GovUkField[] fields = GovUkField.values();
        for (int i = 0; i < figures.size(); i++) {
            out.add(fields[i].getServiceName() + "=" + figures.get(i));
        }
        return out;
    }

    /**
     * The B7 section of RESULTS.md.
     *
     * @param results  the run's results by benchmark name
     * @return the Markdown section
     */
    static String render(Scores results) {
        double[] lib = results.score(PKG + "library");
        double[] sorted = results.score(PKG + "sortBasedReference");
        double[] duck = results.score(PKG + "duckDb");
        StringBuilder b = new StringBuilder();
        b.append("## B7: the six gender pay gap figures, ").append(String.format(Locale.ROOT, "%,d", EMPLOYEES))
                .append(" employees\n\n");
        b.append("Mean and median hourly and bonus gaps, bonus shares and the quartile bands with reg 13(2)'s tied-rate"
                + " split (14 gov.uk figures). Lower time is better.\n\n");
        b.append("| implementation | ms/op (± 99.9% CI) | ratio to the library |\n|---|---:|---:|\n");
        b.append(row("library, `GenderPayGap.calculate` on PayRecords (exact pay, radix selection in place)", lib,
                lib));
        b.append(row("sort-based reference on primitive pence columns (one sort of rate-and-sex keys, one of bonuses;"
                + " walked for the medians and the tied rates) - **baseline**",
                sorted, lib));
        b.append(row("DuckDB (appender-loaded; sum, count, median per sex; GROUP BY rate for the bands) - **baseline**",
                duck, lib));
        b.append("\nThe reference and DuckDB read primitive pence columns built before timing; the library reads one"
                + " PayRecord per employee (its exact pay also held in units of 10^-4, computed when the record is"
                + " built) and checks the ids for repeats, so the ratios include the cost of objects and of that"
                + " check. DuckDB runs on all cores, the others on one.\n\n");
        return b.toString();
    }

    private static String row(String name, double[] s, double[] lib) {
        return String.format(Locale.ROOT, "| %s | %.1f ± %.1f | %s |%n", name, s[0], s[1], Ratio.of(s, lib).show());
    }
}
