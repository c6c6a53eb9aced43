package org.equalityduty.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.progress.CriterionProgress;
import org.equalityduty.core.progress.CriterionStatus;
import org.equalityduty.core.progress.ProgressEvaluator;
import org.equalityduty.core.progress.ProgressOptions;
import org.equalityduty.core.progress.ProgressReport;
import org.equalityduty.examples.CommandFiles.Unusable;
import org.equalityduty.examples.progress.MeasuredRecord;
import org.equalityduty.examples.progress.StaffPayroll;
import org.equalityduty.examples.progress.ProgressPage;
import org.equalityduty.imports.ApplicantRow;
import org.equalityduty.imports.EqualityImport;
import org.equalityduty.imports.ImportResult;
import org.equalityduty.imports.PupilRow;
import org.equalityduty.imports.StaffRow;
import org.equalityduty.json.EqualityJson;
import org.equalityduty.json.EqualityJsonException;
import org.equalityduty.json.JsonProblem;
import org.equalityduty.paygap.EmployerType;
import org.equalityduty.paygap.PayGapMeasure;
import org.equalityduty.paygap.PayRecord;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code progress --plan PLAN.json (--pupils FILE [--staff FILE] [--applicants FILE] [--payroll FILE]
 * [--mapping FILE] | --observations FILE) --as-of DATE --out DIR [--organisation NAME] [--snapshot DATE]
 * [--format text|json]}: the annual progress report of a plan, from the trust's own data or from recorded
 * observations, as {@code progress-report.json}, {@code progress-report.html} and {@code progress-report.md}.
 *
 * <p>From data files, each criterion with a measure gets one observation ({@link MeasuredRecord}), dated the
 * {@code --as-of} date (the records are those of the academic year containing it), or, for a pay gap, the snapshot
 * date ({@code --snapshot}, by default the latest 31 March on or before {@code --as-of}). Exit code 0 when the
 * report is written, 2 when an input or an argument cannot be used (one line on standard error).
 *
 * @since 0.2.0
 */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Writes the annual progress report of an equality plan (progress-report.json, .html and .md):"
                + " each success criterion's figure computed from your data files (--pupils, --staff, --applicants,"
                + " --payroll) or taken from recorded observations (--observations), with its status.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the progress report was written",
            "2:an input or an argument cannot be used, or the report cannot be written"})
final class ProgressCommand implements Callable<Integer> {
    /** The JSON file name. */
    static final String JSON = "progress-report.json";
    /** The HTML file name. */
    static final String HTML = "progress-report.html";
    /** The Markdown file name. */
    static final String MARKDOWN = "progress-report.md";

    /** Output formats. */
    enum Format { text, json }

    @ParentCommand
    private EqualityDutyCommand parent;

    @Option(names = "--plan", paramLabel = "PLAN.json", required = true, description = "The equality plan (JSON).")
    private String plan;

    @Option(names = "--pupils", paramLabel = "FILE", description = "Pupils, one a row, in the default layout.")
    private @Nullable String pupils;

    @Option(names = "--staff", paramLabel = "FILE", description = "Staff, one a row, in the default layout"
            + " (hourly_pay gives the pay gap when there is no --payroll).")
    private @Nullable String staff;

    @Option(names = "--applicants", paramLabel = "FILE", description = "Job applicants, one a row, in the default"
            + " layout.")
    private @Nullable String applicants;

    @Option(names = "--payroll", paramLabel = "FILE", description = "A payroll CSV as the paygap command reads it,"
            + " for pay gap criteria.")
    private @Nullable String payroll;

    @Option(names = "--mapping", paramLabel = "FILE", description = "A mapping of your MIS's own headers and values"
            + " onto the default layout.")
    private @Nullable String mapping;

    @Option(names = "--observations", paramLabel = "FILE", description = "A progress record (JSON) of observations,"
            + " milestones completed and evidence, instead of the data files.")
    private @Nullable String observations;

    @Option(names = "--as-of", paramLabel = "DATE", required = true, converter = ReportCommand.Day.class,
            description = "The date to report as of, such as 2026-09-30.")
    private LocalDate asOf;

    @Option(names = "--snapshot", paramLabel = "DATE", converter = ReportCommand.Day.class,
            description = "The pay gap snapshot date; default the latest 31 March on or before --as-of.")
    private @Nullable LocalDate snapshot;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The directory to write to, created if needed.")
    private String out;

