package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyorg.core.Dataset;
import org.partyorg.core.Grid;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.Source;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.ReadLimits;
import org.partyorg.serialization.RecordHandler;
import org.partyorg.serialization.StreamReader;
import org.partyorg.serialization.StreamWriter;
import org.partyorg.validation.Finding;
import org.partyorg.validation.StreamValidator;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/** The examples of docs/guides/streaming.md. */
class StreamingGuideTest {
    private static final Dataset EXAMPLE = DatasetReader.create().read(Path.of("docs/examples/koujiang-village.json")).orThrow();
    private static final List<Organization> organizations = EXAMPLE.organizations();
    private static final List<Member> members = EXAMPLE.members();
    private static final List<Grid> grids = EXAMPLE.grids();
    private static final List<ServiceRecord> serviceRecords = EXAMPLE.serviceRecords();
    private static final List<Posting> postings = EXAMPLE.postings();

    @Test
    void validateAStream() {
        // tag::stream-validate[]
        StreamReader reader = StreamReader.create()
                .withOptions(ValidationOptions.defaults().withLocale(Locale.ENGLISH));
        ValidationReport report = reader.validate(Path.of("docs/examples/koujiang-village.ndjson"));
        // end::stream-validate[]
        assertThat(report.findings()).isEmpty();
        assertThat(report.records()).isEqualTo(11);
    }

    @Test
    void loadWhileValidating() {
        // tag::stream-handler[]
        Map<String, Integer> membersPerOrganization = new HashMap<>();
        RecordHandler handler = new RecordHandler() {
            @Override
            public void member(Member m, long line) {
                membersPerOrganization.merge(m.orgId(), 1, Integer::sum);   // or: insert into a staging table
            }
        };
        ValidationReport report = StreamReader.create().read(Path.of("docs/examples/koujiang-village.ndjson"), handler);
        if (report.hasErrors()) {
            // discard what was loaded: the report lists why
        }
        // end::stream-handler[]
        assertThat(membersPerOrganization).containsExactly(Map.entry("br-kj", 5));
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void writeAnExport(@TempDir Path dir) throws IOException {
        // tag::stream-write[]
        Path file = dir.resolve("export.ndjson");
        LocalDate asOf = LocalDate.of(2023, 8, 18);
        Source source = new Source("county-system", OffsetDateTime.of(2023, 8, 18, 17, 30, 0, 0, ZoneOffset.ofHours(8)));
        try (OutputStream out = Files.newOutputStream(file);
                StreamWriter writer = StreamWriter.to(out)) {
            writer.header(Dataset.CURRENT_SCHEMA_VERSION, asOf, source);
            organizations.forEach(writer::organization);    // e.g. rows of a database cursor, one at a time
            members.forEach(writer::member);
            grids.forEach(writer::grid);
            serviceRecords.forEach(writer::serviceRecord);
            postings.forEach(writer::posting);
        }
        // end::stream-write[]
        ValidationReport report = StreamReader.create().validate(file);
        assertThat(report.findings()).isEmpty();
        assertThat(report.records()).isEqualTo(11);
        assertThat(Files.readAllLines(file).get(0)).startsWith("{\"recordType\":\"header\"");
    }

    @Test
    void writeAWholeDataset(@TempDir Path dir) throws IOException {
        Dataset dataset = EXAMPLE;
        Path file = dir.resolve("export.ndjson");
        // tag::stream-write-dataset[]
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamWriter.write(dataset, out);   // header, then organizations, members, grids, service records, postings
        }
        // end::stream-write-dataset[]
        assertThat(Files.readString(file)).isEqualTo(Files.readString(Path.of("docs/examples/koujiang-village.ndjson")));
    }

    @Test
    void validateRecordsFromElsewhere() {
        LocalDate asOf = EXAMPLE.asOf();
        // tag::stream-validator[]
        StreamValidator validator = StreamValidator.forStream(ValidationOptions.defaults().withLocale(Locale.ENGLISH))
                .start(Dataset.CURRENT_SCHEMA_VERSION, asOf);
        long row = 0;
        for (Organization o : organizations) {    // e.g. rows of a query
            row++;
            validator.record(o, row, row);
        }
        for (Member m : members) {
            row++;
            validator.record(m, row, row);
        }
        ValidationReport report = validator.finish();   // runs the cross-record rules
        // end::stream-validator[]
        assertThat(report.findings()).isEmpty();
        assertThat(report.records()).isEqualTo(8);

        StreamValidator broken = StreamValidator.forStream(ValidationOptions.defaults()).start("1.0", asOf);
        broken.record(members.get(0).withOrgId("nowhere"), 1, 1);
        assertThat(broken.finish().findings()).extracting(Finding::path, Finding::ruleId)
                .containsExactly(Tuple.tuple("/1/orgId", "MEM-001"));
    }

    @Test
    void limits() {
        // tag::stream-limits[]
        ReadLimits limits = ReadLimits.defaults().withMaxLineBytes(1 << 20);   // no record is longer than 1 MiB
        StreamReader reader = StreamReader.create().withLimits(limits);
        // end::stream-limits[]
        assertThat(reader.validate(Path.of("docs/examples/koujiang-village.ndjson")).isComplete()).isTrue();
        ValidationReport tiny = StreamReader.create().withLimits(ReadLimits.defaults().withMaxLineBytes(100))
                .validate(Path.of("docs/examples/koujiang-village.ndjson"));
        assertThat(tiny.isComplete()).isFalse();
        assertThat(tiny.findings()).extracting(Finding::ruleId).contains("DOC-018");
    }
}
