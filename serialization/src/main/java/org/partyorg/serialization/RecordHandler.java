package org.partyorg.serialization;

import java.time.LocalDate;
import java.util.Objects;
import org.partyorg.core.Application;
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

/**
 * Receives the records of a stream as they are read, for applications that load an export while
 * it is validated. Every method has an empty default. {@code line} is the record's 1-based line.
 * The reader calls the handler on the thread that called it, never on its reading thread.
 */
public interface RecordHandler {
    /**
     * @param schemaVersion the header's version, or null when the stream has no readable header
     * @param asOf the header's date, or null
     */
    default void header(String schemaVersion, LocalDate asOf) {
    }

    /**
     * The header with the format 1.1 coverage; by default hands the rest to {@link #header(String, LocalDate)}.
     *
     * @param schemaVersion the header's version, or null when the stream has no readable header
     * @param asOf the header's date, or null
     * @param coverageFrom the header's coverageFrom, or null
     */
    default void header(String schemaVersion, LocalDate asOf, LocalDate coverageFrom) {
        header(schemaVersion, asOf);
    }

    /**
     * Any record; by default hands it to the method of its type.
     *
     * @param r a record
     * @param line its line
     */
    default void record(ExchangeRecord r, long line) {
        switch (r.recordType()) {
            case ORGANIZATION -> organization((Organization) r, line);
            case MEMBER -> member((Member) r, line);
            case GRID -> grid((Grid) r, line);
            case SERVICE_RECORD -> serviceRecord((ServiceRecord) r, line);
            case POSTING -> posting((Posting) r, line);
            case APPLICATION -> application((Application) r, line);
            case MEETING -> meeting((Meeting) r, line);
            case DUES_PAYMENT -> duesPayment((DuesPayment) r, line);
            case TRANSFER -> transfer((Transfer) r, line);
            case ELECTION -> election((Election) r, line);
        }
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
     * @param a an application (format 1.1)
     * @param line its line
     */
    default void application(Application a, long line) {
    }

    /**
     * @param m a meeting (format 1.1)
     * @param line its line
     */
    default void meeting(Meeting m, long line) {
    }

    /**
     * @param d a dues payment (format 1.1)
     * @param line its line
     */
    default void duesPayment(DuesPayment d, long line) {
    }

    /**
     * @param t a transfer (format 1.1)
     * @param line its line
     */
    default void transfer(Transfer t, long line) {
    }

    /**
     * @param e an election (format 1.1)
     * @param line its line
     */
    default void election(Election e, long line) {
    }

    /**
     * @param consumer receives every record
     * @return a handler that hands each record to the consumer
     */
    static RecordHandler of(RecordConsumer consumer) {
        Objects.requireNonNull(consumer, "consumer");
        return new RecordHandler() {
            @Override
            public void record(ExchangeRecord r, long line) {
                consumer.accept(r);
            }
        };
    }
}
