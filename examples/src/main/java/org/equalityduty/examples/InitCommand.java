package org.equalityduty.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code init [FILE] [--force] [--as-of DATE]}: writes a starter plan: a primary school's two objectives (the
 * disadvantage gap in key stage 2 reading, and pupils on SEN support meeting the expected standard), dated from the
 * given day, that {@code check} passes with no errors on that day. Every text a school must change starts with
 * {@code CHANGE ME}; the introduction names the values (URN, dates, baselines, targets) to replace.
 *
 * <p>Exit code 0 when written, 2 when the file exists (without {@code --force}) or cannot be written.
 *
 * @since 0.2.0
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a starter equality plan (JSON) to change into your own; '-' writes it to standard"
                + " output. Every text to change starts with CHANGE ME.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the plan was written", "2:the file exists (use --force) or cannot be written"})
final class InitCommand implements Callable<Integer> {
    /** The default file name. */
    static final String DEFAULT_FILE = "equality-plan.json";
    /** The class-path resource of the template. */
    static final String TEMPLATE = "/org/equalityduty/examples/starter-plan.json";

    @ParentCommand
    private EqualityDutyCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = DEFAULT_FILE,
            description = "Where to write the plan; default ${DEFAULT-VALUE}; '-' for standard output.")
    private String file;

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    private boolean force;

    @Option(names = "--as-of", paramLabel = "DATE", converter = CheckCommand.IsoDate.class,
            description = "The date the plan is published on (yyyy-mm-dd); its period starts on the 1 September"
                    + " before it; default today (UTC).")
    private @Nullable LocalDate asOf;

    @Override
    public Integer call() {
        PrintStream out = parent.out();
        PrintStream err = parent.err();
        String plan = starterPlan(asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC));
        if ("-".equals(file)) {
            out.print(plan);
            return 0;
        }
        Path path;
        try {
            path = Paths.get(file);
        } catch (InvalidPathException ex) {
            err.println("Cannot write '" + file + "': it is not a usable file name");
            return CliErrors.USAGE;
        }
        if (Files.isDirectory(path)) {
            err.println("Cannot write " + file + ": it is a directory; name a file, such as "
                    + path.resolve(DEFAULT_FILE));
            return CliErrors.USAGE;
        }
        try {
            if (force) {
                Files.writeString(path, plan, StandardCharsets.UTF_8);
            } else {
                Files.writeString(path, plan, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException ex) {
            err.println(file + " already exists; it was left as it is. Use --force to overwrite it, or name"
                    + " another file.");
            return CliErrors.USAGE;
        } catch (NoSuchFileException ex) {
            err.println("Cannot write " + file + ": the directory " + parentOf(path) + " does not exist");
            return CliErrors.USAGE;
        } catch (AccessDeniedException ex) {
            err.println("Cannot write " + file + ": permission denied");
            return CliErrors.USAGE;
        } catch (FileSystemException ex) {
            err.println("Cannot write " + file + (ex.getReason() != null ? ": " + ex.getReason() : ""));
            return CliErrors.USAGE;
        } catch (IOException ex) {
            err.println("Cannot write " + file + ": " + ex.getMessage());
            return CliErrors.USAGE;
        }
        out.println("Wrote a starter plan to " + file + ".");
        out.println("Change every text marked CHANGE ME, the URN, the dates and the baselines and targets to your"
                + " own; then check it with:");
        out.println("  " + Invocation.command("check " + file));
        return 0;
    }

    private static String parentOf(Path path) {
        Path p = path.toAbsolutePath().getParent();
        return p == null ? "/" : p.toString();
    }

    /**
     * The starter plan for a publication date: the period is the four academic years from the 1 September on or
     * before it; baselines are dated the 31 July before that; actions are due at the end of the first year and
     * targets at the end of the second.
     *
     * @param published  the publication date, not null
     * @return the plan document, pretty printed, not null
     */
    static String starterPlan(LocalDate published) {
        int first = published.getMonthValue() >= 9 ? published.getYear() : published.getYear() - 1;
        Map<String, String> values = Map.of(
                "{{PLAN_START}}", LocalDate.of(first, 9, 1).toString(),
                "{{PLAN_END}}", LocalDate.of(first + 4, 8, 31).toString(),
                "{{FIRST_YEAR}}", Integer.toString(first),
                "{{LAST_YEAR}}", Integer.toString(first + 4),
                "{{TODAY}}", published.toString(),
                "{{BASELINE_DATE}}", LocalDate.of(first, 7, 31).toString(),
                "{{BASELINE_YEAR}}", Integer.toString(first),
                "{{ACTION_DUE}}", LocalDate.of(first + 1, 7, 31).toString(),
                "{{DEADLINE}}", LocalDate.of(first + 2, 7, 31).toString());
        String text = template();
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text;
    }

    private static String template() {
        try (InputStream in = InitCommand.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the starter plan " + TEMPLATE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
