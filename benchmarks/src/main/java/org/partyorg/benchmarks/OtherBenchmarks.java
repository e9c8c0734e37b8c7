package org.partyorg.benchmarks;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.RecordConsumer;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.DivisionLevel;
import org.partyorg.divisions.Division;
import org.partyorg.divisions.NbsDivisions;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.RecordHandler;
import org.partyorg.serialization.StreamReader;
import org.partyorg.serialization.StreamWriter;
import org.partyorg.validation.ValidationReport;

/**
 * (f) document validation of the Guizhou province (3.2 M records in one document), (g) writing
 * the 1M-member stream from records held in memory, (h) division registry lookups.
 */
public class OtherBenchmarks {

    /** (f): the document form is held in memory whole, hence the larger heap. */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
    public static class Document {
        private Path province;

        @Setup(Level.Trial)
        public void setUp() {
            province = Inputs.province();
        }

        @Benchmark
        public ValidationReport f_documentProvince() {
            return DatasetReader.create().validate(province);
        }
    }

    /** (g): records bound once in the setup, written as the stream form to nowhere. */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 3)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
    public static class Write {
        private final List<ExchangeRecord> records = new ArrayList<>();

        @Setup(Level.Trial)
        public void setUp() {
            StreamReader.create().read(Inputs.members().file(), RecordHandler.of(RecordConsumer.of(records::add)));
        }

        @Benchmark
        public long g_writeStream() {
            CountingStream out = new CountingStream();
            try (StreamWriter w = StreamWriter.to(out)) {
                w.header("1.0", LocalDate.of(2023, 8, 18), null);
                records.forEach(w::accept);
            }
            return out.bytes;
        }
    }

    /** (h): {@code contains} of village codes, 90% known and 10% unknown, one lookup per operation. */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public static class Divisions {
        static final int N = 1 << 16;
        private final DivisionCode[] codes = new DivisionCode[N];
        private NbsDivisions registry;

        @Setup(Level.Trial)
        public void setUp() {
            registry = NbsDivisions.nbs2023();
            List<Division> villages = registry.divisions(DivisionLevel.VILLAGE);
            Random random = new Random(1);
            for (int i = 0; i < N; i++) {
                String code = villages.get(random.nextInt(villages.size())).code().text();
                codes[i] = DivisionCode.lenient(i % 10 == 0 ? code.substring(0, 9) + "999" : code);
            }
        }

        @Benchmark
        @OperationsPerInvocation(N)
        public int h_divisionLookups() {
            int found = 0;
            for (DivisionCode c : codes) {
                if (registry.contains(c)) {
                    found++;
                }
            }
            return found;
        }
    }

    /** Counts the bytes written. */
    static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
