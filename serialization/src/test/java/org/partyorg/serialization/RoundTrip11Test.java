package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.RecordConsumer;
import org.partyorg.core.RecordType;
import org.partyorg.validation.ValidationReport;

/** Format 1.1 through the writers, the readers and the Jackson module: equal records, identical bytes, "1.1" declared. */
class RoundTrip11Test {
    private static String text() {
        try (InputStream in = RoundTrip11Test.class.getResourceAsStream("/reader/valid-1.1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Dataset example() {
        ReadResult r = DatasetReader.create().read(TestInputs.bytes(text()));
        assertThat(r.report().findings()).isEmpty();
        return r.orThrow();
    }

    @Test
    void theExampleHoldsEveryNewRecordTypeAndReadsClean() {
        Dataset ds = example();
        for (RecordType type : RecordType.values()) {
            assertThat(ds.records(type)).as(type.datasetField()).isNotEmpty();
        }
        assertThat(ds.coverageFrom()).hasToString("2023-04-01");
        assertThat(ds.duesPayments().get(0).amount()).hasToString("40.00");
    }

    @Test
    void documentReadWriteReadGivesEqualRecordsAndWriteReadWriteIdenticalBytes() {
        Dataset first = example();
        String written = DatasetWriter.create().toJson(first);
        Dataset second = DatasetReader.create().read(TestInputs.bytes(written)).orThrow();
        assertThat(second).isEqualTo(first);
        assertThat(DatasetWriter.create().toJson(second)).isEqualTo(written).contains("\"schemaVersion\": \"1.1\"")
                .contains("\"amount\": 40.00").contains("\"month\": \"2023-04\"");
    }

    @Test
    void streamWriteReadGivesTheSameRecordsInOrder() {
        Dataset ds = example();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamWriter.write(ds, out);
        String stream = out.toString(StandardCharsets.UTF_8);
        assertThat(stream.lines().findFirst().orElseThrow())
                .isEqualTo("{\"recordType\":\"header\",\"schemaVersion\":\"1.1\",\"asOf\":\"2023-08-18\",\"coverageFrom\":\"2023-04-01\","
                        + "\"source\":{\"system\":\"test\",\"exportedAt\":\"2023-08-18T10:00:00+08:00\"}}");
        List<ExchangeRecord> read = new ArrayList<>();
        ValidationReport report = StreamReader.create().read(TestInputs.bytes(stream), RecordHandler.of(RecordConsumer.of(read::add)));
        assertThat(report.findings()).isEmpty();
        List<ExchangeRecord> expected = new ArrayList<>();
        RecordConsumer.of(expected::add).acceptAll(ds);
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void moneyIsWrittenAsItsTextInBytesAsInCharacters() {
        // Jackson 2's byte generator says it cannot write number text: BigDecimal.toString would give 1E-8
        DuesPayment tiny = example().duesPayments().get(0).toBuilder().amount(new BigDecimal("0.00000001")).build();
        Dataset ds = example().toBuilder().duesPayments(List.of(tiny)).build();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        StreamWriter.write(ds, stream);
        assertThat(stream.toString(StandardCharsets.UTF_8)).contains("\"amount\":0.00000001,").doesNotContain("E-8");
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        DatasetWriter.create().write(ds, document);
        assertThat(document.toString(StandardCharsets.UTF_8)).contains("\"amount\": 0.00000001,").doesNotContain("E-8");
    }

    @Test
    void aDatasetWithout11ContentIsWrittenAs10() {
        Dataset ds = example();
        Dataset format10 = new Dataset("1.1", ds.asOf(), ds.source(), ds.organizations(), ds.members(), ds.grids(),
                ds.serviceRecords(), ds.postings());
        assertThat(DatasetWriter.create().toJson(format10)).contains("\"schemaVersion\": \"1.0\"").doesNotContain("coverageFrom");
    }

    @Test
    void theJacksonModuleReadsAndWritesTheNewRecordsAsTheWritersDo() throws Exception {
        Dataset ds = example();
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        for (RecordType type : RecordType.values()) {
            if (!type.isSince11()) {
                continue;
            }
            for (ExchangeRecord r : ds.records(type)) {
                String json = mapper.writeValueAsString(r);
                assertThat(mapper.readValue(json, r.getClass())).as(type.wireName()).isEqualTo(r);
            }
        }
        assertThat(mapper.readValue(mapper.writeValueAsString(ds), Dataset.class)).isEqualTo(ds);
    }
}
