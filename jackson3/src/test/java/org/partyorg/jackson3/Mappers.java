package org.partyorg.jackson3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 mapper the tests use, and the example files (Jackson 2's mapper: {@link Jackson2}). */
final class Mappers {
    private Mappers() {
    }

    /**
     * @param failOnUnknown Jackson's {@code FAIL_ON_UNKNOWN_PROPERTIES}
     * @return a Jackson 3 mapper with this module's
     */
    static JsonMapper jackson3(boolean failOnUnknown) {
        return JsonMapper.builder().addModule(new PartyOrgModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, failOnUnknown).build();
    }

    /**
     * @param folder a folder, relative to the repository root
     * @param suffix the files' ending
     * @return its files with that ending, sorted
     */
    static List<Path> files(String folder, String suffix) {
        try (Stream<Path> s = Files.list(Path.of(folder))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
