package org.equalityduty.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Golden files under {@code src/test/resources/golden/}. Run the tests with {@code -Dgolden.update=true} to
 * rewrite them from the current writer, then review the diff before committing.
 */
final class Golden {
    private static final Path DIR = Paths.get("src/test/resources/golden");

    private Golden() {
    }

    static String read(String name, String current) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, current, StandardCharsets.UTF_8);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static Path path(String name) {
        return DIR.resolve(name);
    }
}
