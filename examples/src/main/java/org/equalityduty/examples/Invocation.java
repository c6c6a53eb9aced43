package org.equalityduty.examples;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import org.jspecify.annotations.Nullable;

/**
 * How the user started this program, so that every hint names a command that works as typed: the launcher script
 * (which passes its name in the system property {@value #PROPERTY}), {@code java -jar equality-duty.jar}, or Maven
 * from the project's root directory.
 */
final class Invocation {
    /** The system property the launcher sets to the name it was started by. */
    static final String PROPERTY = "equality-duty.command";

    private Invocation() {
    }

    /**
     * A command line that runs this program with the given arguments, as the user would type it.
     *
     * @param arguments  such as {@code check PLAN.json}
     * @return such as {@code equality-duty check PLAN.json}, not null
     */
    static String command(String arguments) {
        String launcher = System.getProperty(PROPERTY);
        if (launcher != null && !launcher.isBlank()) {
            return launcher + " " + arguments;
        }
        Path jar = jar();
        if (jar != null) {
            return "java -jar " + relative(jar) + " " + arguments;
        }
        return "mvn -q -pl examples -am test-compile exec:java -Dexec.args='" + arguments + "'";
    }

    /** The jar this class was loaded from, or null when it runs from a classes directory. */
    private static @Nullable Path jar() {
        try {
            CodeSource source = Invocation.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            Path p = Paths.get(source.getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | RuntimeException ex) {
            return null;
        }
    }

    private static String relative(Path jar) {
        try {
            Path here = Paths.get("").toAbsolutePath();
            Path rel = here.relativize(jar.toAbsolutePath());
            return rel.startsWith("..") ? jar.toAbsolutePath().toString() : rel.toString();
        } catch (IllegalArgumentException ex) {
            return jar.toString();
        }
    }
}
