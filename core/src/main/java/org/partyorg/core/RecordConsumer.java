package org.partyorg.core;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Receives records one at a time, one method per record type: what writers, generators,
 * statistics and collectors have in common, so each can be handed to the others.
 *
 * <p>Implementations say whether they are thread-safe; most are not.
 */
public interface RecordConsumer {
    /** @param organization the next organization */
    void organization(Organization organization);

    /** @param member the next member */
    void member(Member member);

    /** @param grid the next grid */
    void grid(Grid grid);

    /** @param serviceRecord the next service record */
    void serviceRecord(ServiceRecord serviceRecord);

    /** @param posting the next posting */
    void posting(Posting posting);

    /**
     * Format 1.1; does nothing unless overridden.
     *
     * @param application the next application
     */
    default void application(Application application) {
    }

    /**
     * Format 1.1; does nothing unless overridden.
     *
     * @param meeting the next meeting
     */
    default void meeting(Meeting meeting) {
    }

    /**
     * Format 1.1; does nothing unless overridden.
     *
     * @param duesPayment the next dues payment
     */
    default void duesPayment(DuesPayment duesPayment) {
    }

    /**
     * Format 1.1; does nothing unless overridden.
     *
     * @param transfer the next transfer
     */
    default void transfer(Transfer transfer) {
    }

    /**
     * Format 1.1; does nothing unless overridden.
     *
     * @param election the next election
     */
    default void election(Election election) {
    }

    /**
     * Hands over a record of any type by its type.
     *
     * @param record the record
     * @throws NullPointerException if it is null
     */
    default void accept(ExchangeRecord record) {
        // Java 17: no pattern switch; the record type says which method
        switch (record.recordType()) {
            case ORGANIZATION -> organization((Organization) record);
            case MEMBER -> member((Member) record);
            case GRID -> grid((Grid) record);
            case SERVICE_RECORD -> serviceRecord((ServiceRecord) record);
            case POSTING -> posting((Posting) record);
            case APPLICATION -> application((Application) record);
            case MEETING -> meeting((Meeting) record);
            case DUES_PAYMENT -> duesPayment((DuesPayment) record);
            case TRANSFER -> transfer((Transfer) record);
            case ELECTION -> election((Election) record);
        }
    }

    /**
     * Hands over a dataset's records type by type, in the order of {@link RecordType}
     * (organizations, members, grids, service records, postings, then the 1.1 types): the order in
     * which a stream validator keeps the least pending.
     *
     * @param dataset the dataset
     */
    default void acceptAll(Dataset dataset) {
        for (RecordType type : RecordType.values()) {
            dataset.records(type).forEach(this::accept);
        }
    }

    /**
     * @param each what to do with every record, whatever its type
     * @return a consumer handing every record to {@code each}
     */
    static RecordConsumer of(Consumer<? super ExchangeRecord> each) {
        Objects.requireNonNull(each, "each");
        return new RecordConsumer() {
            @Override
            public void organization(Organization organization) {
                each.accept(organization);
            }

            @Override
            public void member(Member member) {
                each.accept(member);
            }

            @Override
            public void grid(Grid grid) {
                each.accept(grid);
            }

            @Override
            public void serviceRecord(ServiceRecord serviceRecord) {
                each.accept(serviceRecord);
            }

            @Override
            public void posting(Posting posting) {
                each.accept(posting);
            }

            @Override
            public void application(Application application) {
                each.accept(application);
            }

            @Override
            public void meeting(Meeting meeting) {
                each.accept(meeting);
            }

            @Override
            public void duesPayment(DuesPayment duesPayment) {
                each.accept(duesPayment);
            }

            @Override
            public void transfer(Transfer transfer) {
                each.accept(transfer);
            }

            @Override
            public void election(Election election) {
                each.accept(election);
            }
        };
    }
}