    @Option(names = "--organisation", paramLabel = "NAME", description = "The trust's or school's name as"
            + " published; default the plan's.")
    private @Nullable String organisation;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json; default ${DEFAULT-VALUE}.")
    private Format format;

    @Override
    public Integer call() {
        try {
            return run();
        } catch (Unusable e) {
            return fail(e.getMessage());
        }
    }

    private int run() throws Unusable {
        boolean files = pupils != null || staff != null || applicants != null || payroll != null;
        if (files && observations != null) {
            throw new Unusable("Give either data files (--pupils, --staff, --applicants, --payroll) or"
                    + " --observations, not both");
        }
        if (!files && observations == null) {
            throw new Unusable("Give the data to measure progress with: --pupils FILE (and --staff, --applicants,"
                    + " --payroll as needed) or --observations FILE");
        }
        if (mapping != null && !files) {
            throw new Unusable("--mapping applies to data files, not to --observations");
        }
        if (organisation != null && organisation.isBlank()) {
            throw new Unusable("--organisation must not be blank");
        }
        Path dir = directory();
        EqualityPlan thePlan = readPlan();
        String recordFile = observations;
        ProgressRecord record = recordFile != null ? readRecord(recordFile) : measure(thePlan);
        record = ProgressPage.suppressSmall(record);
        ProgressReport report = ProgressEvaluator.evaluate(thePlan, record, asOf, ProgressOptions.defaults());
        if (organisation != null) {
            report = ProgressReport.builder().organisationName(organisation.strip()).period(report.getPeriod())
                    .asOf(report.getAsOf()).addAllCriteria(report.getCriteria())
                    .addAllUnmatchedRecordEntries(report.getUnmatchedRecordEntries()).build();
        }
        List<Path> written = write(dir, thePlan, record, report);
        print(report, written);
        return 0;
    }

    private EqualityPlan readPlan() throws Unusable {
        try {
            Path path = Paths.get(plan);
            if (Files.isDirectory(path)) {
                throw new Unusable("Cannot read " + plan + ": it is a directory, not a plan file");
            }
            return EqualityJson.defaults().readPlan(path);
        } catch (EqualityJsonException e) {
            int n = e.getProblems().size();
            throw new Unusable(plan + " is not a valid equality plan: " + n + (n == 1 ? " problem" : " problems")
                    + (e.isTruncated() ? " or more" : "") + "; see them with: " + Invocation.command("check " + plan));
        } catch (InvalidPathException e) {
            throw new Unusable("Cannot read '" + plan + "': it is not a usable file name");
        } catch (IOException e) {
            throw new Unusable(CheckCommand.readError(plan, e));
        }
    }

    private ProgressRecord readRecord(String observations) throws Unusable {
        try {
            Path path = Paths.get(observations);
            if (Files.isDirectory(path)) {
                throw new Unusable("Cannot read " + observations + ": it is a directory, not a progress record");
            }
            return EqualityJson.defaults().readProgress(path);
        } catch (EqualityJsonException e) {
            List<JsonProblem> problems = e.getProblems();
            JsonProblem first = problems.get(0);
            String where = first.getPointer().isEmpty() ? "(document)" : first.getPointer();
            throw new Unusable(observations + " is not a valid progress record: " + (problems.size() == 1
                    ? "" : problems.size() + " problems, the first: ") + where + ": " + first.getMessage());
        } catch (InvalidPathException e) {
            throw new Unusable("Cannot read '" + observations + "': it is not a usable file name");
        } catch (IOException e) {
            throw new Unusable(CheckCommand.readError(observations, e));
        }
    }

    private ProgressRecord measure(EqualityPlan thePlan) throws Unusable {
        PrintStream err = parent.err();
        MeasuredRecord.Data data = CommandFiles.readData(mapping, options -> {
            Optional<List<PupilRow>> pupilRows = Optional.empty();
            if (pupils != null) {
                ImportResult<List<PupilRow>> r = EqualityImport.readPupils(Paths.get(pupils), options);
                err.println("Read " + r.getSummary());
                pupilRows = Optional.of(r.getValue());
            }
            Optional<List<StaffRow>> staffRows = Optional.empty();
            if (staff != null) {
                ImportResult<List<StaffRow>> r = EqualityImport.readStaff(Paths.get(staff), options);
                err.println("Read " + r.getSummary());
                staffRows = Optional.of(r.getValue());
            }
            Optional<List<ApplicantRow>> applicantRows = Optional.empty();
            if (applicants != null) {
                ImportResult<List<ApplicantRow>> r = EqualityImport.readApplicants(Paths.get(applicants), options);
                err.println("Read " + r.getSummary());
                applicantRows = Optional.of(r.getValue());
            }
            return new MeasuredRecord.Data(pupilRows, staffRows, applicantRows, Optional.empty(), "", asOf);
        });
        Optional<List<PayRecord>> pay;
        String source;
        if (payroll != null) {
            pay = Optional.of(CommandFiles.readPayroll(payroll, true).records());
            source = payroll;
        } else {
            pay = data.staff().map(StaffPayroll::fromStaff);
            source = staff == null ? "no pay data" : staff;
        }
        LocalDate snap = snapshot != null ? snapshot : PayGapMeasure.defaultSnapshot(asOf, EmployerType.PUBLIC_AUTHORITY);
        return MeasuredRecord.build(thePlan, new MeasuredRecord.Data(data.pupils(), data.staff(), data.applicants(),
                pay, source, snap), asOf);
    }

