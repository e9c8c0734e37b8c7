package org.partyorg.core;

/**
 * A record of the exchange format (docs/format.md): one of the ten record types a dataset or a
 * stream holds. The single seam through which readers, validators, writers, generators and
 * statistics handle records of every type alike.
 *
 * <p>Implementations are immutable records, safe to share between threads. Their components may
 * be null so that bad data binds; {@link #recordType()} never returns null.
 */
public sealed interface ExchangeRecord
        permits Organization, Member, Grid, ServiceRecord, Posting, Application, Meeting, DuesPayment, Transfer, Election {

    /** @return the record's id, unique within its type; null when the input lacked it */
    String id();

    /** @return the record's type, never null */
    RecordType recordType();
}
