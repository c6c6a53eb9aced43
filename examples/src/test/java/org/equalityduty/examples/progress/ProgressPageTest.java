package org.equalityduty.examples.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.progress.CriterionStatus;
import org.equalityduty.core.progress.ProgressEvaluator;
import org.equalityduty.core.progress.ProgressOptions;
import org.equalityduty.core.progress.ProgressReport;
import org.equalityduty.json.EqualityJson;
import org.junit.jupiter.api.Test;

/** The published page: suppression of small figures, rounding half up once, escaping of the plan's text. */
class ProgressPageTest {
    private static final LocalDate DAY = LocalDate.of(2026, 7, 31);

    private static Observation sized(int day, int n) {
        return Observation.builder().date(DAY.plusDays(day)).value(new BigDecimal("40")).sampleSize(n).build();
    }

    @Test
    void suppressesFiguresOnOneToNinePeople() {
        ProgressRecord r = ProgressRecord.builder().asOf(DAY.plusDays(3)).addSeries(ObservationSeries.of("a",
                List.of(sized(0, 9), sized(1, 10), sized(2, 0), sized(3, 1)))).putMilestonesCompleted("m", DAY)
                .putEvidence("q", "minutes").build();
        ProgressRecord s = ProgressPage.suppressSmall(r);
        List<Observation> o = s.getSeries().get(0).getObservations();
        assertEquals(ObservationStatus.SUPPRESSED, o.get(0).getStatus());
        assertEquals(Optional.empty(), o.get(0).getValue());
        assertEquals(Optional.of("suppressed: it rests on fewer than 10 people"), o.get(0).getNote(),
                "the note gives no number");
        assertEquals(ObservationStatus.AVAILABLE, o.get(1).getStatus());
        assertEquals(ObservationStatus.AVAILABLE, o.get(2).getStatus(), "a size of 0 is not a small group");
        assertEquals(ObservationStatus.SUPPRESSED, o.get(3).getStatus());
        assertEquals(r.getMilestonesCompleted(), s.getMilestonesCompleted());
        assertEquals(r.getEvidence(), s.getEvidence());
    }

    @Test
    void roundsOnceHalfUpInTheUnit() {
        assertEquals("2.3%", ProgressPage.figure(new BigDecimal("2.25"), Optional.of(MeasureUnit.PERCENT)));
        assertEquals("-2.3 percentage points", ProgressPage.figure(new BigDecimal("-2.25"),
                Optional.of(MeasureUnit.PERCENTAGE_POINTS)));
        assertEquals("3.22", ProgressPage.figure(new BigDecimal("3.215"), Optional.of(MeasureUnit.INDEX)));
        assertEquals("13", ProgressPage.figure(new BigDecimal("12.5"), Optional.of(MeasureUnit.COUNT)));
        assertEquals("101.0", ProgressPage.figure(new BigDecimal("100.95"), Optional.of(MeasureUnit.SCORE)));
        assertEquals("1.0", ProgressPage.figure(new BigDecimal("0.95"), Optional.empty()));
    }

    @Test
    void everyStatusHasPlainWords() {
        for (CriterionStatus s : CriterionStatus.values()) {
            assertFalse(ProgressPage.statusWords(s).contains("_"), s.name());
        }
        assertEquals("Too close to call", ProgressPage.statusWords(CriterionStatus.INCONCLUSIVE));
    }

    @Test
    void hostileTextIsEscaped() throws IOException {
        String json = Files.readString(Path.of("data/progress-plan.json"), StandardCharsets.UTF_8)
                .replace("Tutoring groups are running in both primary schools",
                        "<script>alert(1)</script> | a \\\"quoted\\\" & piped text");
        EqualityPlan plan = EqualityJson.defaults().readPlan(json);
        ProgressRecord record = ProgressRecord.builder().asOf(DAY).build();
        ProgressReport report = ProgressEvaluator.evaluate(plan, record, DAY, ProgressOptions.defaults());
        String html = ProgressPage.html(plan, record, report);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; | a &quot;quoted&quot; &amp; piped text"),
                html);
        String md = ProgressPage.markdown(plan, record, report);
        assertTrue(md.contains("| &lt;script&gt;alert(1)&lt;/script&gt; \\| a \"quoted\" &amp; piped text"
                + " | Not yet due |"),
                md);
    }
}
