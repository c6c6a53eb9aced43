package org.equalityduty.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.plan.DueBy;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.Ongoing;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Recurring;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.core.plan.WithinDuration;

/**
 * Renders a plan as plain text for a terminal: objectives, actions, success criteria and child-friendly versions,
 * wrapped to a fixed width. Output is deterministic.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanPrinter {
    private static final int WIDTH = 100;

    private PlanPrinter() {
    }

    /**
     * Renders a plan.
     *
     * @param plan  the plan, not null
     * @return the text, ending with a new line, not null
     */
    public static String render(EqualityPlan plan) {
        Objects.requireNonNull(plan, "plan");
        StringBuilder out = new StringBuilder();
        String title = plan.getOrganisation().getName() + plan.getTitle().map(t -> ": " + t).orElse("");
        out.append(title).append('\n').append("=".repeat(Math.min(WIDTH, title.length()))).append('\n');
        out.append(period(plan))
                .append(" | ").append(plan.getJurisdiction().getCode())
                .append(" | published ").append(plan.getPublishedOn().map(LocalDate::toString).orElse("(date not stated)"))
                .append('\n');
        plan.getIntroduction().ifPresent(t -> wrap(out, "", t));
        if (!plan.getAims().isEmpty()) {
            wrap(out, "Duty aims of every objective: ", join(plan.getAims(), DutyAim::getLabel, "(none stated)"));
        }
        for (Objective objective : plan.getObjectives()) {
            out.append('\n');
            wrap(out, "", "Objective " + objective.getId() + ": " + objective.getTitle());
            objective.getRationale().ifPresent(t -> wrap(out, "  Why: ", t));
            wrap(out, "  For: ", join(objective.getPopulations(), Population::getCode, "(no population)"));
            wrap(out, "  Duty aims: ", join(objective.getAims(), DutyAim::getLabel,
                    plan.getAims().isEmpty() ? "(none stated)" : "(the plan's)"));
            wrap(out, "  Characteristics: ",
                    join(objective.getCharacteristics(), ProtectedCharacteristic::getLabel, "(none stated)"));
            if (!objective.getGroups().isEmpty()) {
                wrap(out, "  Groups: ", objective.getGroups().stream().map(Object::toString)
                        .collect(Collectors.joining("; ")));
            }
            objective.getTargetDate().ifPresent(d -> out.append("  By: ").append(d).append('\n'));
            for (SuccessCriterion c : objective.getSuccessCriteria()) {
                criterion(out, "  ", c);
            }
            List<Action> actions = objective.getActions();
            for (int a = 0; a < actions.size(); a++) {
                Action action = actions.get(a);
                wrap(out, "  Action " + (a + 1) + ": ", action.getDescription());
                wrap(out, "    Responsible: ", action.getResponsible().isEmpty() ? "(not stated)"
                        : String.join(", ", action.getResponsible()));
                wrap(out, "    Resources: ", action.getResources().isEmpty() ? "(not stated)"
                        : String.join("; ", action.getResources()));
                wrap(out, "    Time frame: ", action.getTimeFrame().map(PlanPrinter::timeFrame).orElse("(not stated)"));
                for (SuccessCriterion c : action.getSuccessCriteria()) {
                    criterion(out, "    ", c);
                }
            }
            objective.getChildFriendlyVersion().ifPresent(t -> wrap(out, "  Child-friendly: ", t));
        }
        plan.getImpactStatement().ifPresent(t -> {
            out.append('\n');
            wrap(out, "Impact: ", t);
        });
        for (PublicationRule rule : plan.getPublicationRules()) {
            wrap(out, "Publishing (" + rule.getPublisher().getCode() + "): ", rule.getText());
        }
        return out.toString();
    }

    private static void criterion(StringBuilder out, String indent, SuccessCriterion criterion) {
        String header = indent + "Success [" + criterion.getId() + "] ";
        criterion.accept(new SuccessCriterion.Visitor<Void>() {
            @Override
            public Void quantitative(QuantitativeTarget q) {
                wrap(out, header + "Target: ", q.getText());
                Measure m = q.getMeasure();
                List<String> parts = new ArrayList<>();
                parts.add(m.getKind().getCode() + " of " + m.getPopulation().getCode());
                m.getFocusGroup().ifPresent(g -> parts.add("focus " + g));
                m.getWithin().ifPresent(g -> parts.add("within " + g));
                parts.add(q.getDirection().getCode());
                parts.add("target " + q.getTarget().map(Object::toString).orElse("(none stated)"));
                parts.add("baseline " + q.getBaseline().map(b -> b.getValue().toPlainString()).orElse("(none stated)"));
                parts.add("deadline " + q.getDeadline().map(LocalDate::toString).orElse("(none stated)"));
                for (Benchmark b : q.getBenchmarks()) {
                    parts.add("benchmark " + b.getLabel() + b.getValue().map(v -> " " + v.toPlainString()).orElse(""));
                }
                wrap(out, indent + "  ", String.join("; ", parts));
                return null;
            }

            @Override
            public Void milestone(Milestone c) {
                wrap(out, header + "Milestone: ", c.getText());
                return null;
            }

            @Override
            public Void qualitative(QualitativeCriterion c) {
                wrap(out, header + "Evidence: ", c.getText());
                return null;
            }
        });
    }

    private static String timeFrame(TimeFrame frame) {
        return frame.accept(new TimeFrame.Visitor<String>() {
            @Override
            public String within(WithinDuration t) {
                return "within " + describe(t.getDuration()) + " of the plan start";
            }

            @Override
            public String dueBy(DueBy t) {
                return "by " + t.getDate();
            }

            @Override
            public String ongoing(Ongoing t) {
                return t.toString();
            }

            @Override
            public String recurring(Recurring t) {
                return t.getEvery().getCode();
            }
        });
    }

    // Spells out each field of the period as written (years, months, days), not its total length.
    @SuppressWarnings("JavaPeriodGetDays")
    private static String describe(java.time.Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(period.getYears() + (period.getYears() == 1 ? " year" : " years"));
        }
        if (period.getMonths() != 0) {
            parts.add(period.getMonths() + (period.getMonths() == 1 ? " month" : " months"));
        }
        if (period.getDays() != 0) {
            parts.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
        }
        return String.join(" ", parts);
    }

    private static <T> String join(Collection<T> items, java.util.function.Function<T, String> name, String none) {
        return items.isEmpty() ? none : items.stream().map(name).collect(Collectors.joining(", "));
    }

    // Trailing blank lines are meant to be dropped, and empty words are skipped.
    @SuppressWarnings("StringSplitter")
    private static void wrap(StringBuilder out, String prefix, String text) {
        String indent = " ".repeat(Math.min(prefix.length(), 12));
        StringBuilder line = new StringBuilder(prefix);
        int lineStart = out.length();
        for (String paragraph : text.split("\n")) {
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (line.length() + word.length() + 1 > WIDTH && line.length() > indent.length()) {
                    out.append(line.toString().stripTrailing()).append('\n');
                    line = new StringBuilder(indent);
                }
                line.append(word).append(' ');
            }
            out.append(line.toString().stripTrailing()).append('\n');
            line = new StringBuilder(indent);
        }
        if (out.length() == lineStart) {
            out.append(prefix.stripTrailing()).append('\n');
        }
    }

    private static String period(EqualityPlan plan) {
        String words = plan.getPeriodAsWritten().map(w -> " (\"" + w + "\")").orElse("");
        if (plan.getPeriod().isPresent()) {
            PlanPeriod p = plan.getPeriod().get();
            String stated = p.getStartAsStated().isPresent() || p.getEndAsStated().isPresent()
                    ? " (" + p.startAsStated() + " to " + p.endAsStated() + ")" : "";
            return "Period " + p.getStart() + " to " + p.getEnd() + stated + words;
        }
        if (plan.getOpenEndedStart().isPresent()) {
            return "Period from " + plan.getOpenEndedStart().get() + ", no end stated" + words;
        }
        return plan.getPeriodAsWritten().map(w -> "Period as written \"" + w + "\"").orElse("Period not stated");
    }
}
