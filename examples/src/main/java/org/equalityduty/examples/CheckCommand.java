package org.equalityduty.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.assessment.Assessment;
import org.equalityduty.core.assessment.PlanAssessor;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.json.EqualityJson;
import org.equalityduty.json.EqualityJsonException;
import org.equalityduty.json.JsonProblem;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code check PLAN.json... [--as-of DATE] [--format text|json]}: the assessment of one or more plan files, or of
 * standard input ({@code -}).
 *
 * <p>Exit code: the worst over the files: 0 when no assessment has errors, 1 when one has, 2 when a file cannot be
 * read as a plan or the arguments cannot be used. In text, read problems go to standard error, each with its JSON
 * Pointer; with {@code --format json} every outcome, argument errors included, is one {@link CheckJson check document}
 * on standard output.
 *
 * @since 0.1.0
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Assesses plan files (JSON) against the SMART and equality-duty rules. '-' reads a plan from"
                + " standard input.",
        exitCodeListHeading = "%nExit codes (the worst over the files):%n",
        exitCodeList = {"0:no errors (warnings and advice may remain)", "1:a plan has errors",
            "2:a file cannot be read as a plan (every problem is listed with its JSON Pointer), or the arguments"
                + " cannot be used"})
final class CheckCommand implements Callable<Integer> {
    /** How standard input is named in messages. */
    static final String STDIN_NAME = "standard input";

    /** Output formats. */
    enum Format { text, json }

    @ParentCommand
    private EqualityDutyCommand parent;

    @Parameters(arity = "1..*", paramLabel = "PLAN.json",
            description = "The plans, as equality-plan JSON documents; '-' for standard input.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE", converter = IsoDate.class,
            description = "The date to assess the plans as of (yyyy-mm-dd); default today (UTC).")
    private @Nullable LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json; default ${DEFAULT-VALUE}. With json, every outcome is one JSON document on"
                    + " standard output.")
    private Format format;

    /** What became of one file. */
    sealed interface Outcome permits Assessed, Invalid, Unreadable {
        /** The file as the user named it, or {@code -}. */
        String file();

        /** 0, 1 or 2. */
        int exitCode();
    }

    /** The file was read and assessed. */
    record Assessed(String file, Assessment assessment) implements Outcome {
        @Override
        public int exitCode() {
            return assessment.getFindings().stream().anyMatch(f -> f.getSeverity() == Severity.ERROR) ? 1 : 0;
        }
    }

    /** The file was read but is not a valid plan document. */
    record Invalid(String file, List<JsonProblem> problems, boolean truncated) implements Outcome {
        @Override
        public int exitCode() {
            return 2;
        }
    }

    /** The file could not be read. */
    record Unreadable(String file, String message) implements Outcome {
        @Override
        public int exitCode() {
            return 2;
        }
    }

    @Override
    public Integer call() {
        PrintStream out = parent.out();
        PrintStream err = parent.err();
        long stdins = files.stream().filter("-"::equals).count();
        if (stdins > 1) {
            String message = "Standard input ('-') can be read only once, but it is named " + stdins + " times";
            if (format == Format.json) {
                out.print(CheckJson.argumentErrors(List.of(new CheckJson.ArgumentError(message))));
            } else {
                err.println(message);
            }
            return CliErrors.USAGE;
        }
        LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
        List<Outcome> outcomes = new ArrayList<>();
        for (String file : files) {
            Outcome outcome = assess(file, parent.in(), date);
            outcomes.add(outcome);
            if (format == Format.text) {
                printText(outcome, files.size() > 1, out, err);
            }
        }
        int worst = 0;
        for (Outcome o : outcomes) {
            worst = Math.max(worst, o.exitCode());
        }
        if (format == Format.json) {
            out.print(CheckJson.document(outcomes, worst));
        }
        return worst;
    }

    /**
     * Reads and assesses one file.
     *
     * @param file  a file name, or {@code -} for {@code stdin}
     * @param stdin  standard input, not closed
     * @param date  the date to assess as of
     * @return the outcome, not null
     */
    static Outcome assess(String file, InputStream stdin, LocalDate date) {
        EqualityPlan plan;
        try {
            if ("-".equals(file)) {
                plan = EqualityJson.defaults().readPlan(stdin);
            } else {
                Path path = Paths.get(file);
                if (Files.isDirectory(path)) {
                    return new Unreadable(file, "Cannot read " + file + ": it is a directory, not a plan file");
                }
                plan = EqualityJson.defaults().readPlan(path);
            }
        } catch (EqualityJsonException ex) {
            return new Invalid(file, ex.getProblems(), ex.isTruncated());
        } catch (InvalidPathException ex) {
            return new Unreadable(file, "Cannot read '" + file + "': it is not a usable file name");
        } catch (IOException ex) {
            return new Unreadable(file, readError(file, ex));
        }
        return new Assessed(file, PlanAssessor.assess(plan, date));
    }

    /** The message for a file that cannot be read; no Java class names. */
    static String readError(String file, IOException ex) {
        String name = "-".equals(file) ? STDIN_NAME : file;
        if (ex instanceof NoSuchFileException) {
            return "No such file: " + name;
        }
        if (ex instanceof AccessDeniedException) {
            return "Cannot read " + name + ": permission denied";
        }
        String reason = ex.getMessage();
        if (ex instanceof java.nio.file.FileSystemException fse) {
            reason = fse.getReason();
        }
        return "Cannot read " + name + (reason == null || reason.isBlank() ? "" : ": " + reason);
    }

    private static void printText(Outcome outcome, boolean several, PrintStream out, PrintStream err) {
        if (outcome instanceof Assessed a) {
            if (several) {
                out.println("== " + a.file() + " ==");
            }
            out.print(AssessmentPrinter.render(a.assessment()));
            if (several) {
                out.println();
            }
        } else if (outcome instanceof Invalid i) {
            String name = "-".equals(i.file()) ? STDIN_NAME : i.file();
            err.println(name + " is not a valid equality plan: " + i.problems().size() + " problem(s)"
                    + (i.truncated() ? " (list cut short)" : ""));
            for (JsonProblem p : i.problems()) {
                err.println("  " + (p.getPointer().isEmpty() ? "(document)" : p.getPointer()) + ": " + p.getMessage());
            }
        } else if (outcome instanceof Unreadable u) {
            err.println(u.message());
        }
    }

    /**
     * Whether the raw arguments ask {@code check} for JSON, so that even arguments that cannot be parsed are
     * answered in JSON.
     */
    static boolean wantsJson(String[] args) {
        boolean inCheck = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!inCheck) {
                inCheck = "check".equals(a);
            } else if ("--format=json".equals(a) || ("--format".equals(a) && i + 1 < args.length
                    && "json".equals(args[i + 1]))) {
                return true;
            }
        }
        return false;
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
}
