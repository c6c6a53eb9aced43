package org.equalityduty.metrics.measures;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.equalityduty.core.population.Category;

/**
 * A small, MIS-neutral view of one person: a pupil, a member of staff, an applicant for a job or a survey respondent.
 *
 * <p>It holds only what {@link MeasureEvaluator} reads:
 * <ul>
 * <li>a {@link Category} per dimension identifier ({@code sex}, {@code ethnic_group}, {@code disadvantage}, and for
 *     staff a {@code role} dimension or any other the caller defines: a role is a category like any other, so a
 *     measure's {@code within} restriction such as "support staff" can select on it);</li>
 * <li>scores and "met the standard" results by {@link Outcome};</li>
 * <li>the full-time equivalent (FTE) of a member of staff;</li>
 * <li>the furthest {@link ApplicantStage} of an applicant;</li>
 * <li>a survey answer, positive or not.</li>
 * </ul>
 * Anything absent is simply not known for this person; the evaluator leaves the person out of figures that need it.
 * Callers whose MIS objects already carry these facts can read them in place with a {@link PersonView} instead.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PersonRecord {

    private final Map<String, Category> categories;
    private final Map<Outcome, Double> scores;
    private final Map<Outcome, Boolean> metStandard;
    private final OptionalDouble fte;
    private final Optional<ApplicantStage> stage;
    private final Optional<Boolean> surveyPositive;

    private PersonRecord(Builder b) {
        this.categories = Collections.unmodifiableMap(new TreeMap<>(b.categories));
        this.scores = Collections.unmodifiableMap(new TreeMap<>(b.scores));
        this.metStandard = Collections.unmodifiableMap(new TreeMap<>(b.metStandard));
        this.fte = b.fte;
        this.stage = b.stage;
        this.surveyPositive = b.surveyPositive;
    }

    /**
     * Creates a builder.
     *
     * @return a new builder, not null
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the person's categories by dimension identifier.
     *
     * @return an unmodifiable map sorted by dimension identifier, not null
     * @since 0.1.0
     */
    public Map<String, Category> getCategories() {
        return categories;
    }

    /**
     * Gets the person's category for a dimension.
     *
     * @param dimensionId the dimension identifier, not null
     * @return the category, empty if none is recorded, not null
     * @since 0.1.0
     */
    public Optional<Category> getCategory(String dimensionId) {
        return Optional.ofNullable(categories.get(Objects.requireNonNull(dimensionId, "dimensionId")));
    }

    /**
     * Gets the person's scores by outcome.
     *
     * @return an unmodifiable map sorted by key stage then subject, each value finite, not null
     * @since 0.1.0
     */
    public Map<Outcome, Double> getScores() {
        return scores;
    }

    /**
     * Gets the person's "met the standard" results by outcome.
     *
     * @return an unmodifiable map sorted by key stage then subject, not null
     * @since 0.1.0
     */
    public Map<Outcome, Boolean> getMetStandard() {
        return metStandard;
    }

    /**
     * Gets the full-time equivalent of a member of staff.
     *
     * @return the FTE, finite and not negative, empty if not recorded, not null
     * @since 0.1.0
     */
    public OptionalDouble getFte() {
        return fte;
    }

    /**
     * Gets the furthest stage an applicant reached.
     *
     * @return the stage, empty if the person is not an applicant, not null
     * @since 0.1.0
     */
    public Optional<ApplicantStage> getStage() {
        return stage;
    }

    /**
     * Gets the person's survey answer.
     *
     * @return true for a positive answer, false for any other answer, empty if the person did not answer, not null
     * @since 0.1.0
     */
    public Optional<Boolean> getSurveyPositive() {
        return surveyPositive;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonRecord p && categories.equals(p.categories) && scores.equals(p.scores)
                && metStandard.equals(p.metStandard) && fte.equals(p.fte) && stage.equals(p.stage)
                && surveyPositive.equals(p.surveyPositive);
    }

    @Override
    public int hashCode() {
        return Objects.hash(categories, scores, metStandard, fte, stage, surveyPositive);
    }

    /**
     * Gets a description for logs and test failures; it lists every recorded fact.
     *
     * @return the description, not null
     * @since 0.1.0
     */
    @Override
    public String toString() {
        return "PersonRecord[categories=" + categories.values() + ", scores=" + scores + ", metStandard="
                + metStandard + (fte.isPresent() ? ", fte=" + fte.getAsDouble() : "")
                + stage.map(s -> ", stage=" + s).orElse("")
                + surveyPositive.map(s -> ", surveyPositive=" + s).orElse("") + "]";
    }

    /**
     * Builds {@link PersonRecord} instances. Each dimension, outcome and single fact may be set once.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final TreeMap<String, Category> categories = new TreeMap<>();
        private final TreeMap<Outcome, Double> scores = new TreeMap<>(Builder::compareOutcomes);
        private final TreeMap<Outcome, Boolean> metStandard = new TreeMap<>(Builder::compareOutcomes);
        private OptionalDouble fte = OptionalDouble.empty();
        private Optional<ApplicantStage> stage = Optional.empty();
        private Optional<Boolean> surveyPositive = Optional.empty();

        private Builder() {
        }

        private static int compareOutcomes(Outcome a, Outcome b) {
            int c = a.keyStage().compareTo(b.keyStage());
            return c != 0 ? c : a.subject().compareTo(b.subject());
        }

        /**
         * Records the person's category for the category's dimension.
         *
         * @param category the category, not null
         * @return this builder, not null
         * @throws IllegalStateException if a category of the same dimension was already set
         * @since 0.1.0
         */
        public Builder category(Category category) {
            Objects.requireNonNull(category, "category");
            Category previous = categories.putIfAbsent(category.getDimensionId(), category);
            if (previous != null) {
                throw new IllegalStateException("category for dimension '" + category.getDimensionId()
                        + "' is already set to " + previous + ", cannot set " + category);
            }
            return this;
        }

        /**
         * Records a score.
         *
         * @param outcome the outcome, not null
         * @param score the score, finite
         * @return this builder, not null
         * @throws IllegalArgumentException if the score is not finite
         * @throws IllegalStateException if a score for the outcome was already set
         * @since 0.1.0
         */
        public Builder score(Outcome outcome, double score) {
            Objects.requireNonNull(outcome, "outcome");
            if (!Double.isFinite(score)) {
                throw new IllegalArgumentException("score for " + outcome + " must be finite: " + score);
            }
            if (scores.putIfAbsent(outcome, score) != null) {
                throw new IllegalStateException("score for " + outcome + " is already set");
            }
            return this;
        }

        /**
         * Records whether the person met the standard in an outcome.
         *
         * @param outcome the outcome, not null
         * @param met whether the standard was met
         * @return this builder, not null
         * @throws IllegalStateException if a result for the outcome was already set
         * @since 0.1.0
         */
        public Builder metStandard(Outcome outcome, boolean met) {
            Objects.requireNonNull(outcome, "outcome");
            if (metStandard.putIfAbsent(outcome, met) != null) {
                throw new IllegalStateException("metStandard for " + outcome + " is already set");
            }
            return this;
        }

        /**
         * Records the full-time equivalent of a member of staff.
         *
         * @param fte the FTE, finite and not negative (1 for full time)
         * @return this builder, not null
         * @throws IllegalArgumentException if the FTE is negative or not finite
         * @throws IllegalStateException if the FTE was already set
         * @since 0.1.0
         */
        public Builder fte(double fte) {
            if (!(fte >= 0) || Double.isInfinite(fte)) {
                throw new IllegalArgumentException("fte must be finite and not negative: " + fte);
            }
            if (this.fte.isPresent()) {
                throw new IllegalStateException("fte is already set");
            }
            this.fte = OptionalDouble.of(fte);
            return this;
        }

        /**
         * Records the furthest stage an applicant reached.
         *
         * @param stage the stage, not null
         * @return this builder, not null
         * @throws IllegalStateException if the stage was already set
         * @since 0.1.0
         */
        public Builder stage(ApplicantStage stage) {
            Objects.requireNonNull(stage, "stage");
            if (this.stage.isPresent()) {
                throw new IllegalStateException("stage is already set");
            }
            this.stage = Optional.of(stage);
            return this;
        }

        /**
         * Records the person's survey answer.
         *
         * @param positive whether the answer was positive
         * @return this builder, not null
         * @throws IllegalStateException if the answer was already set
         * @since 0.1.0
         */
        public Builder surveyPositive(boolean positive) {
            if (this.surveyPositive.isPresent()) {
                throw new IllegalStateException("surveyPositive is already set");
            }
            this.surveyPositive = Optional.of(positive);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record, not null
         * @since 0.1.0
         */
        public PersonRecord build() {
            return new PersonRecord(this);
        }
    }
}
