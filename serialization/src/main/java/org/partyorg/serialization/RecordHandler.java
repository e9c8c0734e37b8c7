package org.partyorg.serialization;

import java.time.LocalDate;
import org.partyorg.core.Grid;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordConsumer;
import org.partyorg.core.ServiceRecord;

/**
 * Receives the records of a stream as they are read, for applications that load an export while
 * it is validated. Every method has an empty default. {@code line} is the record's 1-based line.
 */
public interface RecordHandler {
    /**
     * @param schemaVersion the header's version, or null when the stream has no readable header
     * @param asOf the header's date, or null
     */
    default void header(String schemaVersion, LocalDate asOf) {
    }

    /**
     * @param o an organization
     * @param line its line
     */
    default void organization(Organization o, long line) {
    }

    /**
     * @param m a member
     * @param line its line
     */
    default void member(Member m, long line) {
    }

    /**
     * @param g a grid
     * @param line its line
     */
    default void grid(Grid g, long line) {
    }

    /**
     * @param r a service record
     * @param line its line
     */
    default void serviceRecord(ServiceRecord r, long line) {
    }

    /**
     * @param p a posting
     * @param line its line
     */
    default void posting(Posting p, long line) {
    }

    /**
     * @param consumer receives the records, without their lines
     * @return a handler handing every record to the consumer
     */
    static RecordHandler of(RecordConsumer consumer) {
        java.util.Objects.requireNonNull(consumer, "consumer");
        return new RecordHandler() {
            @Override
            public void organization(Organization o, long line) {
                consumer.organization(o);
            }

            @Override
            public void member(Member m, long line) {
                consumer.member(m);
            }

            @Override
            public void grid(Grid g, long line) {
                consumer.grid(g);
            }

            @Override
            public void serviceRecord(ServiceRecord r, long line) {
                consumer.serviceRecord(r);
            }

            @Override
            public void posting(Posting p, long line) {
                consumer.posting(p);
            }
        };
    }
}
