package org.equalityduty.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.assessment.Finding;
import org.equalityduty.core.assessment.ObjectiveSummary;
import org.equalityduty.core.assessment.PlanAssessor;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.json.EqualityJson;
import org.equalityduty.json.EqualityJsonException;
import org.equalityduty.json.JsonProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code check PLAN.json [--as-of DATE] [--format text|json]}: the assessment of a plan file.
 *
 * <p>Exit code 0 when the assessment has no errors, 1 when it has, 2 when the file cannot be read as a plan (every
 * problem and its JSON Pointer on standard error).
 *
 * @since 0.1.0
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Assesses a plan file (JSON) against the SMART and equality-duty rules.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings and advice may remain)", "1:the plan has errors",
            "2:the file cannot be read as a plan; every problem is listed with its JSON Pointer"})
final class CheckCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @ParentCommand
    private EqualityDutyCommand parent;

    @Parameters(index = "0", paramLabel = "PLAN.json", description = "The plan, as an equality-plan JSON document.")
    private Path plan;

    @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDate.class,
            description = "The date to assess the plan as of (yyyy-mm-dd); default today (UTC).")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json; default ${DEFAULT-VALUE}.")
    private Format format;

    @Override
    public Integer call() {
        PrintStream out = parent.out();
        PrintStream err = parent.err();
        EqualityPlan read;
        try {
            read = EqualityJson.defaults().readPlan(plan);
        } catch (EqualityJsonException ex) {
            err.println(plan + " is not a valid equality plan: " + ex.getProblems().size() + " problem(s)"
                    + (ex.isTruncated() ? " (list cut short)" : ""));
            for (JsonProblem p : ex.getProblems()) {
                err.println("  " + (p.getPointer().isEmpty() ? "(document)" : p.getPointer()) + ": " + p.getMessage());
            }
            return 2;
        } catch (NoSuchFileException ex) {
            err.println("No such file: " + plan);
            return 2;
        } catch (IOException ex) {
            err.println("Cannot read " + plan + ": " + ex.getMessage());
            return 2;
        }
        LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
        Assessment assessment = PlanAssessor.assess(read, date);
        if (format == Format.json) {
            out.print(toJson(assessment));
        } else {
            out.print(AssessmentPrinter.render(assessment));
        }
        long errors = assessment.getFindings().stream().filter(f -> f.getSeverity() == Severity.ERROR).count();
        return errors > 0 ? 1 : 0;
    }

    /** Reads an ISO-8601 date, with a message a person understands and no Java class names. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException ex) {
                throw new TypeConversionException("'" + value + "' is not a date in the form yyyy-mm-dd, such as 2025-09-01");
            }
        }
    }

    /** The assessment as a JSON document with a fixed field order. */
    static String toJson(Assessment assessment) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("kind", "equality-plan-assessment");
        root.put("asOf", assessment.getAsOf().toString());
        ArrayNode objectives = root.putArray("objectives");
        for (ObjectiveSummary s : assessment.getObjectives()) {
            objectives.add(s.toString());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : assessment.getFindings()) {
            ObjectNode n = findings.addObject();
            n.put("severity", f.getSeverity().getCode());
            n.put("code", f.getCode());
            n.put("path", f.getPath());
            n.put("message", f.getMessage());
            n.put("fix", f.getFix());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("cannot write the assessment as JSON", ex);
        }
    }
}
