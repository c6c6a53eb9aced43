package org.equalityduty.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.equalityduty.imports.EqualityImport;
import org.equalityduty.imports.ImportException;
import org.equalityduty.imports.ImportOptions;
import org.equalityduty.imports.PupilRow;
import org.equalityduty.imports.SchoolGaps;

/**
 * B5 for the CSV import: the live heap while {@link EqualityImport#forEachPupil} streams a pupils file (B6's
 * layout and generator) into {@link SchoolGaps}, measured as {@link B5Streaming} does: {@code System.gc()} three
 * times, then {@code MemoryMXBean} heap use, before the read, when half the rows have been read (from inside the
 * sink), and after it with the result held. If the import kept rows, the growth half way would grow with the row
 * count; for aggregate figures it should be the accumulators' size, the same at 100,000 and 1,000,000 rows.
 */
public final class B5CsvHeap {

    private B5CsvHeap() {
    }

    /**
     * Writes a file of {@code rows} rows to a temporary file and measures the heap while importing it.
     *
     * @param rows the number of rows
     * @return the sample (peak and old-generation fields are not measured here and are 0)
     * @throws IOException if the file cannot be written
     */
    public static B5Streaming.HeapSample measure(int rows) throws IOException {
        Path file = Files.createTempFile("b5-pupils", ".csv");
        try {
            B6CsvImport.write(file, rows, B6CsvImport.SCHOOLS, Cohort.SEED);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long before = usedAfterGc(memory);
            long[] midway = new long[1];
            SchoolGaps gaps = new SchoolGaps();
            Consumer<PupilRow> probe = new Consumer<>() {
                private long read;

                @Override
                public void accept(PupilRow p) {
                    gaps.accept(p);
                    if (++read == rows / 2) {
                        midway[0] = usedAfterGc(memory);
                    }
                }
            };
            try {
                EqualityImport.forEachPupil(file, ImportOptions.defaults(), probe);
            } catch (ImportException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            long after = usedAfterGc(memory);
            if (gaps.getSchools().size() != B6CsvImport.SCHOOLS) {
                throw new IllegalStateException("expected " + B6CsvImport.SCHOOLS + " schools, read "
                        + gaps.getSchools().size());
            }
            return new B5Streaming.HeapSample(rows, before, midway[0], after, 0, 0, 0);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
