package org.equalityduty.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the links of a Markdown document: every link to a file of the repository (not a web address, not an
 * anchor of the same page) must name a file or directory that exists.
 *
 * @since 0.2.0
 */
public final class DocumentLinks {
    /** An inline link or image, {@code [text](target)} or {@code [text](target "title")}: group 1 is the target. */
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private DocumentLinks() {
    }

    /**
     * Finds the links of a document whose file does not exist. Code blocks (fenced with three backticks) are not
     * read.
     *
     * @param document  a Markdown file, not null
     * @return lines such as {@code README.md:12: docs/gone.md does not exist}, unmodifiable, not null
     * @throws UncheckedIOException if the document cannot be read
     * @since 0.2.0
     */
    public static List<String> broken(Path document) {
        List<String> lines;
        try {
            lines = Files.readAllLines(document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + document, e);
        }
        Path dir = document.toAbsolutePath().getParent();
        List<String> broken = new ArrayList<>();
        boolean code = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.trim().startsWith("```")) {
                code = !code;
                continue;
            }
            if (code) {
                continue;
            }
            Matcher m = LINK.matcher(line);
            while (m.find()) {
                String target = m.group(1);
                if (SCHEME.matcher(target).find() || target.startsWith("#")) {
                    continue;
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                if (dir == null || !Files.exists(dir.resolve(file))) {
                    broken.add(document.getFileName() + ":" + (i + 1) + ": " + file + " does not exist");
                }
            }
        }
        return Collections.unmodifiableList(broken);
    }
}
