package org.equalityduty.core.assessment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each kind of site as a bean path, an RFC 6901 pointer (section 4: {@code ~} as {@code ~0}, {@code /} as
 * {@code ~1}) and the words a message uses for it, worked by hand. Indices are zero-based in paths and one-based in
 * words.
 */
class SiteTest {
    @Test
    void everyKindOfSiteHasItsPathPointerAndWords() {
        assertSite(Site.plan(), "", "", "the plan");
        assertSite(Site.objective(0), "objectives[0]", "/objectives/0", "the objective");
        assertSite(Site.action(0, 0), "objectives[0].actions[0]", "/objectives/0/actions/0", "action 1");
        assertSite(Site.action(2, 1), "objectives[2].actions[1]", "/objectives/2/actions/1", "action 2");
        assertSite(Site.criterion(0, -1, 0, "o1.c1"), "objectives[0].successCriteria[0]",
                "/objectives/0/successCriteria/0", "criterion o1.c1");
        assertSite(Site.criterion(1, 0, 2, "c9"), "objectives[1].actions[0].successCriteria[2]",
                "/objectives/1/actions/0/successCriteria/2", "criterion c9");
        assertSite(Site.adoption(0), "adoptions[0]", "/adoptions/0", "adoption 1");
        assertSite(Site.adoption(3), "adoptions[3]", "/adoptions/3", "adoption 4");
        assertSite(Site.adoptedObjective(0, 0), "adoptions[0].objectives[0]", "/adoptions/0/objectives/0",
                "adopted objective 1");
        assertSite(Site.adoptedObjective(1, 2), "adoptions[1].objectives[2]", "/adoptions/1/objectives/2",
                "adopted objective 3");
        assertSite(Site.objective(0).field("title"), "objectives[0].title", "/objectives/0/title", "title");
        assertSite(Site.plan().field("adoptions"), "adoptions", "/adoptions", "adoptions");
        assertSite(Site.adoptedObjective(0, 1).field("id"), "adoptions[0].objectives[1].id",
                "/adoptions/0/objectives/1/id", "id");
    }

    private static void assertSite(Site site, String path, String pointer, String words) {
        assertEquals(path, site.getPath());
        assertEquals(pointer, site.getPointer());
        assertEquals(words, site.describe());
        assertEquals(path.isEmpty() ? "(plan)" : path, site.toString());
    }

    @Test
    void theIndicesOfEachKind() {
        assertEquals(Optional.empty(), Site.plan().getObjectiveIndex());
        assertEquals(Optional.of(0), Site.objective(0).getObjectiveIndex());
        assertEquals(Optional.of(0), Site.adoptedObjective(0, 0).getAdoptionIndex());
        assertEquals(Optional.of(0), Site.adoptedObjective(0, 0).getAdoptedObjectiveIndex());
        assertEquals(Optional.of(2), Site.adoptedObjective(1, 2).field("title").getAdoptedObjectiveIndex());
        assertEquals(Optional.empty(), Site.adoption(0).getAdoptedObjectiveIndex());
        assertEquals(Optional.empty(), Site.adoptedObjective(0, 0).getObjectiveIndex());
        assertEquals(Optional.empty(), Site.objective(0).getAdoptionIndex());
        assertEquals(Optional.of("c1"), Site.criterion(0, 0, 0, "c1").getCriterionId());
        assertEquals(Optional.empty(), Site.action(0, 0).getCriterionId());
    }

    @Test
    void sitesAreEqualByPath() {
        assertEquals(Site.objective(1).field("title"), Site.objective(1).field("title"));
        assertEquals(Site.objective(1).field("title").hashCode(), Site.objective(1).field("title").hashCode());
        assertNotEquals(Site.objective(1), Site.objective(2));
        assertNotEquals(Site.adoption(0), Site.objective(0));
        // Sites are keys of maps (the assessor's grouping): distinct sites should not share one hash code.
        assertNotEquals(Site.objective(1).hashCode(), Site.objective(2).hashCode());
    }

    @Test
    void pointersEscapeTildeAndSlash() {
        assertEquals("/a~1b/c~0d/~01", Site.pointer(List.of("a/b", "c~d", "~1")));
        assertEquals("", Site.pointer(List.of()));
    }

    @Test
    void nullsAreRefusedByName() {
        assertEquals("id", assertThrows(NullPointerException.class, () -> Site.criterion(0, 0, 0, null)).getMessage());
        assertEquals("name", assertThrows(NullPointerException.class, () -> Site.plan().field(null)).getMessage());
    }
}
