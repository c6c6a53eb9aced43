package org.equalityduty.imports;

import java.util.ArrayList;
import java.util.List;

/** Collects problems up to a cap, counting all of them. */
final class Problems {
    private final int cap;
    private final List<ImportProblem> listed = new ArrayList<>();
    private long count;
    private long errors;

    Problems(int cap) {
        this.cap = cap;
    }

    void add(ImportProblem problem) {
        count++;
        if (problem.getSeverity() == ImportProblem.Severity.ERROR) {
            errors++;
        }
        if (listed.size() < cap) {
            listed.add(problem);
        }
    }

    List<ImportProblem> listed() {
        return List.copyOf(listed);
    }

    long count() {
        return count;
    }

    long errors() {
        return errors;
    }
}
