package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block of the docs is a copy of a tagged region of this module's sources or of
 * the Spring Boot example's (spring-boot-example, whose own tests run it on its embedded server),
 * which are compiled and run by the tests, so a code example cannot rot.
 *
 * <p>In a page: {@code <!-- example: NAME -->} on the line before the fence. In the sources: the
 * lines between a line {@code // tag::NAME[]} and a line {@code // end::NAME[]}, de-indented (lines
 * holding other tag markers are left out, so regions may nest).
 */
class DocSnippetsTest {
    private static final Pattern TAG = Pattern.compile("^\\s*//\\s*tag::([\\w.-]+)\\[\\]\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*//\\s*end::([\\w.-]+)\\[\\]\\s*$");
    private static final Pattern MARKER = Pattern.compile("example:\\s*([\\w.-]+)");

    /** The source trees whose tagged regions the docs show. */
    static final List<String> SOURCES = List.of("docs-examples/src", "spring-boot-example/src");

    /** @return every tagged region of the {@link #SOURCES}, by name */
    static Map<String, String> regions() throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        for (String source : SOURCES) {
            try (Stream<Path> walk = Files.walk(Docs.root().resolve(source))) {
                files.addAll(walk.filter(p -> p.toString().endsWith(".java")).sorted().toList());
            }
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher tag = TAG.matcher(lines.get(i));
                if (!tag.find()) {
                    continue;
                }
                String name = tag.group(1);
                List<String> body = new ArrayList<>();
                int j = i + 1;
                for (; j < lines.size(); j++) {
                    Matcher end = END.matcher(lines.get(j));
                    if (end.find() && end.group(1).equals(name)) {
                        break;
                    }
                    if (!TAG.matcher(lines.get(j)).find() && !END.matcher(lines.get(j)).find()) {
                        body.add(lines.get(j));
                    }
                }
                assertThat(j).as("%s: tag %s is never ended", file, name).isLessThan(lines.size());
                assertThat(regions).as("tag %s is defined twice", name).doesNotContainKey(name);
                regions.put(name, normalize(body));
            }
        }
        return regions;
    }

    /** Strips the common indentation and trailing blanks, and blank lines at both ends. */
    static String normalize(List<String> lines) {
        List<String> l = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
        while (!l.isEmpty() && l.get(0).isEmpty()) {
            l.remove(0);
        }
        while (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) {
            l.remove(l.size() - 1);
        }
        int indent = l.stream().filter(s -> !s.isEmpty()).mapToInt(s -> s.length() - s.stripLeading().length()).min().orElse(0);
        return String.join("\n", l.stream().map(s -> s.isEmpty() ? s : s.substring(indent)).toList());
    }

    @Test
    void everyJavaBlockEqualsItsTaggedRegion() throws IOException {
        Map<String, String> regions = regions();
        List<Docs.Block> java = Docs.allBlocks().stream().filter(b -> b.language().equals("java")).toList();
        assertThat(java).as("the docs show Java code").isNotEmpty();
        for (Docs.Block b : java) {
            assertThat(b.marker()).as("%s: a ```java block needs <!-- example: NAME --> on the line before it", b.where())
                    .isNotNull();
            Matcher m = MARKER.matcher(b.marker());
            assertThat(m.matches()).as("%s: marker '%s' is not 'example: NAME'", b.where(), b.marker()).isTrue();
            String name = m.group(1);
            assertThat(regions).as("%s: no region tagged %s in %s", b.where(), name, SOURCES).containsKey(name);
            assertThat(normalize(b.body()))
                    .as("%s: the block differs from the region tagged %s; copy the region into the page", b.where(), name)
                    .isEqualTo(regions.get(name));
        }
    }

    @Test
    void everyOutputBlockBelongsToAnExample() throws IOException {
        Map<String, String> regions = regions();
        for (Docs.Block b : Docs.allBlocks()) {
            if (b.marker() != null && b.marker().startsWith("output:")) {
                String name = b.marker().substring("output:".length()).strip();
                assertThat(regions).as("%s: no example %s prints this output", b.where(), name).containsKey(name);
            }
        }
    }

    @Test
    void everyTaggedRegionIsShownSomewhere() throws IOException {
        Set<String> shown = new TreeSet<>();
        for (Docs.Block b : Docs.allBlocks()) {
            if (b.marker() != null) {
                Matcher m = MARKER.matcher(b.marker());
                if (m.matches()) {
                    shown.add(m.group(1));
                }
            }
        }
        assertThat(shown).as("regions in %s that no page shows", SOURCES).containsAll(regions().keySet());
    }
}
