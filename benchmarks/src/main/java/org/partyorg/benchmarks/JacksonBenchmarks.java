package org.partyorg.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.partyorg.core.Dataset;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.DatasetWriter;
import org.partyorg.serialization.PartyOrgModule;
import org.partyorg.serialization.StreamReader;
import org.partyorg.serialization.StreamWriter;
import org.partyorg.validation.ValidationReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * The binder and the writer behind the readers and both Jackson modules, on the Guizhou example
 * (docs/examples/guizhou.json: 9,974 records, 2.4 MB): each Jackson module writing and reading the
 * dataset, the alternative that was not taken (a Jackson 3 module handing every value to the
 * Jackson 2 module: {@link Delegating}), and the document and stream readers validating it. Run
 * before and after a change to the binder or the writer to see what it costs (docs/design.md, "One
 * binder and one writer for both Jackson lines"):
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar JacksonBenchmarks</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class JacksonBenchmarks {
    private byte[] document;
    private byte[] stream;
    private Dataset dataset;
    private ObjectMapper jackson2;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        document = Files.readAllBytes(Path.of(System.getProperty("partyorg.bench.guizhou", "docs/examples/guizhou.json")));
        dataset = DatasetReader.create().read(new ByteArrayInputStream(document)).orThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamWriter.write(dataset, out);
        stream = out.toByteArray();
        jackson2 = new ObjectMapper().registerModule(new PartyOrgModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * The Jackson 3 mappers, set up only for their own benchmarks: in the others' forks the binder and
     * the writer see the Jackson 2 adapters alone, as in the command line.
     */
    @State(Scope.Benchmark)
    public static class Jackson3Mappers {
        private JsonMapper jackson3;
        private JsonMapper delegating;

        @Setup(Level.Trial)
        public void setUp(JacksonBenchmarks b) throws IOException {
            jackson3 = Jackson3.mapper(Jackson3.partyorg());
            delegating = Jackson3.exactDecimals(new Delegating(b.jackson2));
            byte[] expected = b.jackson2.writeValueAsBytes(b.dataset);
            check("Jackson 3 writes", Arrays.equals(jackson3.writeValueAsBytes(b.dataset), expected));
            check("delegating writes", Arrays.equals(delegating.writeValueAsBytes(b.dataset), expected));
            check("Jackson 3 reads", jackson3.readValue(b.document, Dataset.class).equals(b.dataset));
            check("delegating reads", delegating.readValue(b.document, Dataset.class).equals(b.dataset));
        }
    }

    private static void check(String what, boolean same) {
        if (!same) {
            throw new IllegalStateException(what + " differently from the Jackson 2 module");
        }
    }

    /** The Jackson 2 module writes the dataset, compact. */
    @Benchmark
    public byte[] jackson2Write() throws IOException {
        return jackson2.writeValueAsBytes(dataset);
    }

    /** The Jackson 2 module binds the document. */
    @Benchmark
    public Dataset jackson2Read() throws IOException {
        return jackson2.readValue(document, Dataset.class);
    }

    /** The Jackson 3 module writes the dataset, compact. */
    @Benchmark
    public byte[] jackson3Write(Jackson3Mappers m) {
        return m.jackson3.writeValueAsBytes(dataset);
    }

    /** The Jackson 3 module binds the document. */
    @Benchmark
    public Dataset jackson3Read(Jackson3Mappers m) {
        return m.jackson3.readValue(document, Dataset.class);
    }

    /** The alternative: Jackson 3 writing what the Jackson 2 module wrote, as a raw value. */
    @Benchmark
    public byte[] delegatingWrite(Jackson3Mappers m) {
        return m.delegating.writeValueAsBytes(dataset);
    }

    /** The alternative: Jackson 3 reading a tree, which the Jackson 2 module binds from its text. */
    @Benchmark
    public Dataset delegatingRead(Jackson3Mappers m) {
        return m.delegating.readValue(document, Dataset.class);
    }

    /** The document reader: parse, bind, every rule. */
    @Benchmark
    public ValidationReport readerDocument() {
        return DatasetReader.create().validate(new ByteArrayInputStream(document));
    }

    /** The stream reader on the same records as NDJSON. */
    @Benchmark
    public ValidationReport readerStream() {
        return StreamReader.create().validate(new ByteArrayInputStream(stream));
    }

    /** The document writer, pretty-printed. */
    @Benchmark
    public int writerDocument() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length);
        DatasetWriter.create().write(dataset, out);
        return out.size();
    }
}
