package org.equalityduty.benchmarks;

/**
 * The trivial Java program B8 measures start-up against: prints one line and exits. {@link B8Startup} copies this
 * class alone into a small jar and starts it with {@code java -cp}, the way the command is started.
 */
public final class B8Trivial {
    private B8Trivial() {
    }

    /**
     * Prints one line.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
