package org.equalityduty.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.equalityduty.metrics.accumulators.CategoryCounts;
import org.equalityduty.metrics.accumulators.CategorySummaries;
import org.equalityduty.metrics.accumulators.Intersection;
import org.equalityduty.metrics.accumulators.PerSchoolGaps;
import org.equalityduty.metrics.accumulators.Proportion;
import org.equalityduty.metrics.accumulators.Summary;
import org.equalityduty.metrics.functions.Gaps;
import org.equalityduty.metrics.options.Comparison;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapResult;

/**
 * B1, per-school disadvantage gaps: every implementation compared. The library computes intervals too (Welch, Newcombe);
 * the baselines compute only the point estimates that are compared, which is all a user of them would get.
 */
public final class B1Implementations {

    private static final MetricOptions OPTIONS = MetricOptions.defaults();
    private static final Comparison OTHERS = Comparison.namedGroup("other pupils");

    private B1Implementations() {
    }

    /**
     * The library on object records, keyed as its documentation suggests for a school-by-disadvantage breakdown:
     * {@link Intersection} keys in a {@link CategorySummaries} (scores) and a {@link CategoryCounts} (weight 1 for
     * meeting the expected standard), one pass.
     */
    public static SchoolGaps libraryObjectsIntersectionKeys(List<Pupil> pupils, int schools) {
        List<Intersection<Integer, Boolean>> keys = Intersection.all(schoolKeys(schools), List.of(true, false));
        CategorySummaries<Intersection<Integer, Boolean>> scores = CategorySummaries.over(keys);
        CategoryCounts<Intersection<Integer, Boolean>> met = CategoryCounts.over(keys);
        for (Pupil p : pupils) {
            Intersection<Integer, Boolean> key = Intersection.of(p.school(), p.disadvantaged());
            scores.add(key, p.scaledScore());
            met.add(key, p.metExpected() ? 1 : 0);
        }
        SchoolGaps out = SchoolGaps.ofSize(schools);
        for (int s = 0; s < schools; s++) {
            Intersection<Integer, Boolean> dis = Intersection.of(s, true);
            Intersection<Integer, Boolean> oth = Intersection.of(s, false);
            GapResult mean = Gaps.meanGap(scores.get(dis), scores.get(oth), OTHERS, OPTIONS);
            GapResult share = Gaps.proportionGap(proportion(met, dis), proportion(met, oth), OTHERS, OPTIONS);
            out.meanGap()[s] = mean.getEstimate();
            out.shareGap()[s] = share.getEstimate();
        }
        return out;
    }

    /**
     * The library on object records with one accumulator per group (disadvantaged, others) keyed by the school's
     * {@code Integer}: two lookups per record instead of an {@link Intersection} allocation plus two lookups.
     */
    public static SchoolGaps libraryObjectsSchoolKeys(List<Pupil> pupils, int schools) {
        List<Integer> keys = schoolKeys(schools);
        CategorySummaries<Integer> disScores = CategorySummaries.over(keys);
        CategorySummaries<Integer> othScores = CategorySummaries.over(keys);
        CategoryCounts<Integer> disMet = CategoryCounts.over(keys);
        CategoryCounts<Integer> othMet = CategoryCounts.over(keys);
        for (Pupil p : pupils) {
            Integer key = p.school();
            double hit = p.metExpected() ? 1 : 0;
            if (p.disadvantaged()) {
                disScores.add(key, p.scaledScore());
                disMet.add(key, hit);
            } else {
                othScores.add(key, p.scaledScore());
                othMet.add(key, hit);
            }
        }
        SchoolGaps out = SchoolGaps.ofSize(schools);
        for (int s = 0; s < schools; s++) {
            Integer key = s;
            GapResult mean = Gaps.meanGap(disScores.get(key), othScores.get(key), OTHERS, OPTIONS);
            GapResult share = Gaps.proportionGap(
                    Proportion.of((long) disMet.getWeight(key), disMet.getCount(key)),
                    Proportion.of((long) othMet.getWeight(key), othMet.getCount(key)), OTHERS, OPTIONS);
            out.meanGap()[s] = mean.getEstimate();
            out.shareGap()[s] = share.getEstimate();
        }
        return out;
    }

