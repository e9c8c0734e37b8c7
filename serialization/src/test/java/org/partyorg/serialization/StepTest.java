package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;
import org.partyorg.validation.internal.rules.PathLayout;
import org.partyorg.validation.internal.rules.ValidationRun;

/**
 * {@link Step#applyAll}, which prefetches each group of {@link Step#PREFETCH_GROUP} records before it
 * validates them, does what applying the steps one by one does: the same findings, the same records
 * to the handler, the same end, with a read limit, the end of the input, a failure or the fail-fast
 * limit at a group's first, last or any other place.
 */
class StepTest {
    private static final int G = Step.PREFETCH_GROUP;

    record Outcome(List<String> findings, List<String> handled, String ended) {
    }

    /** The steps as applied before prefetching: one at a time. */
    private static ValidationReport oneByOne(List<Step> steps, ValidationRun v, RecordHandler h) {
        for (Step step : steps) {
            if (step == Step.END) {
                return v.finish(true);
            }
            if (step == Step.STOP) {
                return v.finish(false);
            }
            step.apply(v, h);
            if (v.shouldStop()) {
                return v.finish(false);
            }
        }
        return null;
    }

    private interface Applier {
        ValidationReport apply(List<Step> steps, ValidationRun v, RecordHandler h);
    }

    private static Outcome outcome(List<Step> steps, ValidationOptions options, Applier applier) {
        ValidationRun run = new ValidationRun(options, PathLayout.STREAM);
        run.start("1.0", LocalDate.of(2023, 8, 18));
        List<String> handled = new ArrayList<>();
        RecordHandler handler = new RecordHandler() {
            @Override
            public void record(ExchangeRecord record, long line) {
                handled.add(line + ":" + record.id());
            }
        };
        String ended;
        ValidationReport report;
        try {
            report = applier.apply(steps, run, handler);
            ended = report == null ? "more to come" : "finished, complete " + report.isComplete();
        } catch (IllegalStateException e) {
            report = null;
            ended = "threw " + e.getMessage();
        }
        List<String> findings = report == null ? List.of()
                : report.findings().stream().map(f -> f.ruleId() + " " + f.path()).toList();
        return new Outcome(findings, handled, ended);
    }

    /** The example's records, every fifth member twice (DOC-016 on the second), as steps of lines 2 on. */
    private static List<Step> records(int count) {
        Dataset ds = DatasetReader.create().read(TestInputs.bytes(TestInputs.document().toString())).orThrow();
        List<ExchangeRecord> all = new ArrayList<>(ds.organizations());
        for (int i = 0; i < ds.members().size(); i++) {
            all.add(ds.members().get(i));
            if (i % 5 == 4) {
                all.add(ds.members().get(i));
            }
        }
        all.addAll(ds.grids());
        List<Step> steps = new ArrayList<>();
        for (int i = 0; steps.size() < count; i++) {
            ExchangeRecord r = all.get(i % all.size());
            steps.add(new Step.RecordStep(r, i + 2, Set.of(), ValidationRun.prefetchKey(r)));
        }
        return steps;
    }

    @Test
    void theExampleHasEnoughRecordsAndDuplicatesForTheGroupsBelow() {
        List<Step> steps = records(3 * G + 5);
        Outcome all = outcome(append(steps, Step.END), ValidationOptions.defaults(), Step::applyAll);

        assertThat(all.handled()).hasSize(3 * G + 5);
        assertThat(all.findings()).anyMatch(f -> f.startsWith("DOC-016 "));
        assertThat(all.ended()).isEqualTo("finished, complete true");
    }

    @Test
    void anEndOrAStopAnywhereInAGroupEndsWhereOneByOneEnds() {
        for (Step end : List.of(Step.END, Step.STOP)) {
            for (int at : new int[] {0, 1, G - 1, G, G + 1, 2 * G - 1, 2 * G + 3}) {
                List<Step> steps = records(at);
                steps.add(end);
                steps.addAll(records(G)); // never applied
                assertThat(outcome(steps, ValidationOptions.defaults(), Step::applyAll))
                        .as("%s at %d", end == Step.END ? "END" : "STOP", at)
                        .isEqualTo(outcome(steps, ValidationOptions.defaults(), StepTest::oneByOne));
            }
        }
    }

    @Test
    void aFailureIsThrownAfterTheStepsBeforeItAndNoneAfter() {
        for (int at : new int[] {0, G - 1, G, G + 1}) {
            List<Step> steps = records(at);
            steps.add((v, h) -> {
                throw new IllegalStateException("broken line " + (at + 2));
            });
            steps.addAll(records(G));
            Outcome prefetched = outcome(steps, ValidationOptions.defaults(), Step::applyAll);

            assertThat(prefetched).as("failure at %d", at)
                    .isEqualTo(outcome(steps, ValidationOptions.defaults(), StepTest::oneByOne));
            assertThat(prefetched.ended()).isEqualTo("threw broken line " + (at + 2));
            assertThat(prefetched.handled()).hasSize(at);
        }
    }

    @Test
    void theFailFastLimitStopsInsideAGroupWhereOneByOneStops() {
        List<Step> steps = records(4 * G);
        for (long errors : new long[] {1, 2, 3}) {
            ValidationOptions options = ValidationOptions.defaults().withStopAfterErrors(errors);
            Outcome prefetched = outcome(steps, options, Step::applyAll);

            assertThat(prefetched).as("stop after %d errors", errors).isEqualTo(outcome(steps, options, StepTest::oneByOne));
            assertThat(prefetched.ended()).isEqualTo("finished, complete false");
            assertThat(prefetched.handled()).hasSizeLessThan(4 * G);
        }
    }

    @Test
    void stepsWithoutAnEndLeaveTheRunOpen() {
        List<Step> steps = records(G + 3);
        Outcome prefetched = outcome(steps, ValidationOptions.defaults(), Step::applyAll);

        assertThat(prefetched).isEqualTo(outcome(steps, ValidationOptions.defaults(), StepTest::oneByOne));
        assertThat(prefetched.ended()).isEqualTo("more to come");
        assertThat(prefetched.handled()).hasSize(G + 3);
    }

    private static List<Step> append(List<Step> steps, Step last) {
        List<Step> out = new ArrayList<>(steps);
        out.add(last);
        return out;
    }
}
