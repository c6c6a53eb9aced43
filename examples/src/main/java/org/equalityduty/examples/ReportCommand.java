package org.equalityduty.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.Callable;
import org.equalityduty.examples.report.EqualityReport;
import org.equalityduty.examples.report.ReportModel.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code report [--seed N] [--out DIR]}: the equality information of a synthetic trust, as
 * {@code equality-report.html} (inline SVG charts beside their tables) and {@code equality-report.md}.
 *
 * @since 0.1.0
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the equality information of a synthetic trust (12 schools) as equality-report.html"
                + " and equality-report.md. The same seed gives the same files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was written", "2:the arguments cannot be used or the report cannot be written"})
final class ReportCommand implements Callable<Integer> {
    /** The default seed. */
    static final long DEFAULT_SEED = 2026L;
    /** The default output directory, relative to the working directory. */
    static final String DEFAULT_OUT = "target/equality-report";

    @ParentCommand
    private EqualityDutyCommand parent;

    @Option(names = "--seed", paramLabel = "N", converter = Seed.class, defaultValue = "2026",
            description = "The seed of the synthetic data; default ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT,
            description = "The directory to write to, created if needed; default ${DEFAULT-VALUE}.")
    private String out;

    @Override
    public Integer call() {
        return write(seed, out, parent.out(), parent.err(), parent.progress());
    }

    /**
     * Builds and writes the report, then names the files with their absolute paths.
     *
     * @return 0, or 2 if the directory cannot be used
     */
    static int write(long seed, String outDir, PrintStream out, PrintStream err, Progress progress) {
        Path dir;
        try {
            dir = Paths.get(outDir);
        } catch (InvalidPathException ex) {
            err.println("Cannot write the report: '" + outDir + "' is not a usable directory name");
            return 2;
        }
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                err.println("Cannot write the report: " + (p.equals(dir.toAbsolutePath()) ? dir : p)
                        + " is a file, not a directory");
                return 2;
            }
        }
        Report report = EqualityReport.build(seed, SeedPlans.soke(), progress.lines());
        progress.lines().println("Writing report...");
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
        out.println("Wrote the equality report (seed " + seed + "):");
        for (Path f : files) {
            out.println("  " + f.toAbsolutePath().normalize());
        }
        return 0;
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
