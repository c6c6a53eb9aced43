package org.equalityduty.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the migration scripts ({@code docs/migration/*.sed} and {@code *.pl}): every qualified name of ours that a
 * substitution writes must be a public type of an exported package, so that the rewritten code compiles.
 *
 * @since 0.2.0
 */
public final class MigrationScripts {
    /** A substitution {@code s/OLD/NEW/flags} (sed or Perl): group 1 is NEW. */
    private static final Pattern SUBSTITUTION = Pattern.compile("^\\s*s/(?:[^/\\\\]|\\\\.)*/((?:[^/\\\\]|\\\\.)*)/");
    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.equalityduty(?:\\.[A-Za-z_]\\w*)+");

    private MigrationScripts() {
    }

    /**
     * Finds the names a script writes that are not public types.
     *
     * @param script  a sed or Perl script of substitutions, not null
     * @param publicTypes  the qualified names of the public types, nested ones included, not null
     * @return lines such as {@code 0.2-core-moves.sed:11: org.equalityduty.core.Gone is not a public type},
     *         unmodifiable, not null; empty when every target exists
     * @throws UncheckedIOException if the script cannot be read
     * @since 0.2.0
     */
    public static List<String> missingTargets(Path script, Set<String> publicTypes) {
        Objects.requireNonNull(publicTypes, "publicTypes");
        List<String> lines;
        try {
            lines = Files.readAllLines(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + script, e);
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher s = SUBSTITUTION.matcher(lines.get(i));
            if (!s.find()) {
                continue;
            }
            String replacement = s.group(1).replace("\\.", ".");
            Matcher q = QUALIFIED.matcher(replacement);
            while (q.find()) {
                String name = q.group();
                if (!publicTypes.contains(name)) {
                    missing.add(script.getFileName() + ":" + (i + 1) + ": " + name + " is not a public type");
                }
            }
        }
        return Collections.unmodifiableList(missing);
    }
}
