package org.partyorg.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documentation as the tests see it: the Markdown pages and their fenced code blocks. Paths are
 * relative to the repository root, which surefire makes the working directory (as for a reader
 * who runs the examples from a checkout).
 */
final class Docs {
    /** The pages whose code blocks are checked: every page under docs/, and the root pages. */
    static final List<String> ROOT_PAGES = List.of("README.md", "CONTRIBUTING.md", "CHANGELOG.md");

    private Docs() {
    }

    /** @return the repository root */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("docs/examples")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from the repository root (no docs/examples above " + here + ")");
    }

    /** @return every Markdown page of the user guide, relative to the root, in a stable order */
    static List<Path> pages() {
        Path root = root();
        List<Path> pages = new ArrayList<>();
        for (String p : ROOT_PAGES) {
            if (Files.isRegularFile(root.resolve(p))) {
                pages.add(Path.of(p));
            }
        }
        try (Stream<Path> walk = Files.walk(root.resolve("docs"))) {
            walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(p -> pages.add(root.relativize(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    static String read(Path relative) {
        try {
            return Files.readString(root().resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fenced code block.
     *
     * @param page the page
     * @param line the 1-based line of the opening fence
     * @param language the info string, e.g. {@code java}
     * @param marker the HTML comment right before the fence ({@code <!-- example: x -->} gives
     *     {@code example: x}), or null
     * @param body the lines between the fences
     */
    record Block(Path page, int line, String language, String marker, List<String> body) {
        String where() {
            return page + ":" + line;
        }

        String text() {
            return String.join("\n", body);
        }
    }

    /** @return the fenced blocks of a page, in order */
    static List<Block> blocks(Path page) {
        List<String> lines = read(page).lines().toList();
        List<Block> out = new ArrayList<>();
        String marker = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.startsWith("<!--") && trimmed.endsWith("-->")) {
                marker = trimmed.substring(4, trimmed.length() - 3).strip();
                continue;
            }
            if (trimmed.startsWith("```")) {
                String fence = trimmed.substring(0, trimmed.length() - trimmed.replaceFirst("^`+", "").length());
                String language = trimmed.substring(fence.length()).strip();
                List<String> body = new ArrayList<>();
                int start = i + 1;
                i++;
                while (i < lines.size() && !lines.get(i).strip().equals(fence)) {
                    body.add(lines.get(i));
                    i++;
                }
                if (i == lines.size()) {
                    throw new IllegalStateException(page + ":" + start + ": unclosed code fence");
                }
                out.add(new Block(page, start, language, marker, body));
                marker = null;
                continue;
            }
            if (!trimmed.isEmpty()) {
                marker = null; // a marker applies only to the block right after it
            }
        }
        return out;
    }

    /** @return every block of every page */
    static List<Block> allBlocks() {
        List<Block> out = new ArrayList<>();
        for (Path p : pages()) {
            out.addAll(blocks(p));
        }
        return out;
    }
}
