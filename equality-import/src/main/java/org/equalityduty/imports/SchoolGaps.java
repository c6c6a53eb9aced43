package org.equalityduty.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.metrics.accumulators.PerSchoolGaps;
import org.equalityduty.metrics.options.MetricOptions;

/**
 * Disadvantage gaps by school, accumulated one pupil at a time: for each school and each {@link GapScore}, the
 * disadvantaged pupils against the other pupils of the same school with a recorded disadvantage flag, as
 * {@link PerSchoolGaps} computes them (difference of means with a Welch interval; for KS2 scores also the difference
 * in the share meeting the expected standard, with a Newcombe interval); and the same for the whole file (the trust).
 *
 * <p>A pupil counts for a score when the score and the disadvantage flag are recorded; pupils with no recorded
 * disadvantage are counted in {@link #getUnknownDisadvantageCount()}. Gaps are disadvantaged minus the rest:
 * negative when disadvantaged pupils score lower.
 *
 * <p>Memory grows with the number of schools (a {@link PerSchoolGaps} block of 64 schools per score), never with the
 * number of pupils; it is a {@link Consumer} so that it can be the sink of
 * {@link EqualityImport#forEachPupil(java.nio.file.Path, ImportOptions, Consumer)}.
 *
 * <p>Instances are mutable accumulators and not thread-safe.
 *
 * @since 0.2.0
 */
public final class SchoolGaps implements Consumer<PupilRow> {
    /** Schools per {@link PerSchoolGaps} block. */
    static final int BLOCK = 64;

    private static final GapScore[] SCORES = GapScore.values();

    private final SchoolIndex schools = new SchoolIndex();
    private final List<long[]> pupils = new ArrayList<>();
    private final Map<GapScore, List<PerSchoolGaps>> blocks = new EnumMap<>(GapScore.class);
    private final Map<GapScore, PerSchoolGaps> trust = new EnumMap<>(GapScore.class);
    /** The same lists and accumulators as {@link #blocks} and {@link #trust}, by ordinal, for the per-pupil path. */
    private final List<PerSchoolGaps>[] blockList;
    private final PerSchoolGaps[] trustArray = new PerSchoolGaps[SCORES.length];
    private long unknownDisadvantage;

    /**
     * Creates an empty accumulator.
     *
     * @since 0.2.0
     */
    @SuppressWarnings("unchecked")
    public SchoolGaps() {
        blockList = (List<PerSchoolGaps>[]) new List<?>[SCORES.length];
        for (GapScore s : SCORES) {
            List<PerSchoolGaps> list = new ArrayList<>();
            PerSchoolGaps all = PerSchoolGaps.ofGroups(1);
            blocks.put(s, list);
            trust.put(s, all);
            blockList[s.ordinal()] = list;
            trustArray[s.ordinal()] = all;
        }
    }

    /**
     * Adds one pupil.
     *
     * @param pupil the pupil, not null
     * @since 0.2.0
     */
    @Override
    public void accept(PupilRow pupil) {
        Objects.requireNonNull(pupil, "pupil");
        // A row's URN is six digits (the import checks it): its number finds the school.
        add(Fields.digitsValue(pupil.getSchoolUrn()), pupil.disadvantagedFlag(),
                pupil.rawScore(GapScore.KS2_READING), pupil.rawScore(GapScore.KS2_MATHS),
                pupil.rawScore(GapScore.KS4_ATTAINMENT_8), pupil.rawScore(GapScore.KS4_ENGLISH_MATHS_GRADE));
    }

    /**
     * Adds one pupil from its values, as {@link #accept(PupilRow)} adds a row: the one per-pupil step of both, and
     * what the byte path of {@link EqualityImport#schoolGaps} calls, which makes no row object and no URN text.
     *
     * @param urn the number of the school's six-digit URN
     * @param flag the disadvantage flag: 1, 0, or -1 if not recorded
     * @param reading the KS2 reading score, {@code NaN} if not recorded (and so on for the other scores)
     */
    void add(int urn, byte flag, double reading, double maths, double attainment8, double grade) {
        int school = schools.position(urn);
        int block = school / BLOCK;
        int at = school % BLOCK;
        if (block == pupils.size()) {
            // The first school of a new block of 64 (positions are given in order).
            pupils.add(new long[BLOCK]);
            for (GapScore s : SCORES) {
                blockList[s.ordinal()].add(PerSchoolGaps.ofGroups(BLOCK));
            }
        }
        pupils.get(block)[at]++;
        if (flag < 0) {
            unknownDisadvantage++;
            return;
        }
        boolean disadvantaged = flag == 1;
        score(GapScore.KS2_READING, block, at, disadvantaged, reading);
        score(GapScore.KS2_MATHS, block, at, disadvantaged, maths);
        score(GapScore.KS4_ATTAINMENT_8, block, at, disadvantaged, attainment8);
        score(GapScore.KS4_ENGLISH_MATHS_GRADE, block, at, disadvantaged, grade);
    }

