package org.equalityduty.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems up to a cap, counting all of them. What is listed always explains the outcome: once an error
 * has been found, at least one error is listed (the first error takes the last place from a warning when the cap is
 * already full of warnings), and the problem that stops a read is always listed (in the last place when the cap is
 * full). Otherwise the first problems found are listed, in the order found.
 */
final class Problems {
    private final int cap;
    private final List<ImportProblem> listed = new ArrayList<>();
    private long count;
    private long errors;
    private int listedErrors;

    Problems(int cap) {
        this.cap = cap;
    }

    /** Adds a problem found while the read goes on. */
    void add(ImportProblem problem) {
        count++;
        boolean error = problem.getSeverity() == ImportProblem.Severity.ERROR;
        if (error) {
            errors++;
        }
        if (listed.size() < cap) {
            listed.add(problem);
            if (error) {
                listedErrors++;
            }
        } else if (error && listedErrors == 0) {
            // Only warnings are listed: a failed read would not say why it failed.
            listed.set(cap - 1, problem);
            listedErrors++;
        }
    }

    /** Adds the problem that stops the read (an error): it is listed, in the last place if the cap is full. */
    void stop(ImportProblem problem) {
        count++;
        errors++;
        if (listed.size() < cap) {
            listed.add(problem);
            listedErrors++;
            return;
        }
        ImportProblem last = listed.set(cap - 1, problem);
        if (last.getSeverity() != ImportProblem.Severity.ERROR) {
            listedErrors++;
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