    /** The output directory, checked before anything is read. */
    private Path directory() throws Unusable {
        return CommandFiles.outputDirectory(out, "progress report");
    }

    private static List<Path> write(Path dir, EqualityPlan plan, ProgressRecord record, ProgressReport report)
            throws Unusable {
        try {
            Files.createDirectories(dir);
            Path json = dir.resolve(JSON);
            Path html = dir.resolve(HTML);
            Path md = dir.resolve(MARKDOWN);
            EqualityJson.defaults().withPrettyPrint(true).writeProgressReport(report, json);
            Files.writeString(html, ProgressPage.html(plan, record, report), StandardCharsets.UTF_8);
            Files.writeString(md, ProgressPage.markdown(plan, record, report), StandardCharsets.UTF_8);
            return List.of(json, html, md);
        } catch (AccessDeniedException ex) {
            throw new Unusable("Cannot write the progress report: permission denied for " + ex.getFile());
        } catch (FileAlreadyExistsException ex) {
            throw new Unusable("Cannot write the progress report: " + ex.getFile() + " is a file, not a directory");
        } catch (NoSuchFileException ex) {
            throw new Unusable("Cannot write the progress report: no such directory " + ex.getFile());
        } catch (FileSystemException ex) {
            throw new Unusable("Cannot write the progress report: " + ex.getFile()
                    + (ex.getReason() != null ? ": " + ex.getReason() : ""));
        } catch (IOException ex) {
            throw new Unusable("Cannot write the progress report to " + dir + ": " + ex.getMessage());
        } catch (InvalidValueException ex) {
            throw new Unusable("Cannot write the progress report: " + ex.getMessage());
        }
    }

    private void print(ProgressReport report, List<Path> written) {
        PrintStream stdout = parent.out();
        Map<CriterionStatus, Integer> counts = new EnumMap<>(CriterionStatus.class);
        for (CriterionProgress p : report.getCriteria()) {
            counts.merge(p.getStatus(), 1, Integer::sum);
        }
        if (format == Format.json) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.put("kind", "progress-files");
            root.put("organisation", report.getOrganisationName());
            root.put("asOf", report.getAsOf().toString());
            ArrayNode list = root.putArray("files");
            written.forEach(f -> list.add(f.toAbsolutePath().normalize().toString()));
            ObjectNode statuses = root.putObject("statuses");
            counts.forEach((s, n) -> statuses.put(s.getCode(), n));
            stdout.print(write(root));
            return;
        }
        stdout.println("Wrote the progress report of " + report.getOrganisationName() + " as of " + report.getAsOf()
                + ":");
        for (Path f : written) {
            stdout.println("  " + f.toAbsolutePath().normalize());
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((s, n) -> parts.add(n + " " + ProgressPage.statusWords(s).toLowerCase(Locale.ROOT)));
        int total = report.getCriteria().size();
        stdout.println(total + (total == 1 ? " success criterion: " : " success criteria: ")
                + String.join(", ", parts));
    }

    private int fail(String message) {
        if (format == Format.json) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.put("kind", "error");
            root.putArray("problems").add(message);
            parent.out().print(write(root));
        }
        parent.err().println(message);
        return CliErrors.USAGE;
    }

    /**
     * The JSON writer, built on first use: picocli creates every command at start-up, and an {@code ObjectMapper}
     * loads a few hundred classes that the other commands (such as {@code check}) do not need.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        private Json() {
        }
    }

    private static String write(ObjectNode root) {
        try {
            return Json.MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("cannot write JSON", ex);
        }
    }
}
