package org.equalityduty.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hints name the command as the user started it. */
class InvocationTest {
    @AfterEach
    void clear() {
        System.clearProperty(Invocation.PROPERTY);
    }

    @Test
    void theLauncherPassesItsName() {
        System.setProperty(Invocation.PROPERTY, "equality-duty");
        assertEquals("equality-duty check my-plan.json", Invocation.command("check my-plan.json"));
        System.setProperty(Invocation.PROPERTY, "examples/target/equality-duty");
        assertEquals("examples/target/equality-duty --help", Invocation.command("--help"));
    }

    @Test
    void fromTheClassesDirectoryItIsTheMavenCommandOfTheProjectRoot() {
        // The tests run from target/classes, not from a jar.
        assertEquals("mvn -q -pl examples -am test-compile exec:java -Dexec.args='init my-plan.json'",
                Invocation.command("init my-plan.json"));
        System.setProperty(Invocation.PROPERTY, " ");
        assertEquals("mvn -q -pl examples -am test-compile exec:java -Dexec.args='--help'", Invocation.command("--help"));
    }
}
