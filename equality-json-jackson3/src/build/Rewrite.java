import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rewrites a source tree written against Jackson 2 into one that compiles against Jackson 3, by the rules of a
 * rule file (see jackson3.rules for its format). Run by the build with the JDK's source launcher:
 *
 * <pre>java Rewrite.java RULES FROM TO [OVERLAY]</pre>
 *
 * Every file under FROM is copied to TO; its relative path and, for text files (.java, .properties and the
 * files under META-INF/services), its content are rewritten by the rules in order. Files matching an
 * {@code exclude} rule are not copied; rules after a {@code skip} line leave the files matching its globs alone. Files under OVERLAY (if given and present) are then copied unchanged on
 * top: they hold what a textual rule cannot express. TO is emptied first, so the output depends only on the
 * inputs.
 */
public final class Rewrite {
    private record Rule(int line, Pattern pattern, String replacement, List<PathMatcher> skip) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: java Rewrite.java RULES FROM TO [OVERLAY]");
            System.exit(2);
        }
        Path rulesFile = Path.of(args[0]);
        Path from = Path.of(args[1]);
        Path to = Path.of(args[2]);
        List<Rule> rules = new ArrayList<>();
        List<PathMatcher> excludes = new ArrayList<>();
        List<PathMatcher> skip = List.of();
        List<String> lines = Files.readAllLines(rulesFile, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("skip ")) {
                // the rules after this line leave the files matching these globs as they are
                skip = new ArrayList<>();
                for (String glob : line.substring(5).trim().split("\\s+")) {
                    skip.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
                }
                continue;
            }
            if (line.startsWith("exclude ")) {
                excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + line.substring(8).trim()));
                continue;
            }
            int arrow = line.indexOf(" => ");
            if (arrow < 0) {
                throw new IllegalArgumentException(rulesFile + ":" + (i + 1) + ": expected 'PATTERN => REPLACEMENT'");
            }
            String replacement = line.substring(arrow + 4);
            rules.add(new Rule(i + 1, Pattern.compile(line.substring(0, arrow)),
                    replacement.equals("\"\"") ? "" : replacement, skip));
        }
        deleteTree(to);
        if (Files.isDirectory(from)) {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    Path relative = from.relativize(file);
                    String name = relative.toString().replace(java.io.File.separatorChar, '/');
                    if (excludes.stream().anyMatch(m -> m.matches(relative))) {
                        continue;
                    }
                    Path target = to.resolve(apply(rules, relative, name));
                    Files.createDirectories(target.getParent());
                    if (isText(name)) {
                        String text = Files.readString(file, StandardCharsets.UTF_8);
                        Files.writeString(target, apply(rules, relative, text), StandardCharsets.UTF_8);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
        }
        if (args.length == 4 && Files.isDirectory(Path.of(args[3]))) {
            Path overlay = Path.of(args[3]);
            try (Stream<Path> files = Files.walk(overlay)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    Path target = to.resolve(overlay.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        System.out.println("Rewrite: " + from + " -> " + to + " by " + rules.size() + " rules");
    }

    /** Whether a file's content is rewritten (other files are copied byte for byte). */
    private static boolean isText(String name) {
        return name.endsWith(".java") || name.endsWith(".properties") || name.startsWith("META-INF/services/");
    }

    private static String apply(List<Rule> rules, Path file, String text) {
        String s = text;
        for (Rule rule : rules) {
            if (rule.skip().stream().anyMatch(m -> m.matches(file))) {
                continue;
            }
            s = rule.pattern().matcher(s).replaceAll(rule.replacement());
        }
        return s;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
    }
}
