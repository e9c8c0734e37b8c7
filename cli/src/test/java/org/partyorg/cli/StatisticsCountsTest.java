package org.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyorg.core.Application;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.Election;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.Grid;
import org.partyorg.core.Meeting;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordConsumer;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.Transfer;
import org.partyorg.core.code.Ethnicity;
import org.partyorg.core.stats.AgeBand;
import org.partyorg.core.stats.DatasetStatistics;
import org.partyorg.fixtures.GuizhouDataset;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.Form;
import org.partyorg.serialization.PartyOrg;
import org.partyorg.serialization.StatisticsWriter;
import org.partyorg.serialization.StreamWriter;

/**
 * The counts the page charts, exactly, and the one pass (for uploads) against the two passes: equal
 * whatever the order of the records, down to the byte of {@code stats --format json}.
 */
class StatisticsCountsTest {
    static final Path KOUJIANG_11 = Path.of("..", "docs", "examples", "koujiang-village-1.1.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ageBandsCountWholeYearsOnTheReferenceDate() {
        LocalDate asOf = LocalDate.of(2023, 8, 18);
        // 31 on the day itself; 30 the day before
        assertThat(AgeBand.of(LocalDate.of(1992, 8, 18), asOf)).hasValue(AgeBand.FROM_31_TO_35);
        assertThat(AgeBand.of(LocalDate.of(1992, 8, 19), asOf)).hasValue(AgeBand.UP_TO_30);
        assertThat(AgeBand.of(LocalDate.of(1952, 8, 19), asOf)).hasValue(AgeBand.FROM_61_TO_70);
        assertThat(AgeBand.of(LocalDate.of(1952, 8, 18), asOf)).hasValue(AgeBand.OVER_70);
        assertThat(AgeBand.of(asOf, asOf)).hasValue(AgeBand.UP_TO_30);
        assertThat(AgeBand.of(asOf.plusDays(1), asOf)).isEmpty();
        assertThat(AgeBand.of(null, asOf)).isEmpty();
        assertThat(AgeBand.of(asOf, null)).isEmpty();
        assertThat(AgeBand.FROM_31_TO_35.chineseName()).isEqualTo("31-35岁");
    }

    @Test
    void theNewCountsOfAVillage() {
        Dataset village = DatasetReader.create().read(KOUJIANG_11).orThrow();
        DatasetStatistics s = DatasetStatistics.of(village);

        // born 1970-1974 (49 to 53 on 2023-08-18) and 1999 (24)
        assertThat(s.membersByAgeBand()).containsExactly(Map.entry(AgeBand.UP_TO_30, 1L), Map.entry(AgeBand.FROM_46_TO_50, 2L),
                Map.entry(AgeBand.FROM_51_TO_55, 3L));
        assertThat(s.membersByEthnicity()).containsExactly(Map.entry(Ethnicity.HAN, 1L), Map.entry(Ethnicity.DONG, 5L));
        assertThat(s.membersByEducation()).isEmpty();
        assertThat(s.postingsByStartYear()).containsExactly(Map.entry(2022, 1L));
        assertThat(s.townships()).singleElement().satisfies(t -> assertThat(t.serviceRecordsByMonth())
                .containsExactly(Map.entry(YearMonth.of(2023, 5), 1L)));
        DatasetStatistics.WorkingLife life = s.workingLife();
        assertThat(life.months()).containsExactly(YearMonth.of(2023, 4), YearMonth.of(2023, 5), YearMonth.of(2023, 6),
                YearMonth.of(2023, 7), YearMonth.of(2023, 8));
        // a themed day each month from April to July and a branch assembly in May; August is not yet owed
        assertThat(life.leastKept()).singleElement().satisfies(k -> {
            assertThat(k.id()).isEqualTo("br-kj");
            assertThat(k.name()).isEqualTo("中共口江村支部委员会");
            assertThat(k.meetingsByMonth()).containsExactly(1, 2, 1, 1, 0);
            assertThat(k.cadence()).isEqualTo(new DatasetStatistics.Cadence(5, 5));
        });

        // near miss: without a coverage there are no months and no heat map
        DatasetStatistics uncovered = DatasetStatistics.of(village.withCoverageFrom(null));
        assertThat(uncovered.workingLife().months()).isEmpty();
        assertThat(uncovered.workingLife().leastKept()).isEmpty();
        // and without asOf no age
        assertThat(DatasetStatistics.of(village.withAsOf(null)).membersByAgeBand()).isEmpty();
    }

    @Test
    void theLeastKeptComeFirstAndAreAtMostThirty() {
        DatasetStatistics.WorkingLife life = DatasetStatistics.of(GuizhouDataset.dataset()).workingLife();

        assertThat(life.leastKept()).hasSizeLessThanOrEqualTo(DatasetStatistics.WorkingLife.LEAST_KEPT).isNotEmpty();
        assertThat(life.leastKept()).extracting(k -> k.cadence().share()).isSorted();
        assertThat(life.leastKept()).allSatisfy(k -> assertThat(k.meetingsByMonth()).hasSameSizeAs(life.months()));
        assertThat(life.months()).first().isEqualTo(YearMonth.of(2022, 7));
        assertThat(life.months()).last().isEqualTo(YearMonth.of(2023, 8));
    }

