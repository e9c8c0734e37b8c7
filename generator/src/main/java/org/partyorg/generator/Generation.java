package org.partyorg.generator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.partyorg.core.Dataset;
import org.partyorg.core.RecordType;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.DatasetWriter;
import org.partyorg.serialization.StreamWriter;

/**
 * A generated dataset together with its {@link Manifest} (record counts and the findings of the
 * planted defects), from {@link Generator#generate()}.
 *
 * <p>Defects that no record can hold (a repeated key, a wrong JSON type, a date that does not exist,
 * an unknown field) exist only in the written forms: {@link #writeDocument} and {@link #writeStream}
 * write them, with every record at the index and line the manifest names; {@link #dataset()} holds
 * what a reader makes of the document (the value of a wrong type is unknown, so absent).
 *
 * <p>Immutable and thread-safe.
 */
public final class Generation {
    private final Dataset dataset;
    private final Manifest manifest;
    private final PlantedData planted;

    /**
     * A generation without defects that live only in the written forms.
     *
     * @param dataset the dataset
     * @param manifest what was generated
     */
    public Generation(Dataset dataset, Manifest manifest) {
        this(Objects.requireNonNull(dataset, "dataset"), Objects.requireNonNull(manifest, "manifest"), null);
    }

    private Generation(Dataset dataset, Manifest manifest, PlantedData planted) {
        this.dataset = dataset;
        this.manifest = manifest;
        this.planted = planted;
    }

    static Generation planted(PlantedData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            data.writeDocument(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dataset dataset = DatasetReader.create().read(new ByteArrayInputStream(bytes.toByteArray())).dataset();
        Manifest manifest = new Manifest(data.count(RecordType.ORGANIZATION), data.count(RecordType.MEMBER), data.count(RecordType.GRID),
                data.count(RecordType.SERVICE_RECORD), data.count(RecordType.POSTING), data.manifest());
        return new Generation(dataset, manifest, data);
    }

    /** @return the dataset; with defects that only the written forms hold, what a reader makes of them */
    public Dataset dataset() {
        return dataset;
    }

    /** @return what was generated and the findings the planted defects must produce */
    public Manifest manifest() {
        return manifest;
    }

    /**
     * Writes the document form, with every planted defect; the manifest's {@link ExpectedFinding#documentPath()}s
     * are its paths.
     *
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException on output failure
     */
    public void writeDocument(OutputStream out) {
        try {
            if (planted == null) {
                DatasetWriter.create().write(dataset, out);
            } else {
                planted.writeDocument(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the stream form, with every planted defect: the header, then the records section by
     * section (organizations, members, ... elections); the manifest's {@link ExpectedFinding#streamPath()}s
     * are its paths.
     *
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException on output failure
     */
    public void writeStream(OutputStream out) {
        try {
            if (planted == null) {
                StreamWriter.write(dataset, out);
            } else {
                planted.writeStream(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Generation g && g.dataset.equals(dataset) && g.manifest.equals(manifest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataset, manifest);
    }

    @Override
    public String toString() {
        return "Generation[" + manifest + "]";
    }
}
