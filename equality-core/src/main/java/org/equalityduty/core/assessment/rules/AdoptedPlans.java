package org.equalityduty.core.assessment.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equalityduty.core.plan.AdoptedObjective;
import org.equalityduty.core.plan.Adoptions;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Objective;

/**
 * The problems {@link Adoptions#check} finds between a plan and each plan it adopts from, with their sites, for the
 * rules about adoptions. Not part of the API.
 */
final class AdoptedPlans {
    /** The model paths of {@link Adoptions.Problem#getPath()}. */
    private static final Pattern PATH =
            Pattern.compile("adoptions\\[([0-9]+)\\](?:\\.objectives\\[([0-9]+)\\])?(?:\\.([A-Za-z]+))?");

    private AdoptedPlans() {
    }

    /** Receives one problem: where, what, and the adopted plan it was found against. */
    @FunctionalInterface
    interface Each {
        void accept(Site site, Adoptions.Problem problem, EqualityPlan adopted);
    }

    /**
     * Calls back with each problem of a status found between the plan and the plans it adopts from.
     *
     * @param plan  the adopting plan, not null
     * @param adopted  the adopted plans, not null
     * @param status  the status to report, not null
     * @param each  receives each problem, not null
     */
    static void forEach(EqualityPlan plan, List<EqualityPlan> adopted, Adoptions.Status status, Each each) {
        for (EqualityPlan other : adopted) {
            for (Adoptions.Problem p : Adoptions.check(plan, other)) {
                if (p.getStatus() == status) {
                    each.accept(site(p.getPath()), p, other);
                }
            }
        }
    }

    /** The site of a path such as {@code adoptions[0].version} or {@code adoptions[0].objectives[1].title}. */
    static Site site(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Site.plan().field("adoptions");
        }
        int a = Integer.parseInt(m.group(1));
        Site site = m.group(2) == null ? Site.adoption(a) : Site.adoptedObjective(a, Integer.parseInt(m.group(2)));
        return m.group(3) == null ? site : site.field(m.group(3));
    }

    /** The reference at a site of an adopted objective, empty at any other site. */
    static Optional<AdoptedObjective> reference(EqualityPlan plan, Site site) {
        if (site.getAdoptionIndex().isEmpty() || site.getAdoptedObjectiveIndex().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(plan.getAdoptions().get(site.getAdoptionIndex().get()).getObjectives()
                .get(site.getAdoptedObjectiveIndex().get()));
    }

    /** The objective of the adopted plan that the adopted objective at a site refers to. */
    static Optional<Objective> referred(EqualityPlan plan, Site site, EqualityPlan adopted) {
        return reference(plan, site).flatMap(r -> adopted.getObjectives().stream()
                .filter(o -> o.getId().equals(r.getId())).findFirst());
    }

    /** A reason of {@link Adoptions.Problem} as a sentence: capitalised, ending with a full stop. */
    static String sentence(String reason) {
        return Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".";
    }
}
