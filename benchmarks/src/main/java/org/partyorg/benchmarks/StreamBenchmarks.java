package org.partyorg.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
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
import org.openjdk.jmh.infra.Blackhole;
import org.partyorg.core.Grid;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.code.CreditCode;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.Education;
import org.partyorg.core.code.Ethnicity;
import org.partyorg.core.code.GridCode;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;
import org.partyorg.serialization.Schemas;
import org.partyorg.serialization.StreamReader;
import org.partyorg.serialization.internal.bind.Lines;
import org.partyorg.validation.ValidationReport;

/**
 * One pass over the same 1M-member stream (Guizhou's counties, generated once) per operation,
 * side by side in one run, so the ratios of docs/performance.md ("How we know it is fast") come from one
 * machine at one time:
 * <ul>
 *   <li>(a) {@link #a_tokenize}: Jackson streaming tokenization, every token and every string's text: the ceiling;</li>
 *   <li>(b) {@link #b_databind}: Jackson databind into partyorg's records, line by line (reflection; value types and
 *       dates through plain deserializers);</li>
 *   <li>(c) {@link #c_databindAndHibernateValidator}: (b) plus Hibernate Validator's {@code validate} of each record
 *       (partyorg's constraints: the per-record rules);</li>
 *   <li>(d) {@link #d_jsonSchema}: networknt json-schema-validator checking each line against partyorg's
 *       {@code streamRecord} schema (draft 2020-12), the generic alternative;</li>
 *   <li>(e) {@link #e_partyorgStream}: partyorg's stream validation: parse, bind, every per-record rule and the
 *       cross-record rules at the end, in a JVM with a 1 GiB heap.</li>
 * </ul>
 * Each reports seconds per pass; {@code benchmarks/run.sh} turns them into records per second and ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class StreamBenchmarks {
    private Inputs.Stream input;
    private JsonFactory factory;
    private ObjectReader[] readers;
    private Validator validator;
    private ObjectMapper trees;
    private Schema schema;

    @Setup(Level.Trial)
    public void setUp() {
        input = Inputs.members();
        factory = JsonFactory.builder().build();
        ObjectMapper mapper = plainDatabind();
        readers = new ObjectReader[] {mapper.readerFor(Organization.class), mapper.readerFor(Member.class),
            mapper.readerFor(Grid.class), mapper.readerFor(ServiceRecord.class), mapper.readerFor(Posting.class)};
        validator = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        trees = new ObjectMapper();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(iri -> iri.startsWith(Schemas.ID_BASE)
                        ? Schemas.text(iri.substring(Schemas.ID_BASE.length(), iri.length() - ".schema.json".length())) : null));
        schema = registry.getSchema(SchemaLocation.of(Schemas.id("streamRecord")));
        schema.initializeValidators();
    }

    /** Jackson's own record binding, with only what partyorg's types need to bind at all. */
    static ObjectMapper plainDatabind() {
        SimpleModule codes = new SimpleModule("codes");
        text(codes, ResidentIdNumber.class, ResidentIdNumber::lenient);
        text(codes, PhoneNumber.class, PhoneNumber::lenient);
        text(codes, CreditCode.class, CreditCode::lenient);
        text(codes, DivisionCode.class, DivisionCode::lenient);
        text(codes, GridCode.class, GridCode::lenient);
        text(codes, Sex.class, Sex::ofCode);
        text(codes, Ethnicity.class, Ethnicity::ofCode);
        text(codes, Education.class, Education::ofCode);
        return new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(codes)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static <T> void text(SimpleModule m, Class<T> type, Function<String, T> of) {
        m.addDeserializer(type, new FromStringDeserializer<T>(type) {
            @Override
            protected T _deserialize(String value, DeserializationContext ctxt) {
                return of.apply(value);
            }
        });
    }

    @Benchmark
    public long a_tokenize(Blackhole bh) throws IOException {
        return tokenize(factory, input.file(), bh::consume);
    }

    /**
     * (a) itself, shared with {@link WholeProcess}: every token of the file, the text of every
     * string and field name handed to {@code texts}.
     *
     * @return the number of tokens
     */
    static long tokenize(JsonFactory factory, Path file, Consumer<String> texts) throws IOException {
        long tokens = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                JsonParser p = factory.createParser(in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    texts.accept(p.getText());
                }
                tokens++;
            }
        }
        return tokens;
    }

    @Benchmark
    public long b_databind(Blackhole bh) throws IOException {
        return eachLine((buf, off, len) -> bh.consume(bind(buf, off, len)));
    }

    @Benchmark
    public long c_databindAndHibernateValidator(Blackhole bh) throws IOException {
        return eachLine((buf, off, len) -> {
            Object record = bind(buf, off, len);
            if (record != null) {
                bh.consume(validator.validate(record));
            }
        });
    }

    @Benchmark
    public long d_jsonSchema(Blackhole bh) throws IOException {
        return eachLine((buf, off, len) -> bh.consume(schema.validate(trees.readTree(buf, off, len))));
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
    public ValidationReport e_partyorgStream() {
        return clean(StreamReader.create().withThreads(1).validate(input.file()));
    }

    /** (e) with the file cut into parts bound on every available processor (the reader's default). */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
    public ValidationReport e_partyorgStreamAllThreads() {
        return clean(StreamReader.create().validate(input.file()));
    }

    private static ValidationReport clean(ValidationReport report) {
        if (report.errors() != 0) {
            throw new IllegalStateException("the generated stream should have no errors: " + report);
        }
        return report;
    }

    /** Binds a line to the record its recordType names (the header binds to nothing). */
    private Object bind(byte[] buf, int off, int len) throws IOException {
        int type = recordType(buf, off, len);
        return type < 0 ? null : readers[type].readValue(buf, off, len);
    }

    /** Lines start with {"recordType":"...", as partyorg's writer puts it. */
    private static int recordType(byte[] buf, int off, int len) {
        int at = off + 15; // after {"recordType":"
        if (len < 17) {
            return -1;
        }
        switch (buf[at]) {
            case 'o':
                return 0;
            case 'm':
                return 1;
            case 'g':
                return 2;
            case 's':
                return 3;
            case 'p':
                return 4;
            default:
                return -1;
        }
    }

    /** Reads a line. */
    @FunctionalInterface
    interface LineConsumer {
        void accept(byte[] buf, int off, int len) throws IOException;
    }

    private long eachLine(LineConsumer consumer) throws IOException {
        long lines = 0;
        try (InputStream in = Files.newInputStream(input.file())) {
            Lines l = new Lines(in, 8 << 20);
            while (l.next() == Lines.Result.LINE) {
                consumer.accept(l.buffer(), l.offset(), l.length());
                lines++;
            }
        }
        return lines;
    }
}
