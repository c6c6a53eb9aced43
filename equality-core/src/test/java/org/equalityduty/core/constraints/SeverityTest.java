package org.equalityduty.core.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Payload;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A constraint's payload marks its severity; the most severe marker wins (the order ERROR, WARNING, ADVICE). */
class SeverityTest {

    /** A payload that is not a severity marker. */
    interface Other extends Payload {
    }

    @Test
    void theMostSevereMarkerWins() {
        assertEquals(Optional.of(Severity.ERROR), Severity.fromPayload(Set.of(Severity.Error.class)));
        assertEquals(Optional.of(Severity.WARNING), Severity.fromPayload(Set.of(Severity.Warning.class)));
        assertEquals(Optional.of(Severity.ADVICE), Severity.fromPayload(Set.of(Severity.Advice.class)));
        assertEquals(Optional.of(Severity.ERROR), Severity.fromPayload(Set.of(Severity.Advice.class,
                Severity.Error.class, Severity.Warning.class)));
        assertEquals(Optional.of(Severity.WARNING), Severity.fromPayload(Set.of(Severity.Advice.class,
                Severity.Warning.class, Other.class)));
        assertEquals(Optional.empty(), Severity.fromPayload(Set.of(Other.class)));
        assertEquals(Optional.empty(), Severity.fromPayload(Set.of()));
    }
}
