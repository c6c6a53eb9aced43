package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: read CSV text as a file would be read. */
final class Csv {
    private Csv() {
    }

    static ImportResult<List<PupilRow>> pupils(String text) throws ImportException {
        return pupils(text, ImportOptions.defaults());
    }

    static ImportResult<List<PupilRow>> pupils(String text, ImportOptions options) throws ImportException {
        List<PupilRow> rows = new ArrayList<>();
        ImportSummary s = EqualityImport.forEachPupil(bytes(text), "pupils.csv", options, rows::add);
        return new ImportResult<>(rows, s);
    }

    static ImportResult<List<StaffRow>> staff(String text) throws ImportException {
        List<StaffRow> rows = new ArrayList<>();
        ImportSummary s = EqualityImport.forEachStaff(bytes(text), "staff.csv", ImportOptions.defaults(), rows::add);
        return new ImportResult<>(rows, s);
    }

    static ImportResult<List<ApplicantRow>> applicants(String text) throws ImportException {
        List<ApplicantRow> rows = new ArrayList<>();
        ImportSummary s = EqualityImport.forEachApplicant(bytes(text), "applicants.csv", ImportOptions.defaults(),
                rows::add);
        return new ImportResult<>(rows, s);
    }

    static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The message of the exception a pupils file gets. */
    static String pupilsError(String text) {
        return pupilsError(text, ImportOptions.defaults());
    }

    static String pupilsError(String text, ImportOptions options) {
        return assertThrows(ImportException.class, () -> pupils(text, options)).getMessage();
    }
}
