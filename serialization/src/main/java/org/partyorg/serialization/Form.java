package org.partyorg.serialization;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The two forms of an exchange file (docs/format.md): one JSON document, or an NDJSON stream of a
 * header line and one record per line.
 */
public enum Form {
    /** One JSON document with a section per record type ({@code .json}). */
    DOCUMENT,
    /** A header line, then one record per line ({@code .ndjson}, {@code .jsonl}). */
    STREAM;

    /**
     * The form a file's name says it holds: {@link #STREAM} for {@code .ndjson} and {@code .jsonl}
     * (in any case), {@link #DOCUMENT} for anything else.
     *
     * @param file a file name, not null
     * @return its form
     */
    public static Form ofFileName(Path file) {
        Path name = Objects.requireNonNull(file, "file").getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ndjson") || n.endsWith(".jsonl") ? STREAM : DOCUMENT;
    }
}
