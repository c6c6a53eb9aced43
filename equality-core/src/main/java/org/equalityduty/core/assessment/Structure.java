package org.equalityduty.core.assessment;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.equalityduty.core.assessment.rules.Site;
import org.equalityduty.core.constraints.Severity;

/** Turns the violations of structural constraints (the default group) into findings. */
final class Structure {
    private Structure() {
    }

    /** The fix of every structural finding. */
    static final String FIX = "Correct this value so that the plan is well formed.";

    /** Converts a violation; the objective is looked up by the caller. */
    static Finding.Builder toFinding(ConstraintViolation<?> violation) {
        Class<?> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        Severity severity = Severity.fromPayload(violation.getConstraintDescriptor().getPayload())
                .orElse(Severity.ERROR);
        List<String> segments = segments(violation.getPropertyPath());
        Finding.Builder b = Finding.builder().code("structure." + kebab(type.getSimpleName())).severity(severity)
                .path(path(violation.getPropertyPath())).pointer(Site.pointer(segments)).message(violation.getMessage()).fix(FIX);
        return b;
    }

    /** The objective index a path lies in, or -1. */
    static int objectiveIndex(List<String> segments) {
        if (segments.size() >= 2 && segments.get(0).equals("objectives")) {
            try {
                return Integer.parseInt(segments.get(1));
            } catch (NumberFormatException ex) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The segments of a property path: property names, and container indices or keys; container-element and bean
     * nodes contribute only their index.
     */
    static List<String> segments(Path path) {
        List<String> out = new ArrayList<>();
        walk(path, out, new StringBuilder());
        return out;
    }

    /** Renders a property path as {@code objectives[1].actions[0].title}. */
    static String path(Path path) {
        StringBuilder sb = new StringBuilder();
        walk(path, new ArrayList<>(), sb);
        return sb.toString();
    }

    private static void walk(Path path, List<String> segments, StringBuilder rendered) {
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                String s = at == null ? "" : at.toString();
                segments.add(s);
                rendered.append('[').append(s).append(']');
            }
            String name = node.getName();
            if (name != null && (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR)) {
                segments.add(name);
                rendered.append(rendered.length() == 0 ? "" : ".").append(name);
            }
        }
    }

    private static String kebab(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                sb.append('-');
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
