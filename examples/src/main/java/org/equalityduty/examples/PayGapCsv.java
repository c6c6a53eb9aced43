package org.equalityduty.examples;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.equalityduty.paygap.HourlyPay;
import org.equalityduty.paygap.PayGapOptions;
import org.equalityduty.paygap.PayRecord;
import org.equalityduty.paygap.Sex;
import org.equalityduty.paygap.WeeklyHours;
import org.jspecify.annotations.Nullable;

/**
 * Reads a payroll CSV (with FastCSV) into {@link PayRecord}s, streamed: the header is checked on opening, each row is
 * parsed as the records are iterated, and a row that cannot be used is skipped and its problem kept (with its line
 * number), so the caller reports every problem and publishes nothing.
 *
 * <p>Columns: {@code employee_id} and {@code sex} (M/F/male/female, empty for not recorded); either
 * {@code hourly_pay} or all of {@code ordinary_pay}, {@code period_days} and {@code weekly_hours}; optionally
 * {@code bonus_pay_12_months} (0 for none), {@code full_pay} (yes/no, default yes: "no" for an employee on reduced or
 * nil pay because of leave), {@code ethnicity} and {@code disability}. Other columns are ignored.
 */
final class PayGapCsv implements Closeable {
    static final String ID = "employee_id";
    static final String SEX = "sex";
    static final String HOURLY = "hourly_pay";
    static final String ORDINARY = "ordinary_pay";
    static final String DAYS = "period_days";
    static final String HOURS = "weekly_hours";
    static final String BONUS = "bonus_pay_12_months";
    static final String FULL_PAY = "full_pay";
    private static final int MAX_PROBLEMS_KEPT = 20;
    private static final Map<String, String> FIELD_TO_COLUMN = Map.of("hourlyPay", HOURLY, "ordinaryPay", ORDINARY,
            "periodDays", DAYS, "weeklyHours", HOURS, "bonusPay", BONUS, "id", ID, "sex", SEX);

    /** The file cannot be used at all (its header is wrong, or it cannot be parsed). */
    static final class UnusableFileException extends Exception {
        private static final long serialVersionUID = 1L;

        UnusableFileException(String message) {
            super(message);
        }
    }

    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> rows;
    private final Map<String, Integer> columns;
    private final boolean periodPay;
    private final int width;
    private final List<String> problems = new ArrayList<>();
    private long problemCount;
    private boolean iterated;

    private PayGapCsv(CsvReader<CsvRecord> reader, Iterator<CsvRecord> rows, Map<String, Integer> columns,
            int width, boolean periodPay) {
        this.reader = reader;
        this.width = width;
        this.rows = rows;
        this.columns = columns;
        this.periodPay = periodPay;
    }

