package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Objects;
import org.partyorg.core.Application;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.Election;
import org.partyorg.core.Grid;
import org.partyorg.core.Meeting;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordConsumer;
import org.partyorg.core.RecordType;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.Source;
import org.partyorg.core.Transfer;
import org.partyorg.serialization.internal.bind.Jackson2Sink;
import org.partyorg.serialization.internal.bind.RecordWriter;

/**
 * Writes the stream form (docs/format.md, Stream form): a header line, then one record per line with its
 * {@code recordType} first, each line ending in {@code \n}. Records are written as they are
 * handed over, so a national export never has to be held in memory.
 *
 * <p>Not thread-safe: one writer per output. {@link #close()} flushes and closes the generator but
 * not the underlying stream.
 */
public final class StreamWriter implements RecordConsumer, Closeable, Flushable {
    /** Nothing between root values: each line's newline is written by {@link #line}. */
    private static final JsonFactory FACTORY = new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private final JsonGenerator g;
    private final Jackson2Sink sink;
    private boolean headerWritten;

    private StreamWriter(OutputStream out) throws IOException {
        g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        sink = new Jackson2Sink(g);
    }

    /**
     * @param out where to write
     * @return a writer
     * @throws UncheckedIOException if the generator cannot be made
     */
    public static StreamWriter to(OutputStream out) {
        try {
            return new StreamWriter(Objects.requireNonNull(out, "out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a whole dataset: header, organizations, members, grids, service records, postings (the
     * order that lets a stream validator keep the least pending).
     *
     * @param dataset the dataset
     * @param out where to write; flushed, not closed
     */
    public static void write(Dataset dataset, OutputStream out) {
        try (StreamWriter w = to(out)) {
            w.header(dataset.requiredSchemaVersion(), dataset.asOf(), dataset.coverageFrom(), dataset.source());
            w.acceptAll(dataset);
        }
    }

    /**
     * Writes the header line. Must come first, once.
     *
     * @param schemaVersion the version, e.g. {@code 1.0}
     * @param asOf the date the data describes
     * @param source the producing system, may be null
     */
    public void header(String schemaVersion, LocalDate asOf, Source source) {
        header(schemaVersion, asOf, null, source);
    }

    /**
     * Writes the header line with the format 1.1 coverage. Must come first, once. The caller declares
     * the version: {@code 1.1} when it will write a 1.1 field or record (the coverage, or a record of
     * a 1.1 type), {@code 1.0} otherwise, as {@link Dataset#requiredSchemaVersion()} says for a dataset;
     * a stream writer cannot know what comes after its first line.
     *
     * @param schemaVersion the version, e.g. {@code 1.1}
     * @param asOf the date the data describes
     * @param coverageFrom from when the 1.1 activity records are complete, may be null
     * @param source the producing system, may be null
     */
    public void header(String schemaVersion, LocalDate asOf, LocalDate coverageFrom, Source source) {
        if (headerWritten) {
            throw new IllegalStateException("the header was already written");
        }
        headerWritten = true;
        try {
            g.writeStartObject();
            g.writeStringField("recordType", "header");
            if (schemaVersion != null) {
                g.writeStringField("schemaVersion", schemaVersion);
            }
            if (asOf != null) {
                g.writeStringField("asOf", asOf.toString());
            }
            if (coverageFrom != null) {
                g.writeStringField("coverageFrom", coverageFrom.toString());
            }
            if (source != null) {
                g.writeFieldName("source");
                RecordWriter.source(sink, source);
            }
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param o the organization to write as a line */
    @Override
    public void organization(Organization o) {
        line(() -> RecordWriter.organization(sink, o, RecordType.ORGANIZATION.wireName()));
    }

    /** @param m the member to write as a line */
    @Override
    public void member(Member m) {
        line(() -> RecordWriter.member(sink, m, RecordType.MEMBER.wireName()));
    }

    /** @param x the grid to write as a line */
    @Override
    public void grid(Grid x) {
        line(() -> RecordWriter.grid(sink, x, RecordType.GRID.wireName()));
    }

    /** @param r the service record to write as a line */
    @Override
    public void serviceRecord(ServiceRecord r) {
        line(() -> RecordWriter.serviceRecord(sink, r, RecordType.SERVICE_RECORD.wireName()));
    }

    /** @param p the posting to write as a line */
    @Override
    public void posting(Posting p) {
        line(() -> RecordWriter.posting(sink, p, RecordType.POSTING.wireName()));
    }

    /** @param a the application to write as a line */
    @Override
    public void application(Application a) {
        line(() -> RecordWriter.application(sink, a, RecordType.APPLICATION.wireName()));
    }

    /** @param m the meeting to write as a line */
    @Override
    public void meeting(Meeting m) {
        line(() -> RecordWriter.meeting(sink, m, RecordType.MEETING.wireName()));
    }

    /** @param d the dues payment to write as a line */
    @Override
    public void duesPayment(DuesPayment d) {
        line(() -> RecordWriter.duesPayment(sink, d, RecordType.DUES_PAYMENT.wireName()));
    }

    /** @param t the transfer to write as a line */
    @Override
    public void transfer(Transfer t) {
        line(() -> RecordWriter.transfer(sink, t, RecordType.TRANSFER.wireName()));
    }

    /** @param e the election to write as a line */
    @Override
    public void election(Election e) {
        line(() -> RecordWriter.election(sink, e, RecordType.ELECTION.wireName()));
    }

    /** Writes one line. */
    @FunctionalInterface
    private interface LineWriter {
        void write() throws IOException;
    }

    private void line(LineWriter writer) {
        if (!headerWritten) {
            throw new IllegalStateException("write the header first");
        }
        try {
            writer.write();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            g.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
