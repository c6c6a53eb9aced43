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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * {@code check PLAN.json... [--as-of DATE] [--adopted PLAN.json]... [--format text|json]}: the assessment of one or
 * more plan files, or of standard input ({@code -}); with {@code --adopted}, the plans they adopt objectives from (a
 * school's trust's), against which their adoptions by reference are checked.
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

    @Option(names = "--adopted", paramLabel = "PLAN.json",
            description = "A plan that the plans checked adopt objectives from by reference (their trust's), to check"
                    + " those adoptions against it; repeat the option for several.")
    private List<String> adopted = new ArrayList<>();

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
        Map<String, EqualityPlan> adoptedPlans = new LinkedHashMap<>();
        List<String> errors = readAdopted(adopted, adoptedPlans);
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> adoptsFrom = new HashSet<>();
        if (errors.isEmpty()) {
            for (String file : files) {
                outcomes.add(assess(file, parent.in(), date, List.copyOf(adoptedPlans.values()), adoptsFrom));
            }
            adoptedPlans.forEach((file, plan) -> {
                String name = plan.getOrganisation().getName();
                if (!adoptsFrom.contains(name)) {
                    errors.add("--adopted " + file + " is " + name + "'s plan, but no plan checked adopts objectives"
                            + " from " + name);
                }
            });
        }
        if (!errors.isEmpty()) {
            if (format == Format.json) {
                out.print(CheckJson.argumentErrors(errors.stream().map(CheckJson.ArgumentError::new).toList()));
            } else {
                errors.forEach(err::println);
            }
            return CliErrors.USAGE;
        }
        if (format == Format.text) {
            for (Outcome outcome : outcomes) {
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
        return assess(file, stdin, date, List.of(), new HashSet<>());
    }

    /**
     * Reads and assesses one file with the plans given to {@code --adopted}: each adoption whose organisation has a
     * plan among them is checked against that plan.
     *
     * @param file  a file name, or {@code -} for {@code stdin}
     * @param stdin  standard input, not closed
     * @param date  the date to assess as of
     * @param adopted  the adopted plans, at most one per organisation, not null
     * @param adoptsFrom  receives the names of the organisations the plan adopts from, not null
     * @return the outcome, not null
     */
    static Outcome assess(String file, InputStream stdin, LocalDate date, List<EqualityPlan> adopted,
            Set<String> adoptsFrom) {
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
        Set<String> from = new HashSet<>();
        plan.getAdoptions().forEach(a -> from.add(a.getOrganisation()));
        adoptsFrom.addAll(from);
        List<EqualityPlan> own = adopted.stream().filter(p -> from.contains(p.getOrganisation().getName())).toList();
        return new Assessed(file, PlanAssessor.assess(plan, date, own));
    }

    /**
     * Reads the plans given to {@code --adopted}, by file name, and says what is wrong with them: a file that cannot
     * be read, one that is not a plan (each problem with its pointer), standard input, or two plans of one
     * organisation.
     *
     * @param files  the file names, not null
     * @param plans  receives the plans read, by file name, not null
     * @return the problems, one line each, empty if every plan was read, not null
     */
    static List<String> readAdopted(List<String> files, Map<String, EqualityPlan> plans) {
        List<String> errors = new ArrayList<>();
        Map<String, String> fileOf = new HashMap<>();
        for (String file : files) {
            if ("-".equals(file)) {
                errors.add("--adopted needs a plan file; standard input ('-') is for the plans to check");
                continue;
            }
            EqualityPlan plan;
            try {
                Path path = Paths.get(file);
                if (Files.isDirectory(path)) {
                    errors.add("--adopted: Cannot read " + file + ": it is a directory, not a plan file");
                    continue;
                }
                plan = EqualityJson.defaults().readPlan(path);
            } catch (EqualityJsonException ex) {
                for (JsonProblem p : ex.getProblems()) {
                    errors.add("--adopted " + file + " is not a valid equality plan: "
                            + (p.getPointer().isEmpty() ? "(document)" : p.getPointer()) + ": " + p.getMessage());
                }
                continue;
            } catch (InvalidPathException ex) {
                errors.add("--adopted: Cannot read '" + file + "': it is not a usable file name");
                continue;
            } catch (IOException ex) {
                errors.add("--adopted: " + readError(file, ex));
                continue;
            }
            String name = plan.getOrganisation().getName();
            String earlier = fileOf.putIfAbsent(name, file);
            if (earlier != null) {
                errors.add("--adopted " + earlier + " and " + file + " are both plans of " + name + "; give one");
                continue;
            }
            plans.put(file, plan);
        }
        return errors;
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
