package org.equalityduty.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.function.Function;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.plan.Reference;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.core.progress.CriterionProgress;
import org.equalityduty.core.progress.ProgressReport;
import org.equalityduty.core.progress.ResolvedTarget;
import org.equalityduty.json.internal.Codec;
import org.equalityduty.json.internal.EnumCodec;
import org.equalityduty.json.internal.NodeReader;
import org.equalityduty.json.internal.NodeWriter;
import org.equalityduty.json.internal.Wire;

/**
 * Jackson 2.x module with explicit serializers and deserializers for the equality-duty core types, in the same
 * wire format as {@link EqualityJson}.
 *
 * <p>Registered through {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so
 * {@code ObjectMapper.findAndRegisterModules()} finds it. Plans, progress records and progress reports are whole
 * documents with {@code kind} and {@code formatVersion}; the other types (objectives, actions, time frames,
 * success criteria, measures, references, groups, categories, targets, baselines, organisations, periods,
 * publication rules, observation series, observations, criterion progress entries, resolved targets and enums)
 * use the same form they have inside a document. A value that cannot
 * be read fails with Jackson's {@code MismatchedInputException}, whose message lists every problem with a JSON
 * Pointer and whose cause is an {@link EqualityJsonException}.
 *
 * <p>The module reads decimals exactly whatever the mapper's settings. Limits on document size and depth, and
 * the rejection of repeated fields and trailing content, are the mapper's: {@link EqualityJson} applies them all.
 *
 * <p>This class is immutable and thread-safe; options are changed with {@code withX(...)} copies.
 *
 * @since 0.1.0
 */
public final class EqualityDutyModule extends Module {
    /** The build's version, from the resource it writes; unknown (0.0.0) only if that resource is missing. */
    private static final Version VERSION = VersionUtil.parseVersion(buildVersion(), "org.equalityduty",
            "equality-json");

    private final boolean validation;
    private final int maxProblems;

    /**
     * Creates the module with default options: structural validation on, at most 100 problems listed.
     * {@link java.util.ServiceLoader} uses this constructor.
     *
     * @since 0.1.0
     */
    public EqualityDutyModule() {
        this(true, JsonLimits.defaults().getMaxProblems());
    }

    private EqualityDutyModule(boolean validation, int maxProblems) {
        this.validation = validation;
        this.maxProblems = maxProblems;
    }

    /**
     * Returns a copy that does or does not run structural validation on the plans and progress records it reads.
     *
     * @param validate  true to validate (the default)
     * @return the copy, not null
     * @since 0.1.0
     */
    public EqualityDutyModule withValidation(boolean validate) {
        return new EqualityDutyModule(validate, maxProblems);
    }

    /**
     * Returns a copy that lists at most some number of problems.
     *
     * @param max  the limit, positive
     * @return the copy, not null
     * @throws IllegalArgumentException if the limit is not positive
     * @since 0.1.0
     */
    public EqualityDutyModule withMaxProblems(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("maxProblems must be positive, not " + max);
        }
        return new EqualityDutyModule(validation, max);
    }

    /**
     * Checks whether structural validation runs on plans and progress records read.
     *
     * @return true if it does
     * @since 0.1.0
     */
    public boolean isValidation() {
        return validation;
    }

    /**
     * Gets the most problems listed.
     *
     * @return the limit, positive
     * @since 0.1.0
     */
    public int getMaxProblems() {
        return maxProblems;
    }

    /**
     * Gets the module name.
     *
     * @return {@code EqualityDutyModule}, not null
     * @since 0.1.0
     */
    @Override
    public String getModuleName() {
        return "EqualityDutyModule";
    }

    private static String buildVersion() {
        try (InputStream in = EqualityDutyModule.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "");
        } catch (IOException ex) {
            return "";
        }
    }

    /**
     * Gets the module version.
     *
     * @return the version, not null
     * @since 0.1.0
     */
    @Override
    public Version version() {
        return VERSION;
    }

    /**
     * Registers the serializers and deserializers.
     *
     * @param context  the setup context, not null
     * @since 0.1.0
     */
    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        Registrar r = new Registrar(serializers, deserializers);
        r.add(EqualityPlan.class, NodeWriter::planDocument, NodeReader::planDocument);
        r.add(ProgressRecord.class, NodeWriter::progressDocument, NodeReader::progressDocument);
        r.add(ProgressReport.class, NodeWriter::progressReportDocument, NodeReader::progressReportDocument);
        r.add(CriterionProgress.class, NodeWriter::criterionProgress, NodeReader::criterionProgress);
        r.add(ResolvedTarget.class, NodeWriter::resolvedTarget, NodeReader::resolvedTarget);
        r.add(Organisation.class, NodeWriter::organisation, NodeReader::organisation);
        r.add(PlanPeriod.class, NodeWriter::period, NodeReader::period);
        r.add(Objective.class, NodeWriter::objective, NodeReader::objective);
        r.add(Action.class, NodeWriter::action, NodeReader::action);
        r.add(TimeFrame.class, NodeWriter::timeFrame, NodeReader::timeFrame);
        r.add(SuccessCriterion.class, NodeWriter::criterion, NodeReader::criterion);
        r.add(Measure.class, NodeWriter::measure, NodeReader::measure);
        r.add(Reference.class, NodeWriter::reference, NodeReader::reference);
        r.add(Group.class, NodeWriter::group, NodeReader::group);
        r.add(Category.class, NodeWriter::category, NodeReader::category);
        r.add(Target.class, NodeWriter::target, NodeReader::target);
        r.add(Baseline.class, NodeWriter::baseline, NodeReader::baseline);
        r.add(PublicationRule.class, NodeWriter::publicationRule, NodeReader::publicationRule);
        r.add(ObservationSeries.class, NodeWriter::series, NodeReader::series);
        r.add(Observation.class, NodeWriter::observation, NodeReader::observation);
        for (EnumCodec<?> codec : Wire.enums()) {
            r.addEnum(codec);
        }
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    private final class Registrar {
        private final SimpleSerializers serializers;
        private final SimpleDeserializers deserializers;

        Registrar(SimpleSerializers serializers, SimpleDeserializers deserializers) {
            this.serializers = serializers;
            this.deserializers = deserializers;
        }

        <T> void add(Class<T> type, Function<T, ? extends JsonNode> write, Codec.Mapping<T> read) {
            serializers.addSerializer(type, new Codec.Serializer<>(type, write::apply));
            deserializers.addDeserializer(type, new Codec.Deserializer<>(type, read, validation, maxProblems,
                    EqualityJson::exception));
        }

        <E extends Enum<E>> void addEnum(EnumCodec<E> codec) {
            add(codec.type(), e -> TextNode.valueOf(codec.code(e)), (reader, node, at) -> reader.code(node, at, codec));
        }
    }
}
