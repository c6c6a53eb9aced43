package org.equalityduty.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.imports.EqualityImport;
import org.equalityduty.imports.GapScore;
import org.equalityduty.imports.ImportException;
import org.equalityduty.imports.ImportOptions;
import org.equalityduty.imports.ImportResult;
import org.equalityduty.imports.SchoolGaps;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapResult;

/**
 * B6: per-school disadvantage gaps end to end from a pupils CSV file in the default layout (all 17 columns), through
 * {@code equality-import} ({@link EqualityImport#schoolGaps(Path, ImportOptions)}, which streams every row into
 * {@code PerSchoolGaps} blocks), against DuckDB's {@code read_csv} and {@code GROUP BY} on the same file.
 *
 * <p>The file is synthetic and deterministic ({@link #write(Path, int, int, long)}): schools with URNs
 * {@code 100000 + s}; every fourth school is a secondary school (year 11, with KS4 results), the rest primary (year
 * 6, no KS4 results); 25% disadvantaged, 1% with the flag blank; KS2 scaled scores from a clipped normal (mean 101
 * disadvantaged, 105 others, sd 7), 2% blank.
 *
 * <p>The answer compared is, per school, the gap (disadvantaged minus others) in the mean KS2 reading and maths
 * scaled scores, in the share of each at the expected standard (100 or more), and in the mean Attainment 8 score
 * (secondary schools only): five figures per school, {@code NaN} where the school has no such figure.
 */
public final class B6CsvImport {

    /** The row count. */
    public static final int ROWS = 1_000_000;
    /** Schools in the file. */
    public static final int SCHOOLS = 2_000;
    /** Figures per school in the answer. */
    public static final int FIGURES = 5;
    /** Absolute tolerance of the same-answer check (scores up to 120, shares 0..1; sums differ only in rounding). */
    public static final double TOLERANCE = 1e-9;
    /** The header of the default pupils layout. */
    public static final String HEADER = "pupil_id,school_urn,sex,ethnicity,sen,disadvantaged,eal,looked_after,"
            + "year_group,ks2_reading,ks2_maths,ks2_writing_expected,ks4_attainment8,ks4_english_maths_grade,"
            + "sessions_possible,sessions_missed,suspensions";

    private static final int FIRST_URN = 100_000;
    private static final MetricOptions OPTIONS = MetricOptions.defaults();
    private static final ImportOptions IMPORT = ImportOptions.defaults();
    private static final String[] ETHNICITY;

