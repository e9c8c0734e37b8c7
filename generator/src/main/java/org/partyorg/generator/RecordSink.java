package org.partyorg.generator;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.partyorg.core.Application;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.Election;
import org.partyorg.core.Grid;
import org.partyorg.core.Meeting;
import org.partyorg.core.Transfer;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordConsumer;
import org.partyorg.core.ServiceRecord;

/**
 * Receives a generator's records one at a time, in the order of the stream form: the header
 * first, then each organization before its members, members before the grids, service records
 * and postings that name them.
 *
 * <p>Implementations need not be thread-safe: a generator calls its sink from the calling thread.
 */
public interface RecordSink extends RecordConsumer {
    /**
     * Called once, before any record.
     *
     * @param schemaVersion the format version, {@code "1.0"}
     * @param asOf the reference date
     */
    default void header(String schemaVersion, LocalDate asOf) {
    }

    /** Called once, after the last record. */
    default void end() {
    }

    /**
     * A sink that hands every record to a consumer (a stream writer, statistics, a list) and the
     * header to {@code header}.
     *
     * @param consumer receives the records
     * @param header receives the schema version and asOf
     * @return the sink
     */
    static RecordSink to(RecordConsumer consumer, BiConsumer<String, LocalDate> header) {
        return new RecordSink() {
            @Override
            public void application(Application application) {
                consumer.application(application);
            }

            @Override
            public void meeting(Meeting meeting) {
                consumer.meeting(meeting);
            }

            @Override
            public void duesPayment(DuesPayment duesPayment) {
                consumer.duesPayment(duesPayment);
            }

            @Override
            public void transfer(Transfer transfer) {
                consumer.transfer(transfer);
            }

            @Override
            public void election(Election election) {
                consumer.election(election);
            }

            @Override
            public void header(String schemaVersion, LocalDate asOf) {
                header.accept(schemaVersion, asOf);
            }

            @Override
            public void organization(Organization organization) {
                consumer.organization(organization);
            }

            @Override
            public void member(Member member) {
                consumer.member(member);
            }

            @Override
            public void grid(Grid grid) {
                consumer.grid(grid);
            }

            @Override
            public void serviceRecord(ServiceRecord serviceRecord) {
                consumer.serviceRecord(serviceRecord);
            }

            @Override
            public void posting(Posting posting) {
                consumer.posting(posting);
            }
        };
    }
}
