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
 *
 * <p>A block starts with the imports its code needs, so that it can be copied as it is printed:
 * the import lines of the region's file whose simple name the region's code uses (outside comments
 * and string literals), static ones first, then a blank line. They are the file's own imports, so
 * they compile; and since the file compiles, no type the code names from another package is left
 * out. A region that holds its imports itself (a whole file) is shown as it is.
 */
class DocSnippetsTest {
    private static final Pattern TAG = Pattern.compile("^\\s*//\\s*tag::([\\w.-]+)\\[\\]\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*//\\s*end::([\\w.-]+)\\[\\]\\s*$");
    private static final Pattern MARKER = Pattern.compile("example:\\s*([\\w.-]+)");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)\\s*;\\s*$");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$.])[A-Za-z_$][\\w$]*");

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
            List<String> imports = lines.stream().filter(l -> IMPORT.matcher(l).matches()).toList();
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
                List<String> shown = importsUsed(imports, body);
                String code = normalize(body);
                regions.put(name, shown.isEmpty() ? code : String.join("\n", shown) + "\n\n" + code);
            }
        }
        return regions;
    }

    /**
     * @param imports the import lines of a file, in their order
     * @param body the lines of a region of that file
     * @return the import lines the region's code needs and does not hold itself: static imports
     *     first, a blank line between them and the others
     */
    static List<String> importsUsed(List<String> imports, List<String> body) {
        Set<String> held = new TreeSet<>();
        StringBuilder code = new StringBuilder();
        for (String line : body) {
            if (IMPORT.matcher(line.strip()).matches()) {
                held.add(line.strip());
            } else {
                code.append(line).append('\n');
            }
        }
        Set<String> used = new TreeSet<>();
        Matcher id = IDENTIFIER.matcher(withoutCommentsAndLiterals(code.toString()));
        while (id.find()) {
            used.add(id.group());
        }
        List<String> statics = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (String line : imports) {
            Matcher m = IMPORT.matcher(line);
            if (!m.matches() || held.contains(line.strip())) {
                continue;
            }
            String name = m.group(2).substring(m.group(2).lastIndexOf('.') + 1);
            if (used.contains(name)) {
                (m.group(1) != null ? statics : types).add(line.strip());
            }
        }
        List<String> out = new ArrayList<>(statics);
        if (!statics.isEmpty() && !types.isEmpty()) {
            out.add("");
        }
        out.addAll(types);
        return out;
    }

    /** Java code with comments, string, text-block and character literals blanked out. */
    static String withoutCommentsAndLiterals(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 2;
                out.append(' ');
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                i = end < 0 ? code.length() : end + 3;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < code.length() && code.charAt(i) != c && code.charAt(i) != '\n') {
                    i += code.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
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
                    .as("%s: the block differs from the region tagged %s and the imports its code uses;"
                            + " copy them into the page (docs-examples/tools/sync-snippets.py)", b.where(), name)
                    .isEqualTo(regions.get(name));
        }
    }

    @Test
    void aBlockShowsTheImportsItsCodeUses() {
        List<String> imports = List.of("import static org.assertj.core.api.Assertions.assertThat;",
                "import java.io.File;", "import java.nio.file.Path;", "import java.util.List;",
                "import org.partyorg.serialization.ReportWriter.FileReport;", "import org.partyorg.validation.Finding;");
        List<String> body = List.of(
                "    Path file = Path.of(\"List.json\");   // a List of Finding",
                "    /* File */ var reports = List.of(new FileReport(file.toString(), report));",
                "    assertThat(reports).hasSize(1);");
        assertThat(importsUsed(imports, body)).containsExactly(
                "import static org.assertj.core.api.Assertions.assertThat;", "",
                "import java.nio.file.Path;", "import java.util.List;",
                "import org.partyorg.serialization.ReportWriter.FileReport;");
        assertThat(importsUsed(imports, List.of("import java.io.File;", "File f = new File(\"x\");"))).isEmpty();
        assertThat(importsUsed(imports, List.of("x.Path p = report.List;"))).isEmpty();
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