    static {
        CensusEthnicity[] all = CensusEthnicity.values();
        ETHNICITY = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            ETHNICITY[i] = all[i].name();
        }
    }

    private B6CsvImport() {
    }

    /**
     * Writes the synthetic pupils file.
     *
     * @param file where to write (replaced)
     * @param rows the number of pupils
     * @param schools the number of schools (at most 899,999)
     * @param seed the random seed
     * @throws IOException if the file cannot be written
     */
    public static void write(Path file, int rows, int schools, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder b = new StringBuilder(160);
            for (int i = 0; i < rows; i++) {
                b.setLength(0);
                int school = random.nextInt(schools);
                boolean secondary = school % 4 == 0;
                double u = random.nextDouble();
                String disadvantaged = u < 0.01 ? "" : u < 0.26 ? "1" : "0";
                boolean dis = "1".equals(disadvantaged);
                b.append('P').append(String.format(Locale.ROOT, "%07d", i)).append(',');
                b.append(FIRST_URN + school).append(',');
                b.append(random.nextBoolean() ? 'F' : 'M').append(',');
                b.append(ETHNICITY[random.nextInt(ETHNICITY.length)]).append(',');
                double sen = random.nextDouble();
                b.append(sen < 0.03 ? 'E' : sen < 0.15 ? 'K' : 'N').append(',');
                b.append(disadvantaged).append(',');
                b.append(random.nextDouble() < 0.2 ? '1' : '0').append(',');
                b.append(random.nextDouble() < 0.01 ? '1' : '0').append(',');
                b.append(secondary ? "11" : "6").append(',');
                appendScore(b, random, dis);
                appendScore(b, random, dis);
                b.append(random.nextDouble() < 0.7 ? '1' : '0').append(',');
                if (secondary) {
                    double a8 = Math.max(0, Math.min(90, (dis ? 36 : 48) + 15 * random.nextGaussian()));
                    b.append(String.format(Locale.ROOT, "%.1f", a8)).append(',');
                    double grade = Math.max(0, Math.min(9, (dis ? 3.6 : 4.8) + 1.5 * random.nextGaussian()));
                    b.append(String.format(Locale.ROOT, "%.1f", grade)).append(',');
                } else {
                    b.append(",,");
                }
                int possible = 300 + random.nextInt(31);
                b.append(possible).append(',');
                b.append(Math.min(possible, (int) Math.abs(12 * random.nextGaussian()))).append(',');
                b.append(random.nextDouble() < 0.02 ? 1 + random.nextInt(3) : 0).append('\n');
                w.append(b);
            }
        }
    }

    private static void appendScore(StringBuilder b, SplittableRandom random, boolean disadvantaged) {
        if (random.nextDouble() >= 0.02) {
            long score = Math.round((disadvantaged ? 101 : 105) + 7 * random.nextGaussian());
            b.append(Math.max(80, Math.min(120, score)));
        }
        b.append(',');
    }

    /**
     * The library, end to end: imports the file (every row checked as the import always does) into
     * {@link SchoolGaps} and computes each school's gaps with their intervals.
     *
     * @param file the pupils file
     * @param schools the number of schools
     * @return the point estimates, {@code [school][figure]}
     */
    public static double[][] library(Path file, int schools) {
        ImportResult<SchoolGaps> result;
        try {
            result = EqualityImport.schoolGaps(file, IMPORT);
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        SchoolGaps gaps = result.getValue();
        double[][] out = empty(schools);
        for (String urn : gaps.getSchools()) {
            double[] row = out[Integer.parseInt(urn) - FIRST_URN];
            row[0] = estimate(gaps.meanGap(urn, GapScore.KS2_READING, OPTIONS));
            row[1] = estimate(gaps.standardGap(urn, GapScore.KS2_READING, OPTIONS));
            row[2] = estimate(gaps.meanGap(urn, GapScore.KS2_MATHS, OPTIONS));
            row[3] = estimate(gaps.standardGap(urn, GapScore.KS2_MATHS, OPTIONS));
            row[4] = estimate(gaps.meanGap(urn, GapScore.KS4_ATTAINMENT_8, OPTIONS));
            // Computed as the library computes them for a user, but not compared (DuckDB's query leaves it out).
            gaps.meanGap(urn, GapScore.KS4_ENGLISH_MATHS_GRADE, OPTIONS);
        }
        return out;
    }

    private static double estimate(GapResult r) {
        return r.optionalEstimate().orElse(Double.NaN);
    }

    private static double[][] empty(int schools) {
        double[][] out = new double[schools][FIGURES];
        for (double[] row : out) {
            Arrays.fill(row, Double.NaN);
        }
        return out;
    }

    /**
     * Opens an in-memory DuckDB database (not timed; the file is read inside the timed query).
     *
     * @return the connection
     * @throws SQLException if DuckDB fails
     */
    public static Connection openDuckDb() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    /**
     * The SQL DuckDB runs: {@code read_csv} of the file with the column types given (no sniffing), then one
     * {@code GROUP BY} school computing the five gaps.
     *
     * @param file the file
     * @return the query
     */
    static String sql(Path file) {
        String path = file.toAbsolutePath().toString().replace("'", "''");
        return "SELECT school_urn,"
                + gap("ks2_reading") + "," + share("ks2_reading") + ","
                + gap("ks2_maths") + "," + share("ks2_maths") + ","
                + gap("ks4_attainment8")
                + " FROM read_csv('" + path + "', header = true, auto_detect = false, columns = {"
                + "'pupil_id': 'VARCHAR', 'school_urn': 'INTEGER', 'sex': 'VARCHAR', 'ethnicity': 'VARCHAR',"
                + " 'sen': 'VARCHAR', 'disadvantaged': 'INTEGER', 'eal': 'INTEGER', 'looked_after': 'INTEGER',"
                + " 'year_group': 'VARCHAR', 'ks2_reading': 'INTEGER', 'ks2_maths': 'INTEGER',"
                + " 'ks2_writing_expected': 'INTEGER', 'ks4_attainment8': 'DOUBLE',"
                + " 'ks4_english_maths_grade': 'DOUBLE', 'sessions_possible': 'INTEGER',"
                + " 'sessions_missed': 'INTEGER', 'suspensions': 'INTEGER'})"
                + " GROUP BY school_urn";
    }

    private static String gap(String column) {
        return " avg(" + column + ") FILTER (WHERE disadvantaged = 1) - avg(" + column
                + ") FILTER (WHERE disadvantaged = 0)";
    }

    private static String share(String column) {
        return " count_if(disadvantaged = 1 AND " + column + " >= 100)::DOUBLE"
                + " / count_if(disadvantaged = 1 AND " + column + " IS NOT NULL)"
                + " - count_if(disadvantaged = 0 AND " + column + " >= 100)::DOUBLE"
                + " / count_if(disadvantaged = 0 AND " + column + " IS NOT NULL)";
    }

    /**
     * DuckDB, end to end: reads the file with {@code read_csv} and groups by school in one query.
     *
     * @param conn a connection from {@link #openDuckDb()}
     * @param file the pupils file
     * @param schools the number of schools
     * @return the point estimates, {@code [school][figure]}
     * @throws SQLException if DuckDB fails
     */
    public static double[][] duckDb(Connection conn, Path file, int schools) throws SQLException {
        double[][] out = empty(schools);
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql(file))) {
            while (rs.next()) {
                double[] row = out[rs.getInt(1) - FIRST_URN];
                for (int k = 0; k < FIGURES; k++) {
                    double v = rs.getDouble(k + 2);
                    row[k] = rs.wasNull() ? Double.NaN : v;
                }
            }
        }
        return out;
    }

    /**
     * The same-answer check: writes a file of {@code rows} rows to a temporary file, runs the library and DuckDB,
     * and fails unless every figure agrees.
     *
     * @param rows the number of rows
     * @param schools the number of schools
     * @return a one-line summary for RESULTS.md
     */
    public static String check(int rows, int schools) {
        try {
            Path file = Files.createTempFile("b6-pupils", ".csv");
            try {
                write(file, rows, schools, Cohort.SEED);
                double[][] library = library(file, schools);
                double[][] duck;
                try (Connection conn = openDuckDb()) {
                    duck = duckDb(conn, file, schools);
                }
                int compared = requireSame(library, duck);
                return String.format(Locale.ROOT, "B6: equality-import + PerSchoolGaps and DuckDB read_csv agree on"
                        + " %,d figures for %,d schools (%,d rows, %,d bytes, tolerance %s)", compared, schools, rows,
                        Files.size(file), TOLERANCE);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed: " + e.getMessage(), e);
        }
    }

    /**
     * Fails loudly unless two answers agree figure by figure ({@code NaN} only where both are {@code NaN}).
     *
     * @param expected the library's answer
     * @param actual DuckDB's answer
     * @return the number of figures compared
     * @throws IllegalStateException naming the school, figure and values at the first difference
     */
    static int requireSame(double[][] expected, double[][] actual) {
        int compared = 0;
        for (int s = 0; s < expected.length; s++) {
            for (int k = 0; k < FIGURES; k++) {
                double e = expected[s][k];
                double a = actual[s][k];
                boolean same = Double.isNaN(e) ? Double.isNaN(a) : Math.abs(e - a) <= TOLERANCE;
                if (!same) {
                    throw new IllegalStateException("DuckDB gives a different figure " + k + " for school "
                            + (FIRST_URN + s) + ": library " + e + ", DuckDB " + a);
                }
                if (!Double.isNaN(e)) {
                    compared++;
                }
            }
        }
        return compared;
    }
}
