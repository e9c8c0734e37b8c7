package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every relative link of the docs leads to a file that exists, and every page is linked from the index. */
class LinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void relativeLinksResolve() {
        Path root = Docs.root();
        int links = 0;
        for (Path page : Docs.pages()) {
            String text = Docs.read(page).replaceAll("(?s)```.*?```", "");
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // an absolute URL
                }
                if (target.startsWith("#")) {
                    assertThat(anchors(page)).as("%s links to %s: no such heading", page, target).contains(target.substring(1));
                    links++;
                    continue;
                }
                String file = target.replaceFirst("#.*$", "");
                Path resolved = root.resolve(page).getParent().resolve(file).normalize();
                assertThat(Files.exists(resolved)).as("%s links to %s, which does not exist", page, target).isTrue();
                int hash = target.indexOf('#');
                if (hash >= 0 && file.endsWith(".md")) {
                    String anchor = target.substring(hash + 1);
                    assertThat(anchors(root.relativize(resolved))).as("%s links to %s: no such heading", page, target)
                            .contains(anchor);
                }
                links++;
            }
        }
        assertThat(links).isPositive();
    }

    /** @return the anchors GitHub makes of a page's headings: lower case, punctuation dropped, spaces to hyphens */
    static Set<String> anchors(Path page) {
        Set<String> anchors = new HashSet<>();
        String text = Docs.read(page).replaceAll("(?s)\n```.*?\n```", "");
        for (String line : text.lines().toList()) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
                anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    @Test
    void theIndexLinksEveryPage() {
        String index = Docs.read(Path.of("docs/index.md"));
        for (Path page : Docs.pages()) {
            if (page.startsWith("docs") && !page.equals(Path.of("docs/index.md"))) {
                String relative = Path.of("docs").relativize(page).toString().replace('\\', '/');
                assertThat(index).as("docs/index.md should link %s", relative).contains("](" + relative);
            }
        }
    }
}
