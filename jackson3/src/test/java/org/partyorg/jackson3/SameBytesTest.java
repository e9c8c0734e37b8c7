package org.partyorg.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.Member;
import org.partyorg.core.RecordType;
import org.partyorg.core.code.Education;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;
import org.partyorg.fixtures.GuizhouDataset;
import org.partyorg.serialization.DatasetWriter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module writes every byte as the Jackson 2 module does. */
class SameBytesTest {
    private static final Dataset GUIZHOU = GuizhouDataset.dataset();
    private final ObjectMapper jackson2 = Jackson2.mapper(false);
    private final JsonMapper jackson3 = Mappers.jackson3(false);

    /** A message of an application's own that carries records (public: Jackson reads it, in an exported package). */
    public record Upload(String batch, List<Member> members, Sex sex) {
    }

    @Test
    void theGuizhouDatasetGivesTheSameBytes() throws Exception {
        byte[] two = jackson2.writeValueAsBytes(GUIZHOU);
        byte[] three = jackson3.writeValueAsBytes(GUIZHOU);
        assertThat(GUIZHOU.requiredSchemaVersion()).isEqualTo("1.1");   // 1.0 and 1.1 records alike
        assertThat(two.length).isGreaterThan(1_500_000);
        assertThat(three).isEqualTo(two);
        assertThat(new String(three, StandardCharsets.UTF_8)).isEqualTo(DatasetWriter.create().compact().toJson(GUIZHOU));
    }

    @Test
    void everyRecordAloneGivesTheSameBytes() throws Exception {
        Map<String, Integer> types = new TreeMap<>();
        for (RecordType type : RecordType.values()) {
            for (ExchangeRecord r : GUIZHOU.records(type)) {
                assertThat(jackson3.writeValueAsString(r)).as(type + " " + r.id()).isEqualTo(jackson2.writeValueAsString(r));
                types.merge(type.wireName(), 1, Integer::sum);
            }
        }
        assertThat(types).hasSize(10);
    }

    @Test
    void moneyIsWrittenAsItsTextAndDatesAsLocalDateWritesThemOnBothLines() throws Exception {
        DuesPayment paid = GUIZHOU.duesPayments().get(0);
        // scale above 6 with a small value: BigDecimal.toString would give 1E-8 and 0E-8
        DuesPayment tiny = paid.toBuilder().amount(new BigDecimal("0.00000001")).base(new BigDecimal("0.00000000")).build();
        // bytes and characters: Jackson 2's byte generator says it cannot write number text, its character one that it can
        String two = new String(jackson2.writeValueAsBytes(tiny), StandardCharsets.UTF_8);
        assertThat(two).contains("\"base\":0.00000000,\"amount\":0.00000001,").doesNotContain("E-");
        assertThat(jackson2.writeValueAsString(tiny)).isEqualTo(two);
        assertThat(jackson3.writeValueAsString(tiny)).isEqualTo(two);
        assertThat(new String(jackson3.writeValueAsBytes(tiny), StandardCharsets.UTF_8)).isEqualTo(two);
        // and a reader reports the value as it was built, not as 1E-8
        assertThatThrownBy(() -> jackson2.readValue(two, DuesPayment.class))
                .hasMessageContaining("DOC-014 at /amount").hasMessageContaining("has 0.00000001,");
        // years outside 0000-9999 keep LocalDate's sign and digits
        for (LocalDate paidOn : List.of(LocalDate.of(10000, 1, 2), LocalDate.of(-1, 12, 31), LocalDate.of(7, 3, 4), LocalDate.of(2024, 2, 29))) {
            DuesPayment dated = paid.toBuilder().paidOn(paidOn).build();
            assertThat(jackson2.writeValueAsString(dated)).as(paidOn.toString()).contains("\"paidOn\":\"" + paidOn + "\"}");
            assertThat(jackson3.writeValueAsString(dated)).isEqualTo(jackson2.writeValueAsString(dated));
        }
    }

    @Test
    void prettyPrintingIsTheGeneratorsAsInTheDocumentWriter() throws Exception {
        // DatasetWriter's layout, as a Jackson 3 pretty printer: the records are written token by token
        // into the caller's generator, so its printer lays them out
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        DatasetWriter.create().write(GUIZHOU, document);
        String three = jackson3.writer().with(printer).writeValueAsString(GUIZHOU) + "\n";
        assertThat(three).isEqualTo(document.toString(StandardCharsets.UTF_8));
    }

    @Test
    void recordsInsideTheApplicationsOwnValues() throws Exception {
        List<Member> members = GUIZHOU.members().subList(0, 3);
        Upload upload = new Upload("2023-08", members, Sex.FEMALE);
        assertThat(jackson3.writeValueAsString(upload)).isEqualTo(jackson2.writeValueAsString(upload))
                .startsWith("{\"batch\":\"2023-08\",\"members\":[{\"id\":").endsWith("],\"sex\":\"2\"}");
        assertThat(jackson3.readValue(jackson3.writeValueAsString(upload), Upload.class)).isEqualTo(upload);
        List<Object> mixed = new ArrayList<>(List.of(Education.values()[0], ResidentIdNumber.lenient("52263119700301011X")));
        mixed.add(GUIZHOU.organizations().get(0));
        assertThat(jackson3.writeValueAsString(mixed)).isEqualTo(jackson2.writeValueAsString(mixed));
    }

    @Test
    void recordsGoThroughTreesAndTokenBuffers() throws Exception {
        Member member = GUIZHOU.members().get(0);
        JsonNode tree = jackson3.valueToTree(member);
        assertThat(tree.get("idNumber").asString()).isEqualTo(member.idNumber().text());
        assertThat(jackson3.treeToValue(tree, Member.class)).isEqualTo(member);
        assertThat(jackson3.convertValue(GUIZHOU, Dataset.class)).isEqualTo(GUIZHOU);
        // a whole 1.1 dataset as a tree: money goes in typed (Jackson 3's tree builder takes no number text)
        JsonNode dataset = jackson3.valueToTree(GUIZHOU);
        assertThat(dataset.get("duesPayments").get(0).get("amount").isBigDecimal()).isTrue();
        assertThat(jackson3.treeToValue(dataset, Dataset.class)).isEqualTo(GUIZHOU);
        assertThat(jackson3.writeValueAsString(dataset)).isEqualTo(jackson3.writeValueAsString(GUIZHOU));
        assertThat(jackson2.convertValue(GUIZHOU, Dataset.class)).isEqualTo(GUIZHOU);
    }
}
