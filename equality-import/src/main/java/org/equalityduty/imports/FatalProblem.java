package org.equalityduty.imports;

/** Stops a read at a problem after which the rest of the file cannot be interpreted. */
final class FatalProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problem; not serialized (this exception never leaves the module). */
    private final transient ImportProblem problem;

    FatalProblem(ImportProblem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    ImportProblem problem() {
        return problem;
    }
}
