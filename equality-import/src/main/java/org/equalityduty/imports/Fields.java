package org.equalityduty.imports;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.equalityduty.core.population.CensusEthnicity;
import org.jspecify.annotations.Nullable;

/**
 * One row of a file as the layout sees it: each layout column's value (cleaned and mapped), and typed readers that
 * record an error or a warning against the row, with its line, column and value.
 */
final class Fields {
    /** The absent whole number. */
    static final int NONE = Integer.MIN_VALUE;
    /** The longest identifier, grade or vacancy. */
    static final int MAX_TEXT = 64;
    /** Values of up to two characters below this are looked up through {@link #shortCode}. */
    private static final int SHORT_CODE_CHARS = 128;

    private final Layout layout;
    private final List<String> columns;
    private final int[] position;
    private final Mapping mapping;
    private final boolean[] mapped;
    private final Problems problems;
    private final Map<String, Long> flaggedValues = new TreeMap<>();
    /** Per column: the code table {@link #shortCodes} was filled from, and its answers for short ASCII values. */
    private final Map<?, ?>[] shortTable;
    private final Object[][] shortCodes;
    private final boolean[][] shortKnown;
    @SuppressWarnings("NullAway.Init") // set by reset(), which comes before any value is read
    private CsvRecord record;
    private long line;
    private boolean error;
    private boolean flagged;

    Fields(Layout layout, int[] position, Mapping mapping, Problems problems) {
        this.layout = layout;
        this.columns = layout.getColumns();
        this.position = position.clone();
        this.mapping = mapping;
        this.problems = problems;
        this.mapped = new boolean[columns.size()];
        this.shortTable = new Map<?, ?>[columns.size()];
        this.shortCodes = new Object[columns.size()][];
        this.shortKnown = new boolean[columns.size()][];
        for (int k = 0; k < mapped.length; k++) {
            mapped[k] = mapping.mapsValues(columns.get(k));
        }
    }

    void reset(CsvRecord r, long rowLine) {
        this.record = r;
        this.line = rowLine;
        this.error = false;
        this.flagged = false;
    }

    Layout layout() {
        return layout;
    }

    long line() {
        return line;
    }

    boolean hasError() {
        return error;
    }

    /** The row read from these fields, or null if a field had an error (recorded). */
    <T> @Nullable T unlessError(T row) {
        return error ? null : row;
    }

    boolean isFlagged() {
        return flagged;
    }

    Map<String, Long> flaggedValues() {
        return flaggedValues;
    }

    /** Whether the layout column is in the file. */
    boolean has(int k) {
        return position[k] >= 0;
    }

    /** The cleaned value as in the file, empty if blank or absent. */
    String raw(int k) {
        int p = position[k];
        return p < 0 || p >= record.getFieldCount() ? "" : Text.clean(record.getField(p));
    }

    /** The value after the mapping, empty if blank, absent or mapped to not recorded. */
    String value(int k) {
        String v = raw(k);
        if (mapped[k] && !v.isEmpty()) {
            return mapping.codeFor(columns.get(k), v).orElse(v);
        }
        return v;
    }

    void error(int k, String reason) {
        error = true;
        problems.add(ImportProblem.error(line, columns.get(k), raw(k), reason));
    }

    void rowError(String reason) {
        error = true;
        problems.add(ImportProblem.error(line, "", "", reason));
    }

    private void unknown(int k) {
        flagged = true;
        flaggedValues.merge(columns.get(k), 1L, Long::sum);
        String column = columns.get(k);
        problems.add(ImportProblem.of(ImportProblem.Severity.WARNING, line, column, raw(k),
                "unknown code, kept as not recorded (" + Codes.expected(column) + ")"));
    }

    /** A required identifier, null (with an error) if blank or too long. */
    @Nullable String id(int k) {
        String v = raw(k);
        if (v.isEmpty()) {
            error(k, "blank, but every row needs one");
            return null;
        }
        if (v.length() > MAX_TEXT) {
            error(k, "longer than " + MAX_TEXT + " characters");
            return null;
        }
        return v;
    }

