package org.equalityduty.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BeanPathsTest {
    @Test
    void translatesPropertyPathsToPointers() {
        assertEquals("", BeanPaths.toPointer(""));
        assertEquals("/objectives/1/title", BeanPaths.toPointer("objectives[1].title"));
        assertEquals("/objectives/0/actions/2/responsible/1",
                BeanPaths.toPointer("objectives[0].actions[2].responsible[1].<list element>"));
        assertEquals("/evidence/o1~1c", BeanPaths.toPointer("evidence[o1/c].<map value>"));
        assertEquals("/title", BeanPaths.toPointer("title.<optional element>"));
    }
}