    /** The library on primitive columns: its column API is per group, so it is called once per school's columns. */
    public static SchoolGaps libraryColumns(Cohort.SchoolColumns columns) {
        int schools = columns.schools();
        SchoolGaps out = SchoolGaps.ofSize(schools);
        for (int s = 0; s < schools; s++) {
            out.meanGap()[s] = Gaps.meanGap(columns.scores()[s], columns.disadvantaged()[s], OPTIONS).getEstimate();
            out.shareGap()[s] = Gaps.proportionGap(columns.metExpected()[s], columns.disadvantaged()[s], OPTIONS)
                    .getEstimate();
        }
        return out;
    }

    /**
     * The library's grouped API on object records: {@link PerSchoolGaps} indexed by the school's int position, one
     * lookup per record serving both measures, then every school's Welch and Newcombe gaps.
     */
    public static SchoolGaps libraryObjectsGrouped(List<Pupil> pupils, int schools) {
        PerSchoolGaps gaps = PerSchoolGaps.ofGroups(schools).addAll(pupils, Pupil::school, Pupil::disadvantaged,
                Pupil::scaledScore, Pupil::metExpected);
        return estimates(gaps);
    }

    /** The library's grouped API on the same per-school columns as the hand loop: one pass per school. */
    public static SchoolGaps libraryGroupedColumns(Cohort.SchoolColumns columns) {
        int schools = columns.schools();
        PerSchoolGaps gaps = PerSchoolGaps.ofGroups(schools);
        for (int s = 0; s < schools; s++) {
            gaps.addGroup(s, columns.scores()[s], columns.metExpected()[s], columns.disadvantaged()[s]);
        }
        return estimates(gaps);
    }

    /** The library's grouped API on flat columns in record order (school codes), one pass over the extract. */
    public static SchoolGaps libraryGroupedFlatColumns(FlatColumns flat) {
        return estimates(PerSchoolGaps.of(flat.school(), flat.schools(), flat.score(), flat.met(),
                flat.disadvantaged()));
    }

    /**
     * {@link PerSchoolGaps#of(int[], int, double[], boolean[], boolean[], java.util.concurrent.Executor, int)} on the
     * same flat columns: the parallel path, on the caller's executor, one partition per thread.
     */
    public static SchoolGaps libraryGroupedFlatColumnsParallel(FlatColumns flat, java.util.concurrent.Executor executor,
            int partitions) {
        return estimates(PerSchoolGaps.of(flat.school(), flat.schools(), flat.score(), flat.met(),
                flat.disadvantaged(), executor, partitions));
    }

    /**
     * Diagnostic: only the grouped API's per-school gap calls ({@link PerSchoolGaps#meanGaps},
     * {@link PerSchoolGaps#proportionGaps}) on a collection already accumulated.
     */
    public static SchoolGaps libraryGroupedIntervalsOnly(PerSchoolGaps accumulated) {
        return estimates(accumulated);
    }

    private static SchoolGaps estimates(PerSchoolGaps gaps) {
        List<GapResult> means = gaps.meanGaps(OPTIONS);
        List<GapResult> shares = gaps.proportionGaps(OPTIONS);
        SchoolGaps out = SchoolGaps.ofSize(gaps.getGroupCount());
        for (int s = 0; s < out.meanGap().length; s++) {
            out.meanGap()[s] = means.get(s).getEstimate();
            out.shareGap()[s] = shares.get(s).getEstimate();
        }
        return out;
    }

    /**
     * Flat columns in record order, as a national extract arrives.
     *
     * @param schools the number of schools
     * @param school each pupil's school code
     * @param score scaled scores
     * @param met expected-standard flags
     * @param disadvantaged disadvantage flags
     */
    public record FlatColumns(int schools, int[] school, double[] score, boolean[] met, boolean[] disadvantaged) {

        /**
         * Takes the cohort's flat columns (not timed).
         *
         * @param cohort the pupils
         * @return the columns
         */
        public static FlatColumns of(Cohort cohort) {
            double[] score = cohort.scoreColumn();
            boolean[] met = new boolean[score.length];
            for (int i = 0; i < score.length; i++) {
                met[i] = score[i] >= 100;
            }
            return new FlatColumns(cohort.schools(), cohort.schoolColumn(), score, met, cohort.disadvantagedColumn());
        }
    }

