package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
                if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
                    continue; // absolute URL or an anchor in the same page
                }
                String file = target.replaceFirst("#.*$", "");
                Path resolved = root.resolve(page).getParent() == null ? root.resolve(file)
                        : root.resolve(page).getParent().resolve(file);
                assertThat(Files.exists(resolved.normalize())).as("%s links to %s, which does not exist", page, target).isTrue();
                links++;
            }
        }
        assertThat(links).isPositive();
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
