package org.partyorg.examples.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** docs/guides/spring-boot.md, whose shown answers and settings the tests compare with the application's. */
final class Guide {
    static final Path PAGE = Path.of("docs/guides/spring-boot.md");

    private Guide() {
    }

    /**
     * @param marker the HTML comment's text before the block, e.g. {@code output: NAME}, or null for the first block
     * @param language the block's info string
     * @return the lines of the first fenced block of that language after the marker
     */
    static List<String> block(String marker, String language) {
        List<String> lines;
        try {
            lines = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int i = 0;
        if (marker != null) {
            while (i < lines.size() && !lines.get(i).strip().equals("<!-- " + marker + " -->")) {
                i++;
            }
        }
        while (i < lines.size() && !lines.get(i).strip().equals("```" + language)) {
            i++;
        }
        if (i == lines.size()) {
            throw new IllegalStateException(PAGE + " has no ```" + language + " block after " + marker);
        }
        List<String> body = new ArrayList<>();
        for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
            body.add(lines.get(i));
        }
        return body;
    }
}
