package org.equalityduty.examples;

import java.lang.management.ManagementFactory;

/**
 * Stands in for the tool in {@link LauncherTest}: prints the name the launcher passed, the JVM options and each
 * argument in brackets, then exits with the code given as {@code exit=N}.
 */
public final class LauncherProbe {
    private LauncherProbe() {
    }

    /**
     * Prints what it was given.
     *
     * @param args  the arguments
     */
    public static void main(String[] args) {
        System.out.println("command=" + System.getProperty(Invocation.PROPERTY));
        System.out.println("jvm=" + ManagementFactory.getRuntimeMXBean().getInputArguments());
        int code = 0;
        for (String a : args) {
            System.out.println("[" + a + "]");
            if (a.startsWith("exit=")) {
                code = Integer.parseInt(a.substring(5));
            }
        }
        System.exit(code);
    }
}