    /** A hand-written primitive loop over the same per-school columns: sums and counts, one pass per school. */
    public static SchoolGaps handLoop(Cohort.SchoolColumns columns) {
        int schools = columns.schools();
        SchoolGaps out = SchoolGaps.ofSize(schools);
        for (int s = 0; s < schools; s++) {
            double[] score = columns.scores()[s];
            boolean[] dis = columns.disadvantaged()[s];
            boolean[] met = columns.metExpected()[s];
            double sumD = 0;
            double sumO = 0;
            long nD = 0;
            long metD = 0;
            long metO = 0;
            for (int i = 0; i < score.length; i++) {
                int m = met[i] ? 1 : 0;
                if (dis[i]) {
                    sumD += score[i];
                    nD++;
                    metD += m;
                } else {
                    sumO += score[i];
                    metO += m;
                }
            }
            long nO = score.length - nD;
            out.meanGap()[s] = sumD / nD - sumO / nO;
            out.shareGap()[s] = (double) metD / nD - (double) metO / nO;
        }
        return out;
    }

    /**
     * A hand-written loop over the same object records: per-school arrays indexed by the school's int, sums and
     * counts, one pass. Shows what traversing the objects costs without any key lookup.
     */
    public static SchoolGaps handLoopObjects(List<Pupil> pupils, int schools) {
        double[] sum = new double[2 * schools];
        long[] n = new long[2 * schools];
        long[] met = new long[2 * schools];
        for (Pupil p : pupils) {
            int k = 2 * p.school() + (p.disadvantaged() ? 1 : 0);
            sum[k] += p.scaledScore();
            n[k]++;
            met[k] += p.metExpected() ? 1 : 0;
        }
        SchoolGaps out = SchoolGaps.ofSize(schools);
        for (int s = 0; s < schools; s++) {
            int d = 2 * s + 1;
            int o = 2 * s;
            out.meanGap()[s] = sum[d] / n[d] - sum[o] / n[o];
            out.shareGap()[s] = (double) met[d] / n[d] - (double) met[o] / n[o];
        }
        return out;
    }

    /**
     * Per-school aggregates already accumulated: what is left after the pass over the records.
     *
     * @param disadvantagedScores score summary of disadvantaged pupils per school
     * @param otherScores score summary of other pupils per school
     * @param disadvantagedMet expected-standard proportion of disadvantaged pupils per school
     * @param otherMet expected-standard proportion of other pupils per school
     */
    public record Aggregates(Summary[] disadvantagedScores, Summary[] otherScores, Proportion[] disadvantagedMet,
            Proportion[] otherMet) {

        /**
         * Accumulates the aggregates from per-school columns (not timed).
         *
         * @param columns the columns
         * @return the aggregates
         */
        public static Aggregates of(Cohort.SchoolColumns columns) {
            int schools = columns.schools();
            Aggregates a = new Aggregates(new Summary[schools], new Summary[schools], new Proportion[schools],
                    new Proportion[schools]);
            for (int s = 0; s < schools; s++) {
                CategorySummaries<Boolean> scores = CategorySummaries.over(List.of(true, false));
                CategoryCounts<Boolean> met = CategoryCounts.over(List.of(true, false));
                for (int i = 0; i < columns.scores()[s].length; i++) {
                    boolean d = columns.disadvantaged()[s][i];
                    scores.add(d, columns.scores()[s][i]);
                    met.add(d, columns.metExpected()[s][i] ? 1 : 0);
                }
                a.disadvantagedScores[s] = scores.get(true);
                a.otherScores[s] = scores.get(false);
                a.disadvantagedMet[s] = Proportion.of((long) met.getWeight(true), met.getCount(true));
                a.otherMet[s] = Proportion.of((long) met.getWeight(false), met.getCount(false));
            }
            return a;
        }
    }

