package org.partyorg.serialization;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * One call that reads and validates an exchange file: the document form, or the stream form for
 * files named {@code *.ndjson} or {@code *.jsonl}. Shape and content findings come back together.
 *
 * <pre>{@code
 * ValidationReport report = PartyOrg.validate(Path.of("guizhou.json"));
 * if (report.hasErrors()) { ... }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class PartyOrg {
    private PartyOrg() {
    }

    /**
     * @param file an exchange file
     * @return every finding, with default options
     * @throws ReadException if the file cannot be read
     */
    public static ValidationReport validate(Path file) {
        return validate(file, ValidationOptions.defaults());
    }

    /**
     * @param file an exchange file
     * @param options validation options
     * @return every finding
     * @throws ReadException if the file cannot be read
     */
    public static ValidationReport validate(Path file, ValidationOptions options) {
        Objects.requireNonNull(file, "file");
        return isStream(file)
                ? StreamReader.create().withOptions(options).validate(file)
                : DatasetReader.create().withOptions(options).validate(file);
    }

    /**
     * @param file a file name
     * @return whether its name says it holds the stream form ({@code .ndjson}, {@code .jsonl})
     */
    public static boolean isStream(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ndjson") || n.endsWith(".jsonl");
    }
}
