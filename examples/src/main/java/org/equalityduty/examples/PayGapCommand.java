package org.equalityduty.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.paygap.EmployerType;
import org.equalityduty.paygap.Figure;
import org.equalityduty.paygap.GenderPayGap;
import org.equalityduty.paygap.GenderPayGapReport;
import org.equalityduty.paygap.GovUkChecks;
import org.equalityduty.paygap.GovUkField;
import org.equalityduty.paygap.Notice;
import org.equalityduty.paygap.PayGapOptions;
import org.equalityduty.paygap.QuartileBand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code paygap FILE --snapshot DATE [--employer public|private] [--format text|json]}: the six statutory gender pay
 * gap figures from a payroll CSV, in the gov.uk service's field names, with the service's checks applied.
 *
 * <p>Exit code 0 when the figures are computed and pass the service's checks, 1 when the service would reject a
 * figure, 2 when the file or the arguments cannot be used (every problem on standard error, one line each).
 *
 * @since 0.2.0
 */
@Command(name = "paygap", mixinStandardHelpOptions = true,
        description = "Computes the six statutory gender pay gap figures from a payroll CSV (employee_id, sex, and"
                + " hourly_pay or ordinary_pay, period_days, weekly_hours; bonus_pay_12_months, 0 for none),"
                + " in the gov.uk gender pay gap service's field names.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the figures are computed and pass the gov.uk service's checks",
            "1:the gov.uk service would reject a figure (listed)",
            "2:the file or the arguments cannot be used; every problem is listed"})
