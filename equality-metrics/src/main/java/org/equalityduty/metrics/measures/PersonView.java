package org.equalityduty.metrics.measures;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.equalityduty.core.population.Category;
import org.jspecify.annotations.Nullable;

/**
 * How to read the facts {@link MeasureEvaluator} needs from the caller's own record type, so that existing MIS
 * objects are evaluated in place, without copying them into {@link PersonRecord}s.
 *
 * <p>Only the category function is required; the others default to "not known" for every record. A measure that
 * needs a fact the view cannot give (a score for a mean score, a stage for a selection rate) is then evaluated over
 * no one, which {@link MeasureEvaluator} reports as {@link org.equalityduty.core.observation.ObservationStatus#NOT_COLLECTED}.
 * <pre>{@code
 * PersonView<Pupil> view = PersonView.<Pupil>builder((pupil, dimensionId) -> pupil.category(dimensionId))
 *         .score((pupil, outcome) -> pupil.scaledScore(outcome))
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if the functions are.
 *
 * @param <T> the caller's record type
 * @since 0.1.0
 */
public final class PersonView<T> {

    /**
     * Reads a person's category for a dimension.
     *
     * @param <T> the caller's record type
     * @since 0.1.0
     */
    @FunctionalInterface
    public interface CategoryOf<T> {
        /**
         * Gets the category.
         *
         * @param record the record, not null
         * @param dimensionId the dimension identifier, not null
         * @return the person's category in that dimension, empty if none is recorded, not null
         * @since 0.1.0
         */
        Optional<Category> apply(T record, String dimensionId);
    }

    /**
     * Reads a person's score in an outcome.
     *
     * @param <T> the caller's record type
     * @since 0.1.0
     */
    @FunctionalInterface
    public interface ScoreOf<T> {
        /**
         * Gets the score.
         *
         * @param record the record, not null
         * @param outcome the outcome, not null
         * @return the score, finite, empty if the person has none, not null
         * @since 0.1.0
         */
        OptionalDouble apply(T record, Outcome outcome);
    }

    /**
     * Reads whether a person met the standard in an outcome.
     *
     * @param <T> the caller's record type
     * @since 0.1.0
     */
    @FunctionalInterface
    public interface MetStandardOf<T> {
        /**
         * Gets the result.
         *
         * @param record the record, not null
         * @param outcome the outcome, not null
         * @return whether the standard was met, empty if the person has no result, not null
         * @since 0.1.0
         */
        Optional<Boolean> apply(T record, Outcome outcome);
    }

    private static final PersonView<PersonRecord> RECORDS = PersonView
            .<PersonRecord>builder((r, dimensionId) -> r.getCategory(dimensionId))
            .score((r, outcome) -> {
                Double s = r.getScores().get(outcome);
                return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
            })
            .metStandard((r, outcome) -> Optional.ofNullable(r.getMetStandard().get(outcome)))
            .fte(PersonRecord::getFte)
            .stage(PersonRecord::getStage)
            .surveyPositive(PersonRecord::getSurveyPositive)
            .build();

    private final CategoryOf<? super T> category;
    private final ScoreOf<? super T> score;
    private final MetStandardOf<? super T> metStandard;
    private final Function<? super T, OptionalDouble> fte;
    private final Function<? super T, Optional<ApplicantStage>> stage;
    private final Function<? super T, Optional<Boolean>> surveyPositive;

    private PersonView(Builder<T> b) {
        this.category = b.category;
        this.score = b.score;
        this.metStandard = b.metStandard;
        this.fte = b.fte;
        this.stage = b.stage;
        this.surveyPositive = b.surveyPositive;
    }

    /**
     * Obtains the view of {@link PersonRecord}s.
     *
     * @return the view, not null
     * @since 0.1.0
     */
    public static PersonView<PersonRecord> ofRecords() {
        return RECORDS;
    }

    /**
     * Creates a builder.
     *
     * @param <T> the caller's record type
     * @param category reads a person's category for a dimension identifier, not null
     * @return a new builder, not null
     * @since 0.1.0
     */
    public static <T> Builder<T> builder(CategoryOf<? super T> category) {
        return new Builder<>(Objects.requireNonNull(category, "category"));
    }

    /**
     * Gets a person's category for a dimension.
     *
     * @param record the record, not null
     * @param dimensionId the dimension identifier, not null
     * @return the category, null if none is recorded (the convention of
     *         {@link org.equalityduty.core.population.Group#matches(Function)})
     * @throws NullPointerException if the caller's function returns null
     * @since 0.1.0
     */
    @SuppressWarnings("exports") // JSpecify is an optional, compile-time-only dependency of this module
    public @Nullable Category categoryOf(T record, String dimensionId) {
        return Objects.requireNonNull(category.apply(record, dimensionId), "category function result")
                .orElse(null);
    }

