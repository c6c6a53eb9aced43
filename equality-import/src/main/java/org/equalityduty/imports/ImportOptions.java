package org.equalityduty.imports;

import java.util.Objects;

/**
 * Limits and choices for a read: the largest file, the most rows, the longest field, how many problems are listed,
 * whether rows with errors are skipped, and the {@link Mapping} of an MIS's own headers and values.
 *
 * <p>The limits protect a service that imports files it did not make: every one is checked while reading, and
 * going over one stops the read with a clear {@link ImportException}.
 *
 * <p>This class is immutable and thread-safe; {@code with...} methods return changed copies.
 *
 * @since 0.2.0
 */
public final class ImportOptions {
    /**
     * The default largest file: 512 MiB.
     *
     * @since 0.2.0
     */
    public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;
    /**
     * The default most rows after the header: 2,000,000.
     *
     * @since 0.2.0
     */
    public static final long DEFAULT_MAX_ROWS = 2_000_000L;
    /**
     * The default longest field: 10,000 characters.
     *
     * @since 0.2.0
     */
    public static final int DEFAULT_MAX_FIELD_LENGTH = 10_000;
    /**
     * The default number of problems listed: 100.
     *
     * @since 0.2.0
     */
    public static final int DEFAULT_MAX_PROBLEMS = 100;

    private static final ImportOptions DEFAULTS = new ImportOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ROWS,
            DEFAULT_MAX_FIELD_LENGTH, DEFAULT_MAX_PROBLEMS, false, Mapping.none());

    private final long maxFileBytes;
    private final long maxRows;
    private final int maxFieldLength;
    private final int maxProblems;
    private final boolean skipBadRows;
    private final Mapping mapping;

    private ImportOptions(long maxFileBytes, long maxRows, int maxFieldLength, int maxProblems,
            boolean skipBadRows, Mapping mapping) {
        this.maxFileBytes = maxFileBytes;
        this.maxRows = maxRows;
        this.maxFieldLength = maxFieldLength;
        this.maxProblems = maxProblems;
        this.skipBadRows = skipBadRows;
        this.mapping = mapping;
    }

    /**
     * Obtains the defaults: 512 MiB, 2,000,000 rows, 10,000 characters a field, 100 problems listed, rows with
     * errors stop the import, no mapping (the default layout).
     *
     * @return the defaults, not null
     * @since 0.2.0
     */
    public static ImportOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another largest file size.
     *
     * @param bytes the largest number of bytes, at least 1
     * @return the copy, not null
     * @throws IllegalArgumentException if {@code bytes} is less than 1
     * @since 0.2.0
     */
    public ImportOptions withMaxFileBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be at least 1: " + bytes);
        }
        return new ImportOptions(bytes, maxRows, maxFieldLength, maxProblems, skipBadRows, mapping);
    }

    /**
     * Returns a copy with another largest number of rows after the header (blank rows not counted).
     *
     * @param rows the largest number of rows, at least 1
     * @return the copy, not null
     * @throws IllegalArgumentException if {@code rows} is less than 1
     * @since 0.2.0
     */
    public ImportOptions withMaxRows(long rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1: " + rows);
        }
        return new ImportOptions(maxFileBytes, rows, maxFieldLength, maxProblems, skipBadRows, mapping);
    }

    /**
     * Returns a copy with another longest field, in characters (every column counts, ignored ones too).
     *
     * @param characters the longest field, from 16 to 100,000,000
     * @return the copy, not null
     * @throws IllegalArgumentException if {@code characters} is out of range
     * @since 0.2.0
     */
    public ImportOptions withMaxFieldLength(int characters) {
        if (characters < 16 || characters > 100_000_000) {
            throw new IllegalArgumentException("maxFieldLength must be from 16 to 100,000,000: " + characters);
        }
        return new ImportOptions(maxFileBytes, maxRows, characters, maxProblems, skipBadRows, mapping);
    }

    /**
     * Returns a copy that lists another number of problems (the rest are counted).
     *
     * @param problems the number listed, at least 1
     * @return the copy, not null
     * @throws IllegalArgumentException if {@code problems} is less than 1
     * @since 0.2.0
     */
    public ImportOptions withMaxProblems(int problems) {
        if (problems < 1) {
            throw new IllegalArgumentException("maxProblems must be at least 1: " + problems);
        }
        return new ImportOptions(maxFileBytes, maxRows, maxFieldLength, problems, skipBadRows, mapping);
    }

    /**
     * Returns a copy that skips rows with errors (counting them as rejected, listing their problems in the summary)
     * instead of stopping the import. Problems with the file itself (a missing column, a truncated file, a limit)
     * still stop it.
     *
     * @param skip whether to skip rows with errors
     * @return the copy, not null
     * @since 0.2.0
     */
    public ImportOptions withSkipBadRows(boolean skip) {
        return new ImportOptions(maxFileBytes, maxRows, maxFieldLength, maxProblems, skip, mapping);
    }

    /**
     * Returns a copy that reads the MIS's own headers and values through a mapping.
     *
     * @param mapping the mapping, not null
     * @return the copy, not null
     * @since 0.2.0
     */
    public ImportOptions withMapping(Mapping mapping) {
        Objects.requireNonNull(mapping, "mapping");
        return new ImportOptions(maxFileBytes, maxRows, maxFieldLength, maxProblems, skipBadRows, mapping);
    }

    /**
     * Gets the largest file size.
     *
     * @return the number of bytes, at least 1
     * @since 0.2.0
     */
    public long getMaxFileBytes() {
        return maxFileBytes;
    }

    /**
     * Gets the largest number of rows after the header.
     *
     * @return the number of rows, at least 1
     * @since 0.2.0
     */
    public long getMaxRows() {
        return maxRows;
    }

    /**
     * Gets the longest field.
     *
     * @return the number of characters, from 16 to 100,000,000
     * @since 0.2.0
     */
    public int getMaxFieldLength() {
        return maxFieldLength;
    }

    /**
     * Gets the number of problems listed.
     *
     * @return the number, at least 1
     * @since 0.2.0
     */
    public int getMaxProblems() {
        return maxProblems;
    }

    /**
     * Gets whether rows with errors are skipped rather than stopping the import.
     *
     * @return true if they are skipped
     * @since 0.2.0
     */
    public boolean isSkipBadRows() {
        return skipBadRows;
    }

    /**
     * Gets the mapping of the MIS's headers and values.
     *
     * @return the mapping, {@link Mapping#none()} by default, not null
     * @since 0.2.0
     */
    public Mapping getMapping() {
        return mapping;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportOptions o && maxFileBytes == o.maxFileBytes && maxRows == o.maxRows
                && maxFieldLength == o.maxFieldLength && maxProblems == o.maxProblems
                && skipBadRows == o.skipBadRows && mapping.equals(o.mapping);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxFileBytes, maxRows, maxFieldLength, maxProblems, skipBadRows, mapping);
    }

    @Override
    public String toString() {
        return "ImportOptions[maxFileBytes=" + maxFileBytes + ", maxRows=" + maxRows + ", maxFieldLength="
                + maxFieldLength + ", maxProblems=" + maxProblems + ", skipBadRows=" + skipBadRows + ", mapping="
                + mapping + "]";
    }
}