    @Test
    void onePassEqualsTwoPassesWhateverTheOrder() throws IOException {
        for (Dataset dataset : List.of(GuizhouDataset.dataset(), DatasetReader.create().read(KOUJIANG_11).orThrow())) {
            List<ExchangeRecord> records = records(dataset);
            assertThat(json(twoPasses(dataset, records))).isEqualTo(json(DatasetStatistics.of(dataset)));
            List<ExchangeRecord> reversed = new ArrayList<>(records);
            Collections.reverse(reversed);
            List<ExchangeRecord> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, new Random(7));

            // the same records in the same order: ties among the least-kept organizations follow record order
            for (List<ExchangeRecord> order : List.of(records, reversed, shuffled)) {
                assertThat(json(onePass(dataset, order))).isEqualTo(json(twoPasses(dataset, order)));
            }
            // near miss: only that order differs, every count is the same
            assertThat(json(onePass(dataset, reversed)).replaceAll("\"leastKept\":\\[.*?]}\\]", ""))
                    .isEqualTo(json(DatasetStatistics.of(dataset)).replaceAll("\"leastKept\":\\[.*?]}\\]", ""));
        }
    }

    static DatasetStatistics twoPasses(Dataset dataset, List<ExchangeRecord> records) {
        DatasetStatistics.Builder b = DatasetStatistics.builder().asOf(dataset.asOf()).coverageFrom(dataset.coverageFrom());
        records.forEach(b.learning()::accept);
        records.forEach(b.counting()::accept);
        return b.build();
    }

    @Test
    void whatWaitsForALaterRecordIsCountedAtTheEnd() throws IOException {
        Dataset village = DatasetReader.create().read(KOUJIANG_11).orThrow();
        List<ExchangeRecord> reversed = records(village);
        Collections.reverse(reversed);
        // every member, service record, meeting and payment now comes before what it depends on
        DatasetStatistics s = onePass(village, reversed);

        assertThat(s.villageSecretaries().secretaries()).isEqualTo(1);
        assertThat(s.townships()).singleElement().satisfies(t -> assertThat(t.serviceRecordsByMonth())
                .containsExactly(Map.entry(YearMonth.of(2023, 5), 1L)));
        assertThat(s.workingLife().leastKept()).singleElement().satisfies(k -> assertThat(k.meetingsByMonth())
                .containsExactly(1, 2, 1, 1, 0));
        assertThat(s.workingLife().membersInArrears()).isEqualTo(6); // April's payments are not July's
        assertThat(s.workingLife().cadenceByOrganization()).containsEntry("br-kj", new DatasetStatistics.Cadence(5, 5));
    }

    @Test
    void anUploadIsCountedInOnePassAsAFileInTwo(@TempDir Path dir) throws IOException {
        Dataset dataset = GuizhouDataset.dataset();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        StreamWriter.write(dataset, stream);
        Path file = dir.resolve("stats.ndjson");
        Files.write(file, stream.toByteArray());

        DatasetStatistics fromUpload = PartyOrg.statistics(new ByteArrayInputStream(stream.toByteArray()), Form.STREAM, f -> { });

        assertThat(json(fromUpload)).isEqualTo(json(PartyOrg.statistics(file, Form.STREAM)));
        JsonNode written = JSON.readTree(json(fromUpload));
        assertThat(written.at("/members/byAgeBand").size()).isPositive();
        assertThat(written.at("/workingLife/cadence/leastKept").size()).isPositive();
    }

    static DatasetStatistics onePass(Dataset dataset, List<ExchangeRecord> records) {
        DatasetStatistics.Builder b = DatasetStatistics.builder().asOf(dataset.asOf()).coverageFrom(dataset.coverageFrom());
        RecordConsumer pass = b.inOnePass();
        records.forEach(pass::accept);
        return b.build();
    }

    static List<ExchangeRecord> records(Dataset dataset) {
        List<ExchangeRecord> all = new ArrayList<>();
        RecordConsumer collect = new RecordConsumer() {
            @Override
            public void organization(Organization o) {
                all.add(o);
            }

            @Override
            public void member(Member m) {
                all.add(m);
            }

            @Override
            public void grid(Grid g) {
                all.add(g);
            }

            @Override
            public void serviceRecord(ServiceRecord r) {
                all.add(r);
            }

            @Override
            public void posting(Posting p) {
                all.add(p);
            }

            @Override
            public void application(Application a) {
                all.add(a);
            }

            @Override
            public void meeting(Meeting m) {
                all.add(m);
            }

            @Override
            public void duesPayment(DuesPayment d) {
                all.add(d);
            }

            @Override
            public void transfer(Transfer t) {
                all.add(t);
            }

            @Override
            public void election(Election e) {
                all.add(e);
            }
        };
        collect.acceptAll(dataset);
        return all;
    }

    static String json(DatasetStatistics s) {
        StringWriter out = new StringWriter();
        StatisticsWriter.json(s, 0, code -> Optional.empty(), out);
        return out.toString();
    }
}
