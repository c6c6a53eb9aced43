package org.equalityduty.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.equalityduty.json.ReaderContract.Kind;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer fuzz test of the plan readers: any bytes, read as a stream and (decoded as UTF-8) as a string and a
 * reader, keep the reader contract ({@link ReaderContract}).
 *
 * <p>Without {@code JAZZER_FUZZ} this runs as a regression test on the golden plan documents, the empty input
 * and every input saved under {@code PlanReaderFuzzTestInputs/readPlan} in the test resources (a crash the
 * fuzzer found is saved there, and stays a test once fixed). With {@code JAZZER_FUZZ=1} it fuzzes, starting
 * from those seeds, for at most the duration below; the build runs it so (see the module's POM), and
 * {@code docs/json-reader-contract.md} gives the command for a longer local run.
 */
class PlanReaderFuzzTest {

    static Stream<Arguments> goldenDocuments() {
        return ReaderContract.seeds(Kind.PLAN).stream().map(s -> Arguments.of((Object) ReaderContract.utf8(s)));
    }

    @MethodSource("goldenDocuments")
    @FuzzTest(maxDuration = "20s")
    void readPlan(byte[] input) {
        ReaderContract.checkOnce(Kind.PLAN, input);
    }
}
