package org.equalityduty.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Property paths of Bean Validation as finding paths, pointer segments and objective indices, worked by hand. */
class StructureTest {
    @Test
    void theObjectiveAPathLiesIn() {
        assertEquals(3, Structure.objectiveIndex(List.of("objectives", "3")));
        assertEquals(0, Structure.objectiveIndex(List.of("objectives", "0", "title")));
        assertEquals(12, Structure.objectiveIndex(List.of("objectives", "12", "actions", "0")));
        assertEquals(-1, Structure.objectiveIndex(List.of("objectives")));
        assertEquals(-1, Structure.objectiveIndex(List.of("objectives", "title")));
        assertEquals(-1, Structure.objectiveIndex(List.of("title")));
        assertEquals(-1, Structure.objectiveIndex(List.of()));
    }

    /** One node of a path, as Hibernate Validator gives it. */
    private record Node(@Nullable String name, ElementKind kind, boolean inIterable, @Nullable Integer index)
            implements Path.Node {
        @Override
        public @Nullable String getName() {
            return name;
        }

        @Override
        public boolean isInIterable() {
            return inIterable;
        }

        @Override
        public @Nullable Integer getIndex() {
            return index;
        }

        @Override
        public @Nullable Object getKey() {
            return null;
        }

        @Override
        public ElementKind getKind() {
            return kind;
        }

        @Override
        public <T extends Path.Node> T as(Class<T> nodeType) {
            return nodeType.cast(this);
        }
    }

    private static Path path(Node... nodes) {
        return new Path() {
            @Override
            public Iterator<Path.Node> iterator() {
                return List.<Path.Node>of(nodes).iterator();
            }
        };
    }

    @Test
    void everyNamedNodeIsASegmentAndAnIndexIsOne() {
        Path property = path(new Node("objectives", ElementKind.PROPERTY, false, null),
                new Node("title", ElementKind.PROPERTY, true, 1));
        assertEquals("objectives[1].title", Structure.path(property));
        assertEquals(List.of("objectives", "1", "title"), Structure.segments(property));
        // Method validation's nodes (a method, its parameter, a constructor) are named parts of the path too; a bean
        // node or a return value has no segment of its own.
        Path method = path(new Node("assess", ElementKind.METHOD, false, null),
                new Node("plan", ElementKind.PARAMETER, false, null),
                new Node(null, ElementKind.BEAN, false, null),
                new Node("<return value>", ElementKind.RETURN_VALUE, false, null));
        assertEquals("assess.plan", Structure.path(method));
        Path constructor = path(new Node("Plan", ElementKind.CONSTRUCTOR, false, null),
                new Node("items", ElementKind.PARAMETER, false, null), new Node("<element>",
                        ElementKind.CONTAINER_ELEMENT, true, 2));
        assertEquals(List.of("Plan", "items", "2"), Structure.segments(constructor));
    }
}
