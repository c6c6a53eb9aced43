package org.equalityduty.imports;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer fuzz test of the CSV importer: any bytes, read as a pupils, staff or applicants file (with the default
 * options or with small limits and bad rows skipped) or as a mapping file, keep the import contract
 * ({@link CsvImportContract}, {@code docs/csv-import-contract.md}).
 *
 * <p>Without {@code JAZZER_FUZZ} this runs as a regression test on the seeds (the sample files of
 * {@code examples/data/}, cut to their first lines, with byte order mark, CRLF and {@code sep=} variants, and
 * the empty input) and on every input saved under {@code CsvImportFuzzTestInputs/readCsv} in the test resources
 * (a crash the fuzzer finds is saved there, and stays a test once fixed). With {@code JAZZER_FUZZ=1} it fuzzes,
 * starting from those seeds, for at most the duration below; the build runs it so (see the module's POM).
 */
class CsvImportFuzzTest {

    /** Each seed once for each way of reading it: the first byte chooses the way. */
    static Stream<Arguments> sampleFiles() {
        return CsvImportContractProperties.SEEDS.stream().flatMap(s -> IntStream.range(0, CsvImportContract.WAYS)
                .mapToObj(way -> {
                    byte[] input = new byte[s.length + 1];
                    input[0] = (byte) way;
                    System.arraycopy(s, 0, input, 1, s.length);
                    return Arguments.of((Object) input);
                }));
    }

    /**
     * The first byte chooses how the rest is read (a pupils, staff or applicants file, with the default options or
     * small limits, or a mapping file: one read per execution); an empty input is read every way.
     */
    @MethodSource("sampleFiles")
    @FuzzTest(maxDuration = "20s")
    void readCsv(byte[] input) {
        if (input.length == 0) {
            CsvImportContract.checkStreams(input);
        } else {
            CsvImportContract.checkOne((input[0] & 0xFF) % CsvImportContract.WAYS,
                    Arrays.copyOfRange(input, 1, input.length));
        }
    }
}