    /**
     * Gets a person's score in an outcome.
     *
     * @param record the record, not null
     * @param outcome the outcome, not null
     * @return the score, empty if none, not null
     * @throws NullPointerException if the caller's function returns null
     * @since 0.1.0
     */
    public OptionalDouble scoreOf(T record, Outcome outcome) {
        return Objects.requireNonNull(score.apply(record, outcome), "score function result");
    }

    /**
     * Gets whether a person met the standard in an outcome.
     *
     * @param record the record, not null
     * @param outcome the outcome, not null
     * @return the result, empty if none, not null
     * @throws NullPointerException if the caller's function returns null
     * @since 0.1.0
     */
    public Optional<Boolean> metStandardOf(T record, Outcome outcome) {
        return Objects.requireNonNull(metStandard.apply(record, outcome), "metStandard function result");
    }

    /**
     * Gets a member of staff's full-time equivalent.
     *
     * @param record the record, not null
     * @return the FTE, empty if not recorded, not null
     * @throws NullPointerException if the caller's function returns null
     * @since 0.1.0
     */
    public OptionalDouble fteOf(T record) {
        return Objects.requireNonNull(fte.apply(record), "fte function result");
    }

    /**
     * Gets the furthest stage an applicant reached.
     *
     * @param record the record, not null
     * @return the stage, empty if the person is not an applicant, not null
     * @throws NullPointerException if the caller's function returns null
     * @since 0.1.0
     */
    public Optional<ApplicantStage> stageOf(T record) {
        return Objects.requireNonNull(stage.apply(record), "stage function result");
    }

    /**
     * Gets a person's survey answer.
     *
     * @param record the record, not null
     * @return true if positive, empty if the person did not answer, not null
     * @throws NullPointerException if the caller's function returns null
     * @since 0.1.0
     */
    public Optional<Boolean> surveyPositiveOf(T record) {
        return Objects.requireNonNull(surveyPositive.apply(record), "surveyPositive function result");
    }

    /**
     * Builds {@link PersonView} instances; each function may be set once.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @param <T> the caller's record type
     * @since 0.1.0
     */
    public static final class Builder<T> {
        private final CategoryOf<? super T> category;
        private ScoreOf<? super T> score = (r, o) -> OptionalDouble.empty();
        private MetStandardOf<? super T> metStandard = (r, o) -> Optional.empty();
        private Function<? super T, OptionalDouble> fte = r -> OptionalDouble.empty();
        private Function<? super T, Optional<ApplicantStage>> stage = r -> Optional.empty();
        private Function<? super T, Optional<Boolean>> surveyPositive = r -> Optional.empty();
        private final boolean[] set = new boolean[5];

        private Builder(CategoryOf<? super T> category) {
            this.category = category;
        }

        private void once(int i, String name) {
            if (set[i]) {
                throw new IllegalStateException(name + " is already set");
            }
            set[i] = true;
        }

        /**
         * Sets how to read scores.
         *
         * @param score the function, not null
         * @return this builder, not null
         * @throws IllegalStateException if already set
         * @since 0.1.0
         */
        public Builder<T> score(ScoreOf<? super T> score) {
            once(0, "score");
            this.score = Objects.requireNonNull(score, "score");
            return this;
        }

        /**
         * Sets how to read "met the standard" results.
         *
         * @param metStandard the function, not null
         * @return this builder, not null
         * @throws IllegalStateException if already set
         * @since 0.1.0
         */
        public Builder<T> metStandard(MetStandardOf<? super T> metStandard) {
            once(1, "metStandard");
            this.metStandard = Objects.requireNonNull(metStandard, "metStandard");
            return this;
        }

        /**
         * Sets how to read the full-time equivalent of a member of staff.
         *
         * @param fte the function, not null
         * @return this builder, not null
         * @throws IllegalStateException if already set
         * @since 0.1.0
         */
        public Builder<T> fte(Function<? super T, OptionalDouble> fte) {
            once(2, "fte");
            this.fte = Objects.requireNonNull(fte, "fte");
            return this;
        }

        /**
         * Sets how to read the furthest stage an applicant reached.
         *
         * @param stage the function, not null
         * @return this builder, not null
         * @throws IllegalStateException if already set
         * @since 0.1.0
         */
        public Builder<T> stage(Function<? super T, Optional<ApplicantStage>> stage) {
            once(3, "stage");
            this.stage = Objects.requireNonNull(stage, "stage");
            return this;
        }

        /**
         * Sets how to read a survey answer.
         *
         * @param surveyPositive the function, not null
         * @return this builder, not null
         * @throws IllegalStateException if already set
         * @since 0.1.0
         */
        public Builder<T> surveyPositive(Function<? super T, Optional<Boolean>> surveyPositive) {
            once(4, "surveyPositive");
            this.surveyPositive = Objects.requireNonNull(surveyPositive, "surveyPositive");
            return this;
        }

        /**
         * Builds the view.
         *
         * @return the view, not null
         * @since 0.1.0
         */
        public PersonView<T> build() {
            return new PersonView<>(this);
        }
    }
}
