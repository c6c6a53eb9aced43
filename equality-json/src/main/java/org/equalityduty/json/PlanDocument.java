package org.equalityduty.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.json.internal.SourcePointers;

/**
 * A plan read from a document, with the document's format version and a map from model paths to JSON Pointers in
 * the document as submitted, so that findings about the plan can point where read errors do.
 *
 * <p>Obtained from {@link EqualityJson#readPlanDocument(String)} and its siblings. A version 1 document is read as
 * the plan it always meant; version 2 moved no field of version 1, so pointers are the same for both versions.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class PlanDocument {
    private final EqualityPlan plan;
    private final int formatVersion;
    private final JsonNode tree;

    PlanDocument(EqualityPlan plan, int formatVersion, JsonNode tree) {
        this.plan = plan;
        this.formatVersion = formatVersion;
        this.tree = tree.deepCopy();
    }

    /**
     * Gets the plan.
     *
     * @return the plan, valid, not null
     * @since 0.2.0
     */
    public EqualityPlan getPlan() {
        return plan;
    }

    /**
     * Gets the format version the document states.
     *
     * @return 1 or 2
     * @since 0.2.0
     */
    public int getFormatVersion() {
        return formatVersion;
    }

    /**
     * Gets the JSON Pointer (RFC 6901) into the submitted document of a part of the plan.
     *
     * <p>The path is a model path, as Bean Validation and the assessment give it: {@code objectives[2].title},
     * {@code objectives[0].actions[1].successCriteria[0].deadline}. Properties with no field of their own map to
     * the field that holds them: a date as stated ({@code deadlineAsStated}) to its date field ({@code deadline}),
     * {@code openEndedStart} to {@code /period/start}, {@code periodAsWritten} to {@code /period/asWritten}. A part
     * the document leaves out (a missing baseline) maps to the object that should hold it, as read errors do.
     *
     * @param modelPath  the path; empty, {@code plan} or {@code (plan)} for the whole plan, not null
     * @return the pointer, {@code ""} for the whole document, not null
     * @since 0.2.0
     */
    public String pointerTo(String modelPath) {
        Objects.requireNonNull(modelPath, "modelPath");
        return SourcePointers.pointer(tree, modelPath);
    }

    @Override
    public String toString() {
        return "PlanDocument[version " + formatVersion + ", " + plan.getObjectives().size() + " objectives]";
    }
}
