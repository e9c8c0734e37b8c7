package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyorg.serialization.TestInputs.document;
import static org.partyorg.serialization.TestInputs.record;
import static org.partyorg.serialization.TestInputs.streamLines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.validation.DatasetValidator;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * One {@link DatasetValidator}, one {@link DatasetReader} and one {@link StreamReader}, each
 * shared by 8 threads over different datasets, give the reports a sequential run gives
 * (their javadoc says they are immutable and thread-safe).
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int DATASETS = 40;
    private static final int ROUNDS = 5;

    /** The example document broken in a different way (or several) for each index. */
    static ObjectNode variant(int i) {
        ObjectNode doc = document();
        Random random = new Random(i);
        int members = doc.withArray("members").size();
        switch (i % 8) {
            case 0 -> record(doc, "members", i % members).put("orgId", "nope-" + i);
            case 1 -> record(doc, "members", i % members).put("idNumber", "52263119700301011" + (i % 10));
            case 2 -> record(doc, "grids", 0).put("households", 300 + 50 * i);
            case 3 -> doc.put("asOf", "20" + (10 + i % 15) + "-0" + (1 + i % 9) + "-1" + (i % 9));
            case 4 -> record(doc, "organizations", i % 3).remove("name");
            case 5 -> record(doc, "members", i % members).put("stage", "PROBATIONARY");
            case 6 -> record(doc, "postings", 0).put("endDate", "2019-0" + (1 + i % 9) + "-01");
            default -> record(doc, "members", i % members).put("nickname-" + i, i);
        }
        if (random.nextBoolean()) {
            record(doc, "members", random.nextInt(members)).put("phone", "1" + (20 + random.nextInt(80)) + "0013800" + i % 10);
        }
        if (random.nextInt(3) == 0) {
            record(doc, "organizations", 2).put("dissolvedOn", "2022-01-0" + (1 + random.nextInt(9)));
        }
        return doc;
    }

    @Test
    void sharedReadersAndValidatorGiveTheSequentialReports() throws Exception {
        DatasetReader documents = DatasetReader.create().withOptions(ValidationOptions.defaults().withLocale(Locale.ENGLISH));
        StreamReader streams = StreamReader.create();
        DatasetValidator validator = DatasetValidator.create().withOptions(ValidationOptions.defaults().withLocale(Locale.ENGLISH));

        List<byte[]> docBytes = new ArrayList<>();
        List<byte[]> streamBytes = new ArrayList<>();
        List<Dataset> datasets = new ArrayList<>();
        List<ValidationReport> expectedDoc = new ArrayList<>();
        List<ValidationReport> expectedStream = new ArrayList<>();
        List<ValidationReport> expectedDataset = new ArrayList<>();
        for (int i = 0; i < DATASETS; i++) {
            ObjectNode doc = variant(i);
            byte[] d = doc.toString().getBytes(StandardCharsets.UTF_8);
            byte[] s = (String.join("\n", streamLines(doc)) + "\n").getBytes(StandardCharsets.UTF_8);
            docBytes.add(d);
            streamBytes.add(s);
            datasets.add(documents.read(new ByteArrayInputStream(d)).dataset());
            expectedDoc.add(documents.validate(new ByteArrayInputStream(d)));
            expectedStream.add(streams.validate(new ByteArrayInputStream(s)));
            expectedDataset.add(validator.validate(datasets.get(i)));
        }
        // the variants differ: a race that swapped reports would show
        assertThat(expectedDoc.stream().map(r -> r.findings()).distinct().count()).isGreaterThan(DATASETS / 2);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Integer> work = () -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < DATASETS; i++) {
                        order.add(i);
                    }
                    start.await();
                    int checked = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        Collections.shuffle(order, new Random(31L * thread + round));
                        for (int i : order) {
                            // each thread mixes the three entry points, so they run side by side
                            switch ((i + thread + round) % 3) {
                                case 0 -> same(documents.validate(new ByteArrayInputStream(docBytes.get(i))), expectedDoc.get(i));
                                case 1 -> same(streams.validate(new ByteArrayInputStream(streamBytes.get(i))), expectedStream.get(i));
                                default -> same(validator.validate(datasets.get(i)), expectedDataset.get(i));
                            }
                            checked++;
                        }
                    }
                    return checked;
                };
                futures.add(pool.submit(work));
            }
            start.countDown();
            int checked = 0;
            for (Future<Integer> f : futures) {
                checked += f.get(120, TimeUnit.SECONDS);
            }
            assertThat(checked).isEqualTo(THREADS * ROUNDS * DATASETS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void same(ValidationReport actual, ValidationReport expected) {
        assertThat(actual.findings()).isEqualTo(expected.findings());
        assertThat(actual.toString()).isEqualTo(expected.toString());
    }
}
