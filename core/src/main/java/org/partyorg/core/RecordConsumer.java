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
     * Hands over a record of any of the five types by its type.
     *
     * @param record an {@link Organization}, {@link Member}, {@link Grid}, {@link ServiceRecord} or {@link Posting}
     * @throws IllegalArgumentException for another type
     */
    default void accept(Record record) {
        if (record instanceof Organization o) {
            organization(o);
        } else if (record instanceof Member m) {
            member(m);
        } else if (record instanceof Grid g) {
            grid(g);
        } else if (record instanceof ServiceRecord r) {
            serviceRecord(r);
        } else if (record instanceof Posting p) {
            posting(p);
        } else {
            throw new IllegalArgumentException("not a record of the exchange format: " + Objects.requireNonNull(record).getClass());
        }
    }

    /**
     * Hands over a dataset's records in the order organizations, members, grids, service records,
     * postings: the order in which a stream validator keeps the least pending.
     *
     * @param dataset the dataset
     */
    default void acceptAll(Dataset dataset) {
        dataset.organizations().forEach(this::organization);
        dataset.members().forEach(this::member);
        dataset.grids().forEach(this::grid);
        dataset.serviceRecords().forEach(this::serviceRecord);
        dataset.postings().forEach(this::posting);
    }

    /**
     * @param each what to do with every record, whatever its type
     * @return a consumer handing every record to {@code each}
     */
    static RecordConsumer of(Consumer<? super Record> each) {
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
        };
    }
}