    /**
     * Opens a file and checks its header.
     *
     * @throws IOException if the file cannot be read
     * @throws UnusableFileException if the header lacks a required column or is ambiguous
     */
    static PayGapCsv open(Path path) throws IOException, UnusableFileException {
        // Rows with the wrong number of fields are reported by us, row by row, and reading goes on.
        CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(path);
        try {
            Iterator<CsvRecord> rows = reader.iterator();
            if (!rows.hasNext()) {
                throw new UnusableFileException("the file is empty: expected a header row with " + ID + " and " + SEX);
            }
            CsvRecord header = rows.next();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.getFieldCount(); i++) {
                String name = header.getField(i).trim().toLowerCase(Locale.ROOT);
                if (i == 0 && name.startsWith("\uFEFF")) {
                    name = name.substring(1);
                }
                if (columns.putIfAbsent(name, i) != null && !name.isEmpty()) {
                    throw new UnusableFileException("the header names the column " + name + " twice");
                }
            }
            for (String required : new String[] {ID, SEX}) {
                if (!columns.containsKey(required)) {
                    throw new UnusableFileException("the header has no " + required + " column");
                }
            }
            boolean hourly = columns.containsKey(HOURLY);
            List<String> period = new ArrayList<>();
            for (String c : new String[] {ORDINARY, DAYS, HOURS}) {
                if (columns.containsKey(c)) {
                    period.add(c);
                }
            }
            if (hourly && !period.isEmpty()) {
                throw new UnusableFileException("the header has both " + HOURLY + " and " + String.join(", ", period)
                        + ": give either " + HOURLY + " or " + ORDINARY + ", " + DAYS + " and " + HOURS);
            }
            if (!period.isEmpty() && period.size() < 3) {
                List<String> missing = new ArrayList<>(List.of(ORDINARY, DAYS, HOURS));
                missing.removeAll(period);
                throw new UnusableFileException("the header has " + String.join(", ", period) + " but not "
                        + String.join(", ", missing) + ": hourly pay from the pay period needs all three");
            }
            return new PayGapCsv(reader, rows, Map.copyOf(columns), header.getFieldCount(), period.size() == 3);
        } catch (CsvParseException e) {
            reader.close();
            throw new UnusableFileException(parseProblem(e));
        } catch (UnusableFileException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Whether the file has hourly pay columns (hourly_pay, or the three pay-period columns). */
    boolean hasHourlyPay() {
        return periodPay || columns.containsKey(HOURLY);
    }

    boolean hasBonusPay() {
        return columns.containsKey(BONUS);
    }

    /** Why the hourly figures cannot be computed from this file, or null if they can. */
    @Nullable String hourlyPayUnavailable() {
        return hasHourlyPay() ? null : "the file has no " + HOURLY + " column, nor " + ORDINARY + ", " + DAYS + " and "
                + HOURS;
    }

    /** Why the bonus figures cannot be computed from this file, or null if they can. */
    @Nullable String bonusPayUnavailable() {
        return hasBonusPay() ? null : "the file has no " + BONUS + " column";
    }

    /** The options with what this file's columns cannot give: the figures left out, with the reason. */
    PayGapOptions applyTo(PayGapOptions options) {
        PayGapOptions applied = options;
        String hourly = hourlyPayUnavailable();
        if (hourly != null) {
            applied = applied.withHourlyPayUnavailable(hourly);
        }
        String bonus = bonusPayUnavailable();
        if (bonus != null) {
            applied = applied.withBonusPayUnavailable(bonus);
        }
        return applied;
    }

    /** The rows as records, once; rows that cannot be used are skipped and their problems kept. */
    Iterable<PayRecord> records() {
        if (iterated) {
            throw new IllegalStateException("the rows can be read once");
        }
        iterated = true;
        return () -> new Iterator<>() {
            private @Nullable PayRecord next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    CsvRecord row;
                    try {
                        if (!rows.hasNext()) {
                            done = true;
                            break;
                        }
                        row = rows.next();
                    } catch (CsvParseException e) {
                        problem(parseProblem(e));
                        done = true;
                        break;
                    } catch (UncheckedIOException e) {
                        IOException cause = e.getCause();
                        problem("the file could not be read to the end: "
                                + (cause != null ? cause.getMessage() : e.getMessage()));
                        done = true;
                        break;
                    }
                    next = parse(row);
                }
                return next != null;
            }

            @Override
            public PayRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                PayRecord r = next;
                if (r == null) {
                    throw new NoSuchElementException();
                }
                next = null;
                return r;
            }
        };
    }

    /** The problems kept (at most 20), each "line N: ..." in file order. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The number of problems, including those not kept. */
    long problemCount() {
        return problemCount;
    }

    private void problem(String message) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS_KEPT) {
            problems.add(message);
        }
    }

    /** The row as a record, or null (its problem kept) if it cannot be used. */
    private @Nullable PayRecord parse(CsvRecord row) {
        String line = "line " + row.getStartingLineNumber() + ": ";
        if (row.getFieldCount() != width) {
            problem(line + "the row has " + row.getFieldCount() + " field(s) but the header has " + width);
            return null;
        }
        try {
            PayRecord.Builder b = PayRecord.builder().id(field(row, ID)).sex(Sex.parse(field(row, SEX)));
            boolean fullPay = true;
            if (columns.containsKey(FULL_PAY)) {
                String f = field(row, FULL_PAY).trim().toLowerCase(Locale.ROOT);
                switch (f) {
                    case "", "y", "yes" -> fullPay = true;
                    case "n", "no" -> fullPay = false;
                    default -> throw new IllegalArgumentException(FULL_PAY + " must be yes or no, but was "
                            + quoted(f));
                }
            }
            b.fullPay(fullPay);
            if (columns.containsKey(HOURLY)) {
                String rate = field(row, HOURLY);
                if (!rate.isBlank() || fullPay) {
                    b.hourlyPay(HourlyPay.rate(required(rate, HOURLY, "the employee's hourly rate of pay")));
                }
            } else if (periodPay) {
                String ordinary = field(row, ORDINARY);
                if (!ordinary.isBlank() || fullPay) {
                    BigDecimal pay = decimal(required(ordinary, ORDINARY, "the ordinary pay for the period"),
                            ORDINARY);
                    b.hourlyPay(HourlyPay.fromPeriod(pay, BigDecimal.ZERO,
                            days(required(field(row, DAYS), DAYS, "the days in the pay period")),
                            WeeklyHours.of(required(field(row, HOURS), HOURS, "the weekly working hours"))));
                }
            }
            if (columns.containsKey(BONUS)) {
                String bonus = required(field(row, BONUS), BONUS, "0 for an employee paid no bonus");
                b.bonusPay(decimal(bonus, BONUS));
            }
            for (String attribute : new String[] {"ethnicity", "disability"}) {
                if (columns.containsKey(attribute)) {
                    b.attribute(attribute, field(row, attribute).trim());
                }
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            problem(line + columnNames(String.valueOf(e.getMessage())));
        }
        return null;
    }

    private String field(CsvRecord row, String column) {
        Integer i = columns.get(column);
        return i == null || i >= row.getFieldCount() ? "" : row.getField(i);
    }

    private static String required(String value, String column, String what) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(column + " is empty: give " + what);
        }
        return value;
    }

    private static BigDecimal decimal(String value, String column) {
        String t = value.trim();
        if (t.length() > 40 || !t.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)")) {
            throw new IllegalArgumentException(column + " must be a plain decimal number such as 1234.56, but was "
                    + quoted(value));
        }
        return new BigDecimal(t);
    }

    private static int days(String value) {
        String t = value.trim();
        if (!t.matches("[+-]?[0-9]{1,9}")) {
            throw new IllegalArgumentException(DAYS + " must be a whole number of days, but was " + quoted(value));
        }
        return Integer.parseInt(t);
    }

    /** Rewrites the library's field names ({@code hourlyPay must ...}) as the file's column names. */
    private static String columnNames(String message) {
        int space = message.indexOf(' ');
        if (space > 0 && FIELD_TO_COLUMN.containsKey(message.substring(0, space))) {
            return FIELD_TO_COLUMN.get(message.substring(0, space)) + message.substring(space);
        }
        return message;
    }

    private static String quoted(String value) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < value.length() && i < 40; i++) {
            char c = value.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        return b.append(value.length() > 40 ? "...'" : "'").toString();
    }

    /** FastCSV's message names a Java exception; say what is wrong, and where, in the file's terms. */
    private static String parseProblem(CsvParseException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)")
                .matcher(String.valueOf(e.getMessage()));
        return (m.find() ? "line " + m.group(1) + ": " : "") + "not valid CSV (for example an unclosed quote, or a"
                + " field longer than the reader allows)";
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
