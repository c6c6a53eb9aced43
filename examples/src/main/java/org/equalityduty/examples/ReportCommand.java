package org.equalityduty.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.equalityduty.examples.CommandFiles.Unusable;
import org.equalityduty.examples.report.EqualityReport;
import org.equalityduty.examples.report.OwnDataReport;
import org.equalityduty.examples.report.PayGapSection;
import org.equalityduty.examples.report.ReportModel.Report;
import org.equalityduty.imports.ApplicantRow;
import org.equalityduty.imports.EqualityImport;
import org.equalityduty.imports.ImportResult;
import org.equalityduty.imports.ImportSummary;
import org.equalityduty.imports.SchoolGaps;
import org.equalityduty.imports.StaffRow;
import org.equalityduty.paygap.PayGapOptions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code report --pupils FILE --staff FILE --applicants FILE --organisation NAME --published-on DATE [--mapping FILE]
 * [--out DIR]}: the equality information of a trust's own data, read by equality-import; or
 * {@code report [--demo] [--seed N] [--out DIR]}: that of a synthetic trust (the default when no data file is
 * given). Both write {@code equality-report.html} and {@code equality-report.md}. Both take
 * {@code [--snapshot DATE] [--employees FILE]} for the gender pay gap section ({@link PayGapSection}): of the payroll
 * file, or, for the synthetic trust, of its staff; without them the section says which option to give.
 *
 * @since 0.1.0
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes equality information as equality-report.html and equality-report.md: of your own"
                + " data with --pupils, --staff, --applicants, --organisation and --published-on; of a synthetic"
                + " trust (12 schools) with --demo, or when no data file is given. The same seed gives the same"
                + " files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was written", "2:the arguments cannot be used or the report cannot be written"})
final class ReportCommand implements Callable<Integer> {
    /** The default seed. */
    static final long DEFAULT_SEED = 2026L;
    /** The default output directory, relative to the working directory. */
    static final String DEFAULT_OUT = "target/equality-report";

    @ParentCommand
    private EqualityDutyCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--demo", description = "Report on the synthetic trust (the default when no data file is given).")
    private boolean demo;

    @Option(names = "--seed", paramLabel = "N", converter = Seed.class, defaultValue = "2026",
            description = "The seed of the synthetic data (with --demo); default ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--pupils", paramLabel = "FILE", description = "Pupils, one a row, in the default layout"
            + " (see docs/import.md).")
    private @Nullable String pupils;

    @Option(names = "--staff", paramLabel = "FILE", description = "Staff, one a row, in the default layout.")
    private @Nullable String staff;

    @Option(names = "--applicants", paramLabel = "FILE", description = "Job applicants, one a row, in the default"
            + " layout.")
    private @Nullable String applicants;

    @Option(names = "--mapping", paramLabel = "FILE", description = "A mapping of your MIS's own headers and values"
            + " onto the default layout.")
    private @Nullable String mapping;

    @Option(names = "--organisation", paramLabel = "NAME", description = "The trust's or school's name, as"
            + " published.")
    private @Nullable String organisation;

    @Option(names = "--published-on", paramLabel = "DATE", converter = Day.class,
            description = "The publication date, such as 2026-09-30.")
    private @Nullable LocalDate publishedOn;

    @Option(names = "--snapshot", paramLabel = "DATE", converter = Day.class,
            description = "The gender pay gap snapshot date (31 March for a trust), such as 2026-03-31: the pay gap"
                    + " section is computed for it, from --employees or the synthetic trust's staff.")
    private @Nullable LocalDate snapshot;

