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
     * One problem with an adoption: its status, the model path of the part concerned, and a reason.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @since 0.2.0
     */
    public static final class Problem {
        private final Status status;
        private final String path;
        private final String reason;

        Problem(Status status, String path, String reason) {
            this.status = status;
            this.path = path;
            this.reason = reason;
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
         * Gets the model path of the part concerned in the adopting plan.
         *
         * @return such as {@code adoptions[0].objectives[1].title}, or {@code adoptions} for the whole, not null
         * @since 0.2.0
         */
        public String getPath() {
            return path;
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
            return status == p.status && path.equals(p.path) && reason.equals(p.reason);
        }

        @Override
        public int hashCode() {
            return Objects.hash(status, path, reason);
        }

        @Override
        public String toString() {
            return status + " at " + path + ": " + reason;
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
            String at = "adoptions[" + a + "]";
            Optional<String> cited = adoption.getVersion();
            if (cited.isPresent() && !cited.equals(adopted.getVersion())) {
                problems.add(new Problem(Status.VERSION_MISMATCH, at + ".version", "the plan cites version '"
                        + cited.get() + "' of " + name + "'s plan, which is "
                        + adopted.getVersion().map(v -> "version '" + v + "'").orElse("not versioned")));
            }
            List<AdoptedObjective> objectives = adoption.getObjectives();
            for (int o = 0; o < objectives.size(); o++) {
                AdoptedObjective ref = objectives.get(o);
                String oat = at + ".objectives[" + o + "]";
                Optional<Objective> found = adopted.getObjectives().stream()
                        .filter(x -> x.getId().equals(ref.getId())).findFirst();
                if (found.isEmpty()) {
                    problems.add(new Problem(Status.OBJECTIVE_MISSING, oat + ".id", "objective '" + ref.getId()
                            + "' is not in " + name + "'s plan"));
                } else if (ref.getTitle().isPresent() && !ref.getTitle().get().equals(found.get().getTitle())) {
                    problems.add(new Problem(Status.TITLE_DIFFERS, oat + ".title", "objective '" + ref.getId()
                            + "' is reproduced in wording that differs from " + name + "'s plan"));
                }
            }
        }
        if (!any) {
            problems.add(new Problem(Status.NOTHING_ADOPTED, "adoptions", "the plan adopts no objectives from "
                    + name));
        }
        return Collections.unmodifiableList(problems);
    }
}
