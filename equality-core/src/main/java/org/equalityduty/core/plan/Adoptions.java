package org.equalityduty.core.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a plan's adoptions by reference against the plan they adopt from: the organisation's name, the version
 * cited, every objective id, and every title the adopting plan reproduces.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class Adoptions {
    private Adoptions() {
    }

    /**
     * What a check of an adoption found.
     *
     * <p>This enum is immutable and thread-safe.
     *
     * @since 0.2.0
     */
    public enum Status {
        /**
         * The adopting plan adopts nothing from the given plan's organisation.
         *
         * @since 0.2.0
         */
        NOTHING_ADOPTED,
        /**
         * The version cited is not the adopted plan's version, or the adopted plan states none.
         *
         * @since 0.2.0
         */
        VERSION_MISMATCH,
        /**
         * An adopted id names no objective of the adopted plan.
         *
         * @since 0.2.0
         */
        OBJECTIVE_MISSING,
        /**
         * A reproduced title differs from the adopted plan's title: wording the adopted plan has replaced.
         *
         * @since 0.2.0
         */
        TITLE_DIFFERS
    }

    /**
     * One problem with an adoption: its status, the part of the adopting plan concerned (the adoption's index and,
     * for one adopted objective, that objective's index in the adoption, and the field), and a reason. The model path
     * of {@link #getPath()} is built from those indices and that field, so the two always agree.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @since 0.2.0
     */
    public static final class Problem {
        private final Status status;
        /** The index of the adoption concerned, or -1 for the plan's adoptions as a whole. */
        private final int adoption;
        /** The index, in its adoption, of the adopted objective concerned, or -1 for the adoption itself. */
        private final int objective;
        private final String field;
        private final String reason;

        private Problem(Status status, int adoption, int objective, String field, String reason) {
            this.status = status;
            this.adoption = adoption;
            this.objective = objective;
            this.field = field;
            this.reason = reason;
        }

        /** A problem with the plan's adoptions as a whole, at its field {@code adoptions}. */
        static Problem ofPlan(Status status, String reason) {
            return new Problem(status, -1, -1, "adoptions", reason);
        }

        /** A problem with a field of the adoption at index {@code a}, such as its {@code version}. */
        static Problem ofAdoption(Status status, int a, String field, String reason) {
            return new Problem(status, a, -1, field, reason);
        }

        /** A problem with a field, such as {@code id}, of the objective at index {@code o} of adoption {@code a}. */
        static Problem ofObjective(Status status, int a, int o, String field, String reason) {
            return new Problem(status, a, o, field, reason);
        }

        /**
         * Gets what was found.
         *
         * @return the status, not null
         * @since 0.2.0
         */
        public Status getStatus() {
            return status;
        }

        /**
         * Gets the index of the adoption concerned, in the adopting plan's {@code adoptions}.
         *
         * @return the zero-based index, empty for a problem with the plan's adoptions as a whole
         *     ({@link Status#NOTHING_ADOPTED}), not null
         * @since 0.2.0
         */
        public Optional<Integer> getAdoptionIndex() {
            return adoption < 0 ? Optional.empty() : Optional.of(adoption);
        }

        /**
         * Gets the index of the adopted objective concerned, in its adoption's {@code objectives}.
         *
         * @return the zero-based index, present for {@link Status#OBJECTIVE_MISSING} and {@link Status#TITLE_DIFFERS},
         *     empty for a problem with an adoption itself or with the adoptions as a whole, not null
         * @since 0.2.0
         */
        public Optional<Integer> getObjectiveIndex() {
            return objective < 0 ? Optional.empty() : Optional.of(objective);
        }

        /**
         * Gets the name of the field concerned, in the adopting plan document: the {@code version} of an adoption,
         * the {@code id} or {@code title} of an adopted objective, or the plan's own {@code adoptions}.
         *
         * @return the field's name, not null
         * @since 0.2.0
         */
        public String getField() {
            return field;
        }

        /**
         * Gets the model path of the part concerned in the adopting plan, built from the indices and the field.
         *
         * @return such as {@code adoptions[0].objectives[1].title}, or {@code adoptions} for the whole, not null
         * @since 0.2.0
         */
        public String getPath() {
            if (adoption < 0) {
                return field;
            }
            return "adoptions[" + adoption + "]" + (objective < 0 ? "" : ".objectives[" + objective + "]") + "."
                    + field;
        }

        /**
         * Gets the reason, in plain English.
         *
         * @return the reason, not null
         * @since 0.2.0
         */
        public String getReason() {
            return reason;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            if (!(other instanceof Problem p)) {
                return false;
            }
            return status == p.status && adoption == p.adoption && objective == p.objective && field.equals(p.field)
                    && reason.equals(p.reason);
        }

        @Override
        public int hashCode() {
            return Objects.hash(status, adoption, objective, field, reason);
        }

        @Override
        public String toString() {
            return status + " at " + getPath() + ": " + reason;
        }
    }

    /**
     * Checks the adoptions of one plan from another.
     *
     * @param adopting  the plan that adopts, such as a school's, not null
     * @param adopted  the plan adopted from, such as its trust's, not null
     * @return the problems, in the adopting plan's order, empty if every reference holds, not null
     * @since 0.2.0
     */
    public static List<Problem> check(EqualityPlan adopting, EqualityPlan adopted) {
        Objects.requireNonNull(adopting, "adopting");
        Objects.requireNonNull(adopted, "adopted");
        String name = adopted.getOrganisation().getName();
        List<Problem> problems = new ArrayList<>();
        boolean any = false;
        List<Adoption> adoptions = adopting.getAdoptions();
        for (int a = 0; a < adoptions.size(); a++) {
            Adoption adoption = adoptions.get(a);
            if (!adoption.getOrganisation().equals(name)) {
                continue;
            }
            any = true;
            Optional<String> cited = adoption.getVersion();
            if (cited.isPresent() && !cited.equals(adopted.getVersion())) {
                problems.add(Problem.ofAdoption(Status.VERSION_MISMATCH, a, "version", "the plan cites version '"
                        + cited.get() + "' of " + name + "'s plan, which is "
                        + adopted.getVersion().map(v -> "version '" + v + "'").orElse("not versioned")));
            }
            List<AdoptedObjective> objectives = adoption.getObjectives();
            for (int o = 0; o < objectives.size(); o++) {
                AdoptedObjective ref = objectives.get(o);
                Optional<Objective> found = adopted.getObjectives().stream()
                        .filter(x -> x.getId().equals(ref.getId())).findFirst();
                if (found.isEmpty()) {
                    problems.add(Problem.ofObjective(Status.OBJECTIVE_MISSING, a, o, "id", "objective '"
                            + ref.getId() + "' is not in " + name + "'s plan"));
                } else if (ref.getTitle().isPresent() && !ref.getTitle().get().equals(found.get().getTitle())) {
                    problems.add(Problem.ofObjective(Status.TITLE_DIFFERS, a, o, "title", "objective '"
                            + ref.getId() + "' is reproduced in wording that differs from " + name + "'s plan"));
                }
            }
        }
        if (!any) {
            problems.add(Problem.ofPlan(Status.NOTHING_ADOPTED, "the plan adopts no objectives from " + name));
        }
        return Collections.unmodifiableList(problems);
    }
}
