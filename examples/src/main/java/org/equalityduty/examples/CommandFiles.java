package org.equalityduty.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.equalityduty.imports.ImportException;
import org.equalityduty.imports.ImportOptions;
import org.equalityduty.imports.Mapping;
import org.equalityduty.paygap.PayGapOptions;
import org.equalityduty.paygap.PayRecord;
import org.jspecify.annotations.Nullable;

/**
 * The checks of the file and directory options that {@code report} and {@code progress} share: the output
 * directory, the data files with their mapping, and a payroll file. Each problem is one line for the user.
 */
final class CommandFiles {
    private CommandFiles() {
    }

    /** An option's file or directory that cannot be used; its message is the one line the user sees. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;
        private final String line;

        Unusable(String message) {
            super(message, null, false, false);
            this.line = message;
        }

        /** The message: never null, as a user reads it. */
        @Override
        public String getMessage() {
            return line;
        }
    }

    /**
     * Checks an output directory before anything is read: a usable name, and no file where it or a directory above
     * it should be. It is created only when written.
     *
     * @param out  the {@code --out} value, not null
     * @param what  what is written, for the message: {@code report}, {@code progress report}
     * @return the directory, not null
     * @throws Unusable with "Cannot write the WHAT: ..." if it cannot be used
     */
    static Path outputDirectory(String out, String what) throws Unusable {
        Path dir;
        try {
            dir = Paths.get(out);
        } catch (InvalidPathException ex) {
            throw new Unusable("Cannot write the " + what + ": '" + out + "' is not a usable directory name");
        }
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new Unusable("Cannot write the " + what + ": " + (p.equals(dir.toAbsolutePath()) ? dir : p)
                        + " is a file, not a directory");
            }
        }
        return dir;
    }

    /** Reads the data files of a command with the import options of its {@code --mapping}. */
    @FunctionalInterface
    interface DataReader<T> {
        /**
         * Reads the files.
         *
         * @param options  the default layout, or the mapping's
         * @return what was read
         * @throws ImportException if a file cannot be imported
         */
        T read(ImportOptions options) throws ImportException;
    }

    /**
     * Reads data files: the mapping first, if given, then the files, each problem as one line.
     *
     * @param mapping  the {@code --mapping} file, or null for the default layout
     * @param reader  reads the files, not null
     * @return what the reader read
     * @throws Unusable with the import's message, or "Cannot read 'NAME': it is not a usable file name"
     */
    static <T> T readData(@Nullable String mapping, DataReader<T> reader) throws Unusable {
        try {
            ImportOptions options = ImportOptions.defaults();
            if (mapping != null) {
                options = options.withMapping(Mapping.read(Paths.get(mapping)));
            }
            return reader.read(options);
        } catch (ImportException e) {
            throw new Unusable(Objects.requireNonNullElse(e.getMessage(), "the data files cannot be imported"));
        } catch (InvalidPathException e) {
            throw new Unusable("Cannot read '" + e.getInput() + "': it is not a usable file name");
        }
    }

    /**
     * A payroll file read whole.
     *
     * @param records  every employee's record
     * @param options  the default options with the figures the file's columns cannot give left out
     */
    record Payroll(List<PayRecord> records, PayGapOptions options) {
    }

    /**
     * Reads a payroll file (the one {@code paygap} reads): every row must be usable.
     *
     * @param file  the file name as given, not null
     * @param needsHourlyPay  whether a file without hourly pay is refused (before its rows are read)
     * @return the records, not null
     * @throws Unusable with "FILE cannot be used: ..." and the first problem, or a read error
     */
    static Payroll readPayroll(String file, boolean needsHourlyPay) throws Unusable {
        try (PayGapCsv csv = PayGapCsv.open(Paths.get(file))) {
            String hourly = csv.hourlyPayUnavailable();
            if (needsHourlyPay && hourly != null) {
                throw new Unusable(file + " cannot be used for a pay gap: " + hourly);
            }
            List<PayRecord> records = new ArrayList<>();
            csv.records().forEach(records::add);
            if (csv.problemCount() > 0) {
                long n = csv.problemCount();
                throw new Unusable(file + " cannot be used: " + (n == 1 ? csv.problems().get(0)
                        : n + " problems, the first: " + csv.problems().get(0)));
            }
            return new Payroll(records, csv.applyTo(PayGapOptions.defaults()));
        } catch (PayGapCsv.UnusableFileException e) {
            throw new Unusable(file + " cannot be used: " + e.getMessage());
        } catch (InvalidPathException e) {
            throw new Unusable("Cannot read '" + file + "': it is not a usable file name");
        } catch (IOException e) {
            throw new Unusable(CheckCommand.readError(file, e));
        }
    }
}
