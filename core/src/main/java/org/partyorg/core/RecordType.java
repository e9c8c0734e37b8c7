package org.partyorg.core;

import java.util.Objects;
import java.util.Optional;
import org.partyorg.core.code.Masking;
import org.partyorg.core.internal.Texts;

/**
 * The record types of the exchange format, with their names on the wire: the {@code recordType}
 * of a stream line and the dataset's array field.
 */
public enum RecordType {
    /** {@link Organization}. */
    ORGANIZATION("organization", "organizations"),
    /** {@link Member}. */
    MEMBER("member", "members"),
    /** {@link Grid}. */
    GRID("grid", "grids"),
    /** {@link ServiceRecord}. */
    SERVICE_RECORD("serviceRecord", "serviceRecords"),
    /** {@link Posting}. */
    POSTING("posting", "postings"),
    /** {@link Application} (format 1.1). */
    APPLICATION("application", "applications"),
    /** {@link Meeting} (format 1.1). */
    MEETING("meeting", "meetings"),
    /** {@link DuesPayment} (format 1.1). */
    DUES_PAYMENT("duesPayment", "duesPayments"),
    /** {@link Transfer} (format 1.1). */
    TRANSFER("transfer", "transfers"),
    /** {@link Election} (format 1.1). */
    ELECTION("election", "elections");

    private final String wireName;
    private final String datasetField;

    RecordType(String wireName, String datasetField) {
        this.wireName = wireName;
        this.datasetField = datasetField;
    }

    /** @return the stream form's {@code recordType} value, e.g. {@code "serviceRecord"} */
    public String wireName() {
        return wireName;
    }

    /** @return whether the type is new in format 1.1 (a writer then declares {@code "1.1"}) */
    public boolean isSince11() {
        return ordinal() > POSTING.ordinal();
    }

    /** @return the dataset's array field, e.g. {@code "serviceRecords"} */
    public String datasetField() {
        return datasetField;
    }

    /**
     * @param wireName a {@code recordType} value, may be null
     * @return the type, or empty when unknown
     */
    public static Optional<RecordType> findByWireName(String wireName) {
        for (RecordType t : VALUES) {
            if (t.wireName.equals(wireName)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * @param datasetField a section of the document form ({@code members}), may be null
     * @return the type whose records it holds, or empty when it is not a section
     */
    public static Optional<RecordType> findByDatasetField(String datasetField) {
        for (RecordType t : VALUES) {
            if (t.datasetField.equals(datasetField)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * @param wireName a {@code recordType} value that must be known, not null
     * @return the type
     * @throws NullPointerException when {@code wireName} is null
     * @throws PartyOrgException when no type has that wire name
     */
    public static RecordType ofWireName(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        return findByWireName(wireName).orElseThrow(() -> new PartyOrgException("no record type "
                + Texts.shorten(Masking.scrubPersonal(wireName), 40)));
    }

    // values() copies the array on every call; the readers look a type up per record
    private static final RecordType[] VALUES = values();
}