final class PayGapCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    /** Employer types, as typed. */
    enum Employer {
        /** A public authority (academy trust, school): snapshot 31 March. */
        PUBLIC(EmployerType.PUBLIC_AUTHORITY),
        /** A private or voluntary sector employer: snapshot 5 April. */
        PRIVATE(EmployerType.PRIVATE_OR_VOLUNTARY);

        final EmployerType type;

        Employer(EmployerType type) {
            this.type = type;
        }
    }

    @ParentCommand
    private EqualityDutyCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The payroll CSV, one row per relevant employee.")
    private Path file;

    @Option(names = "--snapshot", paramLabel = "DATE", required = true, converter = CheckCommand.IsoDate.class,
            description = "The snapshot date (yyyy-mm-dd): 31 March for a public authority.")
    private LocalDate snapshot;

    @Option(names = "--employer", paramLabel = "TYPE", defaultValue = "public",
            converter = EmployerConverter.class,
            description = "public (snapshot 31 March) or private (5 April); default ${DEFAULT-VALUE}.")
    private Employer employer;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json; default ${DEFAULT-VALUE}.")
    private Format format;

    /** Reads public/private in any case. */
    static final class EmployerConverter implements picocli.CommandLine.ITypeConverter<Employer> {
        @Override
        public Employer convert(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "public" -> {
                    return Employer.PUBLIC;
                }
                case "private" -> {
                    return Employer.PRIVATE;
                }
                default -> throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not an employer type: use public or private");
            }
        }
    }

    @Override
    public Integer call() {
        PrintStream out = parent.out();
        PrintStream err = parent.err();
        GenderPayGapReport report;
        try (PayGapCsv csv = PayGapCsv.open(file)) {
            PayGapOptions options = csv.applyTo(PayGapOptions.defaults().withEmployerType(employer.type));
            String duplicates = null;
            GenderPayGapReport calculated = null;
            try {
                calculated = GenderPayGap.calculate(csv.records(), snapshot, options);
            } catch (InvalidValueException e) {
                duplicates = String.valueOf(e.getMessage());
            }
            if (csv.problemCount() > 0 || duplicates != null || calculated == null) {
                List<String> problems = new ArrayList<>(csv.problems());
                if (duplicates != null) {
                    problems.add(duplicates);
                }
                return fail(problems, csv.problemCount() + (duplicates == null ? 0 : 1), out, err);
            }
            report = calculated;
        } catch (PayGapCsv.UnusableFileException e) {
            return fail(List.of(String.valueOf(e.getMessage())), 1, out, err);
        } catch (NoSuchFileException e) {
            return fail(List.of("no such file"), 1, out, err);
        } catch (AccessDeniedException e) {
            return fail(List.of("permission denied"), 1, out, err);
        } catch (IOException e) {
            return fail(List.of("cannot be read: " + e.getMessage()), 1, out, err);
        }
        List<String> checks = GovUkChecks.check(report);
        out.print(format == Format.json ? toJson(report, checks) : toText(report, checks));
        return checks.isEmpty() ? 0 : 1;
    }

    private int fail(List<String> problems, long count, PrintStream out, PrintStream err) {
        String head = file + " cannot be used: " + (count == 1 ? problems.get(0)
                : count + " problems" + (count > problems.size() ? " (the first " + problems.size() + " listed)" : ""));
        if (format == Format.json) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.put("kind", "error");
            root.put("file", file.toString());
            ArrayNode list = root.putArray("problems");
            problems.forEach(list::add);
            root.put("problemCount", count);
            out.print(write(root));
        }
        err.println(head);
        if (count > 1) {
            problems.forEach(p -> err.println("  " + p));
        }
        return 2;
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

    /** The figures as text, one field a line, in the gov.uk service's order. */
    static String toText(GenderPayGapReport r, List<String> checks) {
        StringBuilder b = new StringBuilder();
        b.append("Gender pay gap on ").append(r.getSnapshot()).append(" (")
                .append(r.getEmployerType() == EmployerType.PUBLIC_AUTHORITY ? "public authority" : "private or"
                        + " voluntary sector").append(")\n");
        b.append("Relevant employees: ").append(r.getRelevantEmployees()).append(" (").append(r.getRelevantMen())
                .append(" men, ").append(r.getRelevantWomen()).append(" women, ").append(r.getNotRecordedSex())
                .append(" sex not recorded); full-pay relevant with hourly pay: ").append(r.getFullPayRelevantMen())
                .append(" men, ").append(r.getFullPayRelevantWomen()).append(" women\n\n");
        for (Map.Entry<GovUkField, Figure> e : r.getFigures().entrySet()) {
            Figure f = e.getValue();
            b.append(String.format(Locale.ROOT, "%-27s %s%n", e.getKey().getServiceName(),
                    f.getValue().map(v -> v.toPlainString()).orElse("not computed: " + f.getReason())));
        }
        if (!r.getQuartiles().isEmpty()) {
            b.append("\nQuartile pay bands (men, women):");
            for (QuartileBand q : r.getQuartiles()) {
                b.append(' ').append(q.getName()).append(' ').append(q.getMen()).append(", ").append(q.getWomen())
                        .append(';');
            }
            b.setLength(b.length() - 1);
            b.append('\n');
        }
        b.append("\nFigures rounded once, half up, to one decimal place. A positive gap means women are paid less.\n");
        b.append(checks.isEmpty() ? "gov.uk service checks: passed\n" : "gov.uk service checks: failed\n");
        checks.forEach(c -> b.append("  ").append(c).append('\n'));
        for (Notice n : r.getNotices()) {
            b.append(n.getLevel().name().toLowerCase(Locale.ROOT)).append(": ").append(n.getMessage()).append('\n');
        }
        return b.toString();
    }

    /** The figures as JSON: figures keyed by the service's field names (null where not computed, with the reason). */
    static String toJson(GenderPayGapReport r, List<String> checks) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("kind", "gender-pay-gap");
        root.put("snapshot", r.getSnapshot().toString());
        root.put("employerType", r.getEmployerType().name().toLowerCase(Locale.ROOT));
        root.put("rounding", "half up, one decimal place");
        ObjectNode counts = root.putObject("counts");
        counts.put("relevantEmployees", r.getRelevantEmployees());
        counts.put("relevantMen", r.getRelevantMen());
        counts.put("relevantWomen", r.getRelevantWomen());
        counts.put("sexNotRecorded", r.getNotRecordedSex());
        counts.put("fullPayRelevantMen", r.getFullPayRelevantMen());
        counts.put("fullPayRelevantWomen", r.getFullPayRelevantWomen());
        counts.put("maleBonusRecipients", r.getMaleBonusRecipients());
        counts.put("femaleBonusRecipients", r.getFemaleBonusRecipients());
        ObjectNode figures = root.putObject("figures");
        ObjectNode notComputed = root.putObject("notComputed");
        for (Map.Entry<GovUkField, Figure> e : r.getFigures().entrySet()) {
            String name = e.getKey().getServiceName();
            if (e.getValue().getValue().isPresent()) {
                figures.put(name, e.getValue().getValue().get());
            } else {
                figures.putNull(name);
                notComputed.put(name, e.getValue().getReason());
            }
        }
        ArrayNode bands = root.putArray("quartileBands");
        for (QuartileBand q : r.getQuartiles()) {
            ObjectNode n = bands.addObject();
            n.put("band", q.getName());
            n.put("men", q.getMen());
            n.put("women", q.getWomen());
        }
        ArrayNode service = root.putArray("serviceChecks");
        checks.forEach(service::add);
        ArrayNode notices = root.putArray("notices");
        for (Notice n : r.getNotices()) {
            ObjectNode o = notices.addObject();
            o.put("level", n.getLevel().name().toLowerCase(Locale.ROOT));
            o.put("code", n.getCode());
            o.put("message", n.getMessage());
        }
        return write(root);
    }
}
