package org.equalityduty.examples;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Progress on standard error for steps that take longer than about a second: nothing for a quick step; for a slow
 * one a single line, redrawn in place, such as {@code Reading pupils.csv... 412,000 rows, 3 s}, ended with
 * {@code done in 4.1 s}. Quiet (nothing at all) with {@code --quiet} or when the program is not run from a terminal
 * ({@code System.console() == null}), so logs and pipes never see carriage returns.
 *
 * <p>A live reporter redraws from one daemon thread, started with the first step; a quiet one starts no thread.
 * Steps are used from one thread at a time: open a step, {@link Step#advance advance} it, close it.
 *
 * <p>The console output of a library for progress bars (me.tongfei:progressbar) was considered: it needs a known
 * total and JLine for the terminal width, and draws a bar; these steps mostly have no total, and a CLI that is
 * started hundreds of times in scripts should not load a terminal library for a line of text.
 */
final class Progress implements AutoCloseable {
    /** How long a step runs before it is shown. */
    static final long DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(1000);
    /** How often a shown step is redrawn. */
    static final long REDRAW_MILLIS = 250;

    private static final Progress QUIET = new Progress(null, System::nanoTime, false);

    /** Standard error, or null for the quiet reporter, which draws nothing. */
    private final @Nullable PrintStream err;
    private final LongSupplier clock;
    private final boolean threaded;
    private @Nullable ScheduledExecutorService redraw;
    private @Nullable Step current;
    private int drawnWidth;

    private Progress(@Nullable PrintStream err, LongSupplier clock, boolean threaded) {
        this.err = err;
        this.clock = clock;
        this.threaded = threaded;
    }

    /**
     * The reporter for a run: quiet when asked to be or when there is no terminal.
     *
     * @param err  standard error
     * @param quiet  whether {@code --quiet} was given
     * @param terminal  whether the program runs from a terminal ({@code System.console() != null})
     */
    static Progress forRun(PrintStream err, boolean quiet, boolean terminal) {
        return quiet || !terminal ? QUIET : new Progress(err, System::nanoTime, true);
    }

    /** A reporter that shows nothing. */
    static Progress quiet() {
        return QUIET;
    }

    /** A live reporter on a given clock that redraws only when {@link #tick()} is called: for tests. */
    static Progress manual(PrintStream err, LongSupplier clock) {
        return new Progress(err, clock, false);
    }

    /** Whether anything can be shown. */
    boolean isLive() {
        return err != null;
    }

    /**
     * Starts a step, ending the one before if it is still open.
     *
     * @param label  such as {@code Reading pupils.csv}
     * @return the step, to advance and close
     */
    synchronized Step step(String label) {
        if (!isLive()) {
            return new Step(this, label, 0L);   // never drawn; the shared quiet reporter keeps no state
        }
        Step open = current;
        if (open != null) {
            end(open);
        }
        Step step = new Step(this, label, clock.getAsLong());
        current = step;
        if (threaded && redraw == null) {
            ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "equality-duty-progress");
                t.setDaemon(true);
                return t;
            });
            redraw = thread;
            // Runs until close() shuts the thread down; its future holds nothing to wait for.
            var unused = thread.scheduleAtFixedRate(this::tick, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
        }
        return step;
    }

    /**
     * A stream where each line printed starts a step labelled with it (a trailing {@code ...} dropped): for code
     * that prints its progress as lines. Discards everything when quiet.
     */
    PrintStream lines() {
        if (!isLive()) {
            return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        }
        return new PrintStream(new LineSteps(this), true, StandardCharsets.UTF_8);
    }

    /** Redraws the open step if it has run longer than {@link #DELAY_NANOS}. */
    synchronized void tick() {
        Step s = current;
        if (s == null || err == null) {
            return;
        }
        long elapsed = clock.getAsLong() - s.started;
        if (elapsed < DELAY_NANOS) {
            return;
        }
        s.shown = true;
        draw(s.label + "... " + (s.count > 0 ? String.format(Locale.ROOT, "%,d %s, ", s.count, s.unit) : "")
                + elapsed / 1_000_000_000L + " s", false);
    }

    /** Ends the open step, if any, and stops redrawing. */
    @Override
    public synchronized void close() {
        Step open = current;
        if (open != null) {
            end(open);
        }
        ScheduledExecutorService thread = redraw;
        if (thread != null) {
            thread.shutdownNow();
            redraw = null;
        }
    }

    private synchronized void end(Step s) {
        if (s != current) {
            return;
        }
        current = null;
        if (s.shown && err != null) {
            double seconds = (clock.getAsLong() - s.started) / 1e9;
            draw(s.label + "... done in " + String.format(Locale.ROOT, "%.1f s", seconds)
                    + (s.count > 0 ? String.format(Locale.ROOT, " (%,d %s)", s.count, s.unit) : ""), true);
        }
    }

    private void draw(String text, boolean last) {
        PrintStream to = err;
        if (to == null) {
            return;
        }
        StringBuilder line = new StringBuilder("\r").append(text);
        for (int i = text.length(); i < drawnWidth; i++) {
            line.append(' ');
        }
        drawnWidth = last ? 0 : text.length();
        if (last) {
            line.append('\n');
        }
        to.print(line);
        to.flush();
    }

    /** One step; closing it ends it. */
    static final class Step implements AutoCloseable {
        private final Progress owner;
        private final String label;
        private final long started;
        private volatile long count;
        private volatile String unit = "rows";
        private boolean shown;

        private Step(Progress owner, String label, long started) {
            this.owner = owner;
            this.label = label;
            this.started = started;
        }

        /**
         * Sets how many units (rows, by default) are done.
         *
         * @param done  the count so far
         * @return this step
         */
        Step count(long done) {
            this.count = done;
            return this;
        }

        /**
         * Names the unit the count is in.
         *
         * @param name  such as {@code rows} or {@code schools}
         * @return this step
         */
        Step unit(String name) {
            this.unit = name;
            return this;
        }

        @Override
        public void close() {
            owner.end(this);
        }
    }

    /** Turns lines of text into steps. */
    private static final class LineSteps extends OutputStream {
        private final Progress owner;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineSteps(Progress owner) {
            this.owner = owner;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8).strip();
                line.reset();
                if (text.endsWith("...")) {
                    text = text.substring(0, text.length() - 3);
                }
                if (!text.isEmpty()) {
                    owner.step(text);
                }
            } else if (b != '\r') {
                line.write(b);
            }
        }
    }
}