    /** An optional text, null if blank or too long (with an error). */
    @Nullable String text(int k) {
        String v = raw(k);
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            error(k, "longer than " + MAX_TEXT + " characters");
            return null;
        }
        return v;
    }

    /** A required school URN, null (with an error) if blank or not six digits. */
    @Nullable String urn(int k) {
        String v = raw(k);
        if (v.isEmpty()) {
            error(k, "blank, but every row needs a school_urn (the school's six-digit URN)");
            return null;
        }
        if (v.length() != 6 || !digits(v)) {
            error(k, "not a URN (expected the school's six digits)");
            return null;
        }
        return v;
    }

    /** A code from a table, null if blank, mapped to not recorded, or unknown (with a warning). */
    <T> @Nullable T code(int k, Map<String, T> table) {
        String v = value(k);
        if (v.isEmpty()) {
            return null;
        }
        T found = v.length() <= 2 && ascii(v) ? shortCode(k, table, v) : Codes.lookup(table, v);
        if (found == null) {
            unknown(k);
        }
        return found;
    }

    private static boolean ascii(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) >= SHORT_CODE_CHARS) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link Codes#lookup} of a one- or two-character ASCII value (most codes: 1, 0, Y, M, F, 11), from a table per
     * column filled on first use: the same answer without hashing a new string on every row.
     */
    @SuppressWarnings("unchecked")
    private <T> @Nullable T shortCode(int k, Map<String, T> table, String v) {
        int at = v.length() == 1 ? v.charAt(0) : SHORT_CODE_CHARS * (1 + v.charAt(0)) + v.charAt(1);
        Object[] codes = shortCodes[k];
        boolean[] known = shortKnown[k];
        if (shortTable[k] != table || codes == null || known == null || at >= codes.length) {
            // One-character values first (128 cells); two-character ones grow it once (about 16,500 cells).
            int size = at < SHORT_CODE_CHARS && shortTable[k] != table ? SHORT_CODE_CHARS
                    : SHORT_CODE_CHARS * (SHORT_CODE_CHARS + 1);
            codes = new Object[size];
            known = new boolean[size];
            shortTable[k] = table;
            shortCodes[k] = codes;
            shortKnown[k] = known;
        }
        if (!known[at]) {
            codes[at] = Codes.lookup(table, v);
            known[at] = true;
        }
        return (T) codes[at];
    }

    /** A yes/no flag: 1, 0, or -1 if blank or unknown (with a warning). */
    byte flag(int k) {
        Boolean b = code(k, Codes.FLAG);
        return b == null ? -1 : (byte) (b ? 1 : 0);
    }

    /** A census ethnicity code, null if blank or unknown (with a warning). */
    @Nullable CensusEthnicity ethnicity(int k) {
        String v = value(k);
        if (v.isEmpty()) {
            return null;
        }
        CensusEthnicity e = Codes.ethnicity(v).orElse(null);
        if (e == null) {
            unknown(k);
        }
        return e;
    }

    /** A whole number in [min, max], {@link #NONE} if blank or bad (with an error). */
    int whole(int k, int min, int max) {
        String v = raw(k);
        if (v.isEmpty()) {
            return NONE;
        }
        int n = v.length() <= 9 ? digitsValue(v) : -1;
        if (n >= 0) {
            if (n >= min && n <= max) {
                return n;
            }
            error(k, "out of range (" + wholeRange(min, max) + ")");
            return NONE;
        }
        if (!isDecimal(v)) {
            error(k, "not a number (" + wholeRange(min, max) + ")");
            return NONE;
        }
        BigDecimal d = new BigDecimal(v);
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            error(k, "not a whole number (" + wholeRange(min, max) + ")");
            return NONE;
        }
        if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            error(k, "out of range (" + wholeRange(min, max) + ")");
            return NONE;
        }
        return d.intValueExact();
    }

    private static String wholeRange(int min, int max) {
        return "expected a whole number from " + Text.count(min) + " to " + Text.count(max) + ", or blank";
    }

    /**
     * A decimal in [min, max] (or (min, max] if {@code aboveMin}), NaN if blank or bad (with an error).
     */
    double decimal(int k, double min, double max, boolean aboveMin, String expected) {
        String v = raw(k);
        if (v.isEmpty()) {
            return Double.NaN;
        }
        if (!isDecimal(v)) {
            error(k, "not a number (" + expected + ")");
            return Double.NaN;
        }
        double d = Double.parseDouble(v);
        boolean low = aboveMin ? d <= min : d < min;
        if (low || d > max) {
            error(k, "out of range (" + expected + ")");
            return Double.NaN;
        }
        return d;
    }

    /** An amount of money in pounds, more than 0, at most two decimal places; null if blank or bad (error). */
    @Nullable BigDecimal money(int k) {
        String v = raw(k);
        if (v.isEmpty()) {
            return null;
        }
        String expected = "expected an amount in pounds such as 12.45, more than 0, or blank";
        String n = v.startsWith("£") ? Text.clean(v.substring(1)) : v;
        if (!isDecimal(n)) {
            error(k, "not an amount (" + expected + ")");
            return null;
        }
        BigDecimal d = new BigDecimal(n);
        if (d.signum() <= 0 || d.compareTo(new BigDecimal("1000000")) >= 0) {
            error(k, "out of range (" + expected + ")");
            return null;
        }
        if (d.stripTrailingZeros().scale() > 2) {
            error(k, "more than two decimal places (" + expected + ")");
            return null;
        }
        return d;
    }

    /** The value of one to nine decimal digits, or -1 if {@code v} is empty or not all digits. */
    static int digitsValue(String v) {
        int n = v.length();
        if (n == 0) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < n; i++) {
            int d = v.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = 10 * value + d;
        }
        return value;
    }

    private static boolean digits(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** An optional minus, digits, and optionally a point and digits; at most 30 characters. */
    static boolean isDecimal(String v) {
        int n = v.length();
        if (n == 0 || n > 30) {
            return false;
        }
        int i = v.charAt(0) == '-' ? 1 : 0;
        int digitsBefore = 0;
        while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
            digitsBefore++;
        }
        int digitsAfter = 0;
        if (i < n && v.charAt(i) == '.') {
            i++;
            while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
                i++;
                digitsAfter++;
            }
        }
        return i == n && digitsBefore + digitsAfter > 0;
    }
}