    /**
     * Diagnostic, not a competitor: only the library's per-school gap calls (Welch and Newcombe intervals) on
     * aggregates already accumulated. Their cost is fixed per school, whatever the number of records, and the
     * baselines do not pay it because they compute no interval.
     */
    public static SchoolGaps libraryIntervalsOnly(Aggregates aggregates) {
        int schools = aggregates.disadvantagedScores().length;
        SchoolGaps out = SchoolGaps.ofSize(schools);
        for (int s = 0; s < schools; s++) {
            out.meanGap()[s] = Gaps.meanGap(aggregates.disadvantagedScores()[s], aggregates.otherScores()[s], OTHERS,
                    OPTIONS).getEstimate();
            out.shareGap()[s] = Gaps.proportionGap(aggregates.disadvantagedMet()[s], aggregates.otherMet()[s], OTHERS,
                    OPTIONS).getEstimate();
        }
        return out;
    }

    /** Naive Java Streams: {@code groupingBy(school, partitioningBy(disadvantaged, teeing(averages)))}. */
    public static SchoolGaps streams(List<Pupil> pupils, int schools) {
        Map<Integer, Map<Boolean, double[]>> bySchool = pupils.stream().collect(Collectors.groupingBy(Pupil::school,
                Collectors.partitioningBy(Pupil::disadvantaged, Collectors.teeing(
                        Collectors.averagingDouble(Pupil::scaledScore),
                        Collectors.averagingDouble(p -> p.metExpected() ? 1 : 0),
                        (mean, share) -> new double[] {mean, share}))));
        SchoolGaps out = SchoolGaps.ofSize(schools);
        for (int s = 0; s < schools; s++) {
            Map<Boolean, double[]> groups = bySchool.get(s);
            double[] d = groups.get(true);
            double[] o = groups.get(false);
            out.meanGap()[s] = d[0] - o[0];
            out.shareGap()[s] = d[1] - o[1];
        }
        return out;
    }

    /** The SQL run against DuckDB (GROUP BY school). */
    static final String DUCKDB_SQL = "SELECT school,"
            + " avg(score) FILTER (WHERE disadvantaged) - avg(score) FILTER (WHERE NOT disadvantaged) AS mean_gap,"
            + " count_if(disadvantaged AND met)::DOUBLE / count_if(disadvantaged)"
            + " - count_if(NOT disadvantaged AND met)::DOUBLE / count_if(NOT disadvantaged) AS share_gap"
            + " FROM pupils GROUP BY school ORDER BY school";

    /**
     * Opens an in-memory DuckDB database and loads the cohort with DuckDB's appender (not timed).
     *
     * @param cohort the pupils
     * @return an open connection holding table {@code pupils}
     * @throws SQLException if DuckDB fails
     */
    public static Connection loadDuckDb(Cohort cohort) throws SQLException {
        DuckDBConnection conn = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE pupils (school INTEGER, disadvantaged BOOLEAN, score DOUBLE, met BOOLEAN)");
        }
        int[] school = cohort.schoolColumn();
        boolean[] dis = cohort.disadvantagedColumn();
        double[] score = cohort.scoreColumn();
        try (DuckDBAppender appender = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "pupils")) {
            for (int i = 0; i < school.length; i++) {
                appender.beginRow();
                appender.append(school[i]);
                appender.append(dis[i]);
                appender.append(score[i]);
                appender.append(score[i] >= 100);
                appender.endRow();
            }
        }
        return conn;
    }

    /**
     * DuckDB: one SQL query with GROUP BY over the loaded table, results read into the answer arrays.
     *
     * @param conn a connection from {@link #loadDuckDb(Cohort)}
     * @param schools the number of schools
     * @return the answer
     * @throws SQLException if DuckDB fails
     */
    public static SchoolGaps duckDb(Connection conn, int schools) throws SQLException {
        SchoolGaps out = SchoolGaps.ofSize(schools);
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(DUCKDB_SQL)) {
            while (rs.next()) {
                int s = rs.getInt(1);
                out.meanGap()[s] = rs.getDouble(2);
                out.shareGap()[s] = rs.getDouble(3);
            }
        }
        return out;
    }

    private static List<Integer> schoolKeys(int schools) {
        List<Integer> keys = new ArrayList<>(schools);
        for (int s = 0; s < schools; s++) {
            keys.add(s);
        }
        return keys;
    }

    private static Proportion proportion(CategoryCounts<Intersection<Integer, Boolean>> met,
            Intersection<Integer, Boolean> key) {
        return Proportion.of((long) met.getWeight(key), met.getCount(key));
    }
}
