package org.equalityduty.benchmarks;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Synthetic, reproducible pupil data (fixed seed) in the three layouts the benchmarks compare: object records, per-school
 * primitive columns, and flat columns (for DuckDB's appender). Every layout holds the same pupils.
 *
 * <p>Scaled scores are whole numbers from 80 to 120 drawn from a normal distribution with mean 105 (other pupils) or
 * 101 (disadvantaged pupils) and standard deviation 7, clipped; the expected standard is a score of at least 100
 * (docs/domain.md section 3). Schools are drawn uniformly, so records arrive in no particular school order, as in a national
 * extract.
 */
public final class Cohort {

    /** Number of schools in B1 (the 2,000). */
    public static final int SCHOOLS = 2_000;
    /** Share of disadvantaged pupils in B1 (the 25%). */
    public static final double DISADVANTAGED_SHARE = 0.25;
    /** The fixed seed every layout is generated from. */
    public static final long SEED = 20_261_122L;

    private final int schools;
    private final int[] school;
    private final boolean[] disadvantaged;
    private final double[] score;

    private Cohort(int schools, int[] school, boolean[] disadvantaged, double[] score) {
        this.schools = schools;
        this.school = school;
        this.disadvantaged = disadvantaged;
        this.score = score;
    }

    /**
     * Generates a cohort.
     *
     * @param records the number of pupils
     * @param schools the number of schools
     * @param seed the seed
     * @return the cohort
     */
    public static Cohort generate(int records, int schools, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] school = new int[records];
        boolean[] disadvantaged = new boolean[records];
        double[] score = new double[records];
        for (int i = 0; i < records; i++) {
            school[i] = random.nextInt(schools);
            disadvantaged[i] = random.nextDouble() < DISADVANTAGED_SHARE;
            score[i] = scaledScore(random, disadvantaged[i]);
        }
        return new Cohort(schools, school, disadvantaged, score);
    }

    static double scaledScore(SplittableRandom random, boolean disadvantaged) {
        double mean = disadvantaged ? 101 : 105;
        long s = Math.round(mean + 7 * random.nextGaussian());
        return Math.max(80, Math.min(120, s));
    }

    /**
     * Gets the number of pupils.
     *
     * @return the number of pupils
     */
    public int size() {
        return school.length;
    }

    /**
     * Gets the number of schools.
     *
     * @return the number of schools
     */
    public int schools() {
        return schools;
    }

    /**
     * Gets the pupil at a position as an object record (a new object each call).
     *
     * @param i the position
     * @return the pupil
     */
    public Pupil pupil(int i) {
        return new Pupil(school[i], disadvantaged[i], score[i], score[i] >= 100);
    }

    /**
     * Gets every pupil as an object record, in generation order.
     *
     * @return every pupil as an object record, in generation order
     */
    public List<Pupil> toPupils() {
        List<Pupil> pupils = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            pupils.add(pupil(i));
        }
        return pupils;
    }

    /**
     * Gets the flat school column (for DuckDB's appender).
     *
     * @return the flat school column (for DuckDB's appender)
     */
    int[] schoolColumn() {
        return school;
    }

    /**
     * Gets the flat disadvantaged column.
     *
     * @return the flat disadvantaged column
     */
    boolean[] disadvantagedColumn() {
        return disadvantaged;
    }

    /**
     * Gets the flat score column.
     *
     * @return the flat score column
     */
    double[] scoreColumn() {
        return score;
    }

    /**
     * Gets the same pupils as one set of primitive columns per school.
     *
     * @return the same pupils as one set of primitive columns per school
     */
    public SchoolColumns bySchool() {
        int[] sizes = new int[schools];
        for (int s : school) {
            sizes[s]++;
        }
        double[][] scores = new double[schools][];
        boolean[][] dis = new boolean[schools][];
        boolean[][] met = new boolean[schools][];
        for (int s = 0; s < schools; s++) {
            scores[s] = new double[sizes[s]];
            dis[s] = new boolean[sizes[s]];
            met[s] = new boolean[sizes[s]];
        }
        int[] fill = new int[schools];
        for (int i = 0; i < size(); i++) {
            int s = school[i];
            int j = fill[s]++;
            scores[s][j] = score[i];
            dis[s][j] = disadvantaged[i];
            met[s][j] = score[i] >= 100;
        }
        return new SchoolColumns(scores, dis, met);
    }

    /**
     * Primitive columns per school: {@code scores[s][j]}, {@code disadvantaged[s][j]} and {@code metExpected[s][j]} are
     * pupil {@code j} of school {@code s}.
     *
     * @param scores scaled scores
     * @param disadvantaged disadvantage flags
     * @param metExpected expected-standard flags
     */
    public record SchoolColumns(double[][] scores, boolean[][] disadvantaged, boolean[][] metExpected) {
        /**
         * Gets the number of schools.
         *
         * @return the number of schools
         */
        public int schools() {
            return scores.length;
        }
    }

    /**
     * An {@link Iterable} that generates {@code records} pupils on the fly (same distribution, one school), so that a
     * computation can stream them without the records being kept anywhere.
     *
     * @param records the number of pupils
     * @param seed the seed
     * @return a re-iterable stream of fresh pupil objects
     */
    public static Iterable<Pupil> streamed(long records, long seed) {
        return () -> new Iterator<>() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private long produced;

            @Override
            public boolean hasNext() {
                return produced < records;
            }

            @Override
            public Pupil next() {
                if (produced >= records) {
                    throw new NoSuchElementException();
                }
                produced++;
                boolean dis = random.nextDouble() < DISADVANTAGED_SHARE;
                double s = scaledScore(random, dis);
                return new Pupil(0, dis, s, s >= 100);
            }
        };
    }
}
