package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.Leadership;
import org.partyorg.core.Member;
import org.partyorg.core.PersonRef;
import org.partyorg.core.code.Ethnicity;
import org.partyorg.core.code.ResidentIdNumber;

/** Writers and the Jackson module: stable output, round trips, value types written as their text. */
class RoundTripTest {
    private static Dataset example() {
        return DatasetReader.create().read(TestInputs.bytes(TestInputs.document().toString())).orThrow();
    }

    @Test
    void readWriteReadGivesEqualRecordsAndWriteReadWriteIdenticalBytes() {
        Dataset first = example();
        String written = DatasetWriter.create().toJson(first);
        Dataset second = DatasetReader.create().read(TestInputs.bytes(written)).orThrow();
        assertThat(second).isEqualTo(first);
        assertThat(DatasetWriter.create().toJson(second)).isEqualTo(written);
        String compact = DatasetWriter.create().compact().toJson(first);
        assertThat(compact).doesNotContain("\n");
        assertThat(DatasetReader.create().read(TestInputs.bytes(compact)).orThrow()).isEqualTo(first);
    }

    @Test
    void theDocumentWriterUsesTheFormatsFieldOrderAndOmitsNulls() {
        String written = DatasetWriter.create().toJson(example());
        assertThat(written).startsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"asOf\": \"2023-08-18\",");
        assertThat(written.indexOf("\"organizations\"")).isLessThan(written.indexOf("\"members\""));
        assertThat(written).doesNotContain("null").contains("\"idNumber\": \"522631197303040")
                .contains("\"ethnicity\": \"12\"").contains("\"orgType\": \"BRANCH\"");
    }

    @Test
    void theStreamWriterWritesAHeaderAndOneRecordPerLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamWriter.write(example(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        String[] lines = text.split("\n");
        assertThat(lines).hasSize(12);
        assertThat(lines[0]).isEqualTo("{\"recordType\":\"header\",\"schemaVersion\":\"1.0\",\"asOf\":\"2023-08-18\","
                + "\"source\":{\"system\":\"test\",\"exportedAt\":\"2023-08-18T10:00:00+08:00\"}}");
        assertThat(lines[4]).startsWith("{\"recordType\":\"member\",\"id\":\"m-0\",");
        assertThat(text).endsWith("\n");
        assertThat(StreamReader.create().validate(TestInputs.bytes(text)).findings()).isEmpty();
    }

    @Test
    void theJacksonModuleIsFoundByServiceLoaderAndUsesTheSameBinder() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        Member m = example().members().get(3);
        String json = mapper.writeValueAsString(m);
        assertThat(json).contains("\"idNumber\":\"" + m.idNumber().text() + "\"").contains("\"ethnicity\":\"12\"");
        assertThat(mapper.readValue(json, Member.class)).isEqualTo(m);
        assertThat(mapper.writeValueAsString(ResidentIdNumber.lenient("11010519491231002X"))).isEqualTo("\"11010519491231002X\"");
        assertThat(mapper.readValue("\"09\"", Ethnicity.class)).isEqualTo(Ethnicity.BUYEI);
        Dataset ds = example();
        assertThat(mapper.readValue(mapper.writeValueAsString(ds), Dataset.class)).isEqualTo(ds);
    }

    @Test
    void thePartsAreWrittenAndReadLikeTheRecords() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        PersonRef person = new PersonRef("甲", "m-1", null, null);
        assertThat(mapper.writeValueAsString(person)).isEqualTo("{\"name\":\"甲\",\"memberId\":\"m-1\"}");
        Leadership leadership = example().organizations().get(2).leadership();
        assertThat(mapper.readValue(mapper.writeValueAsString(leadership), Leadership.class)).isEqualTo(leadership);
        assertThat(mapper.readValue("{\"name\":\"甲\",\"extra\":1}", PersonRef.class).name()).isEqualTo("甲");
        assertThatThrownBy(() -> new ObjectMapper().findAndRegisterModules().readValue("{\"name\":\"甲\",\"extra\":1}",
                PersonRef.class)).isInstanceOf(MismatchedInputException.class).hasMessageContaining("DOC-015");
        assertThatThrownBy(() -> mapper.readValue("{\"form\":\"ELECTED\"}", Leadership.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("DOC-012");
    }

    @Test
    void aDatasetWithAnUnreadableHeaderIsRefused() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThatThrownBy(() -> mapper.readValue("{\"schemaVersion\":\"1.0\",\"asOf\":\"2023-13-01\"}", Dataset.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("DOC-003");
        assertThatThrownBy(() -> mapper.readValue("{\"schemaVersion\":\"7\",\"asOf\":\"2023-08-18\"}", Dataset.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("DOC-002");
    }

    @Test
    void theJacksonModuleRefusesShapeErrorsNamingTheRule() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new PartyOrgModule());
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"m\",\"stage\":\"FORMAL\"}", Member.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("DOC-012").hasMessageContaining("/stage");
        assertThatThrownBy(() -> mapper.readValue("{\"birthDate\":\"2000-02-30\"}", Member.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("DOC-013");
        assertThatThrownBy(() -> mapper.readValue("\"57\"", Ethnicity.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("DOC-012");
        // content rules are the validators' business, not the binder's
        assertThat(new ObjectMapper().registerModule(new PartyOrgModule()).convertValue(
                Map.of("id", "m", "idNumber", "bad"), Member.class).idNumber().text()).isEqualTo("bad");
    }
}