    private void score(GapScore s, int block, int at, boolean disadvantaged, double score) {
        if (!Double.isNaN(score)) {
            boolean met = s.hasStandard() && score >= PupilRow.EXPECTED_STANDARD;
            blockList[s.ordinal()].get(block).add(at, disadvantaged, score, met);
            trustArray[s.ordinal()].add(0, disadvantaged, score, met);
        }
    }

    /**
     * Gets the schools seen, in the order first seen.
     *
     * @return an unmodifiable list of URNs, not null
     * @since 0.2.0
     */
    public List<String> getSchools() {
        return schools.texts();
    }

    /**
     * Gets the number of pupils of a school, whatever was recorded for them.
     *
     * @param urn the school's URN, not null
     * @return the count, 0 for a school not seen
     * @since 0.2.0
     */
    public long getPupilCount(String urn) {
        int at = schools.find(Objects.requireNonNull(urn, "urn"));
        return at < 0 ? 0 : pupils.get(at / BLOCK)[at % BLOCK];
    }

    /**
     * Gets the number of pupils left out of every gap because their disadvantage was not recorded.
     *
     * @return the count, not negative
     * @since 0.2.0
     */
    public long getUnknownDisadvantageCount() {
        return unknownDisadvantage;
    }

    /**
     * Computes a school's gap in the mean score, disadvantaged minus the other pupils of the school.
     *
     * @param urn the school's URN, not null
     * @param score the score, not null
     * @param options the options (confidence level, minimum group size), not null
     * @return the gap, with a status and reason if it cannot be given, not null
     * @throws IllegalArgumentException if the school was not seen
     * @since 0.2.0
     */
    public GapResult meanGap(String urn, GapScore score, MetricOptions options) {
        int at = school(urn);
        return blocksOf(Objects.requireNonNull(score, "score")).get(at / BLOCK).meanGap(at % BLOCK, options);
    }

    /**
     * Computes a school's gap in the share meeting the score's standard, disadvantaged minus the rest, as a
     * difference of proportions (multiply by 100 for percentage points).
     *
     * @param urn the school's URN, not null
     * @param score a score with a standard, not null
     * @param options the options, not null
     * @return the gap, not null
     * @throws IllegalArgumentException if the school was not seen or the score has no standard
     * @since 0.2.0
     */
    public GapResult standardGap(String urn, GapScore score, MetricOptions options) {
        int at = school(urn);
        return blocksOf(standard(score)).get(at / BLOCK).proportionGap(at % BLOCK, options);
    }

    /**
     * Computes the gap in the mean score over every pupil read (the trust).
     *
     * @param score the score, not null
     * @param options the options, not null
     * @return the gap, not null
     * @since 0.2.0
     */
    public GapResult trustMeanGap(GapScore score, MetricOptions options) {
        return trustOf(Objects.requireNonNull(score, "score")).meanGap(0, options);
    }

    /**
     * Computes the gap in the share meeting the score's standard over every pupil read (the trust).
     *
     * @param score a score with a standard, not null
     * @param options the options, not null
     * @return the gap, not null
     * @throws IllegalArgumentException if the score has no standard
     * @since 0.2.0
     */
    public GapResult trustStandardGap(GapScore score, MetricOptions options) {
        return trustOf(standard(score)).proportionGap(0, options);
    }

    private static GapScore standard(GapScore score) {
        Objects.requireNonNull(score, "score");
        if (!score.hasStandard()) {
            throw new IllegalArgumentException(score + " has no standard in the default layout");
        }
        return score;
    }

    private int school(String urn) {
        int at = schools.find(Objects.requireNonNull(urn, "urn"));
        if (at < 0) {
            throw new IllegalArgumentException("no pupil of school " + urn + " has been read");
        }
        return at;
    }

    /** The number of {@link PerSchoolGaps} held, for the memory test: one per score per block of schools. */
    int accumulatorCount() {
        int n = 0;
        for (List<PerSchoolGaps> l : blocks.values()) {
            n += l.size();
        }
        return n + trust.size();
    }

    @Override
    public String toString() {
        return "SchoolGaps[schools=" + schools.texts().size() + "]";
    }

    private List<PerSchoolGaps> blocksOf(GapScore s) {
        return Objects.requireNonNull(blocks.get(s), "every score has its blocks");
    }

    private PerSchoolGaps trustOf(GapScore s) {
        return Objects.requireNonNull(trust.get(s), "every score has its trust figures");
    }
}