    @Option(names = "--employees", paramLabel = "FILE", description = "The relevant employees' pay, one a row (the"
            + " file the paygap command reads), for the pay gap section; needs --snapshot.")
    private @Nullable String employees;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT,
            description = "The directory to write to, created if needed; default ${DEFAULT-VALUE}.")
    private String out;

    @Override
    public Integer call() {
        PrintStream err = parent.err();
        PrintStream lines = parent.progress().lines();
        boolean own = pupils != null || staff != null || applicants != null || mapping != null
                || organisation != null || publishedOn != null;
        if (employees != null && snapshot == null) {
            err.println("--employees needs --snapshot DATE, the snapshot date the pay in " + employees
                    + " describes (31 March for a trust)");
            return 2;
        }
        Optional<PayGapSection.Source> pay;
        try {
            pay = employees == null ? Optional.empty() : Optional.of(readEmployees(employees));
        } catch (Unusable e) {
            err.println(e.getMessage());
            return 2;
        }
        if (!own) {
            return write(seed, out, parent.out(), err, parent.progress(), pay, Optional.ofNullable(snapshot));
        }
        if (demo || spec.commandLine().getParseResult().hasMatchedOption("--seed")) {
            err.println("Cannot report on the demo trust and on your own data at once: leave out "
                    + (demo ? "--demo" : "--seed") + ", or the data options");
            return 2;
        }
        String pupilsFile = pupils;
        String staffFile = staff;
        String applicantsFile = applicants;
        String name = organisation;
        LocalDate day = publishedOn;
        if (pupilsFile == null || staffFile == null || applicantsFile == null || name == null || name.isBlank()
                || day == null) {
            List<String> missing = new ArrayList<>();
            if (pupilsFile == null) {
                missing.add("--pupils");
            }
            if (staffFile == null) {
                missing.add("--staff");
            }
            if (applicantsFile == null) {
                missing.add("--applicants");
            }
            if (name == null || name.isBlank()) {
                missing.add("--organisation");
            }
            if (day == null) {
                missing.add("--published-on");
            }
            err.println("A report on your own data needs " + String.join(", ", missing));
            return 2;
        }
        return writeOwn(new OwnFiles(pupilsFile, staffFile, applicantsFile), name.strip(), day, err, lines, pay);
    }

    /** The own-data files, all given. */
    private record OwnFiles(String pupils, String staff, String applicants) {
    }

    private int writeOwn(OwnFiles files, String organisationName, LocalDate published, PrintStream err,
            PrintStream lines, Optional<PayGapSection.Source> pay) {
        Path dir = directory(out, err);
        if (dir == null) {
            return 2;
        }
        OwnDataReport.Data data;
        try {
            data = CommandFiles.readData(mapping, options -> {
                SchoolGaps gaps = new SchoolGaps();
                long[] ethnicityKnown = new long[1];
                ImportSummary pupilSummary = EqualityImport.forEachPupil(Paths.get(files.pupils()), options, p -> {
                    gaps.accept(p);
                    if (p.getCategory("ethnicity").map(c -> c.isKnown()).orElse(false)) {
                        ethnicityKnown[0]++;
                    }
                });
                err.println("Read " + pupilSummary);
                ImportResult<List<StaffRow>> staffRows = EqualityImport.readStaff(Paths.get(files.staff()), options);
                err.println("Read " + staffRows.getSummary());
                ImportResult<List<ApplicantRow>> applicantRows = EqualityImport.readApplicants(
                        Paths.get(files.applicants()), options);
                err.println("Read " + applicantRows.getSummary());
                return new OwnDataReport.Data(gaps, pupilSummary, ethnicityKnown[0], staffRows.getValue(),
                        staffRows.getSummary(), applicantRows.getValue(), applicantRows.getSummary());
            });
        } catch (Unusable e) {
            err.println(e.getMessage());
            return 2;
        }
        Report report = OwnDataReport.build(organisationName, published, data, pay.orElseGet(() ->
                new PayGapSection.Source(Optional.ofNullable(snapshot), Optional.empty(), "", PayGapOptions.defaults(),
                        "There are no pay gap figures in this report: give the payroll with --employees and its"
                                + " snapshot date with --snapshot.")));
        lines.println("Writing report...");
        return writeFiles(report, dir, "Wrote the equality report of " + organisationName + ":", parent.out(), err);
    }

    /**
     * Builds and writes the report, then names the files with their absolute paths.
     *
     * @return 0, or 2 if the directory cannot be used
     */
    static int write(long seed, String outDir, PrintStream out, PrintStream err, Progress progress) {
        return write(seed, outDir, out, err, progress, Optional.empty(), Optional.empty());
    }

    /**
     * Builds and writes the synthetic trust's report with its pay gap section: of the employees given, or else of
     * the synthetic staff if a snapshot date is given, or else a section that says how to get one.
     *
     * @return 0, or 2 if the directory cannot be used
     */
    static int write(long seed, String outDir, PrintStream out, PrintStream err, Progress progress,
            Optional<PayGapSection.Source> employees, Optional<LocalDate> snapshot) {
        Path dir = directory(outDir, err);
        if (dir == null) {
            return 2;
        }
        Report report = EqualityReport.build(seed, SeedPlans.soke(), progress.lines(), snapshot, employees);
        progress.lines().println("Writing report...");
        return writeFiles(report, dir, "Wrote the equality report (seed " + seed + "):", out, err);
    }

    /** Reads {@code --employees}: every row must be usable, as for the paygap command. */
    private PayGapSection.Source readEmployees(String file) throws Unusable {
        CommandFiles.Payroll payroll = CommandFiles.readPayroll(file, false);
        Path name = Paths.get(file).getFileName();
        return new PayGapSection.Source(Optional.ofNullable(snapshot), Optional.of(payroll.records()),
                "the payroll file " + (name == null ? file : name.toString()), payroll.options(), "");
    }

    /** The output directory, or null (with a message) if it cannot be used. */
    private static @Nullable Path directory(String outDir, PrintStream err) {
        try {
            return CommandFiles.outputDirectory(outDir, "report");
        } catch (Unusable e) {
            err.println(e.getMessage());
            return null;
        }
    }

    private static int writeFiles(Report report, Path dir, String heading, PrintStream out, PrintStream err) {
        List<Path> files;
        try {
            files = EqualityReport.write(report, dir);
        } catch (AccessDeniedException ex) {
            err.println("Cannot write the report: permission denied for " + ex.getFile());
            return 2;
        } catch (FileAlreadyExistsException ex) {
            err.println("Cannot write the report: " + ex.getFile() + " is a file, not a directory");
            return 2;
        } catch (FileSystemException ex) {
            err.println("Cannot write the report: " + ex.getFile()
                    + (ex.getReason() != null ? ": " + ex.getReason() : ""));
            return 2;
        } catch (IOException ex) {
            err.println("Cannot write the report to " + dir + ": " + ex.getMessage());
            return 2;
        }
        out.println(heading);
        for (Path f : files) {
            out.println("  " + f.toAbsolutePath().normalize());
        }
        return 0;
    }

    /** Reads a date, with a message a person understands and no Java type names. */
    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException ex) {
                throw new TypeConversionException("'" + value + "' is not a date such as 2026-09-30");
            }
        }
    }

    /** Reads a seed, with a message a person understands and no Java type names. */
    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException ex) {
                throw new TypeConversionException("'" + value + "' is not a whole number, such as 2026");
            }
        }
    }
}
