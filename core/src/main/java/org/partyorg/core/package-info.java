/**
 * The records of the exchange format (docs/format.md): organizations, members, grids, service
 * records and postings (format 1.0), applications, meetings, dues payments, transfers and elections
 * (format 1.1), all {@link org.partyorg.core.ExchangeRecord}s, with their enumerations, the
 * {@link org.partyorg.core.Dataset} that holds them, and {@link org.partyorg.core.RecordConsumer}, the one
 * interface through which readers, writers, generators and statistics pass records.
 *
 * <p><b>Nulls.</b> Record components may be null so that bad data binds and every mistake comes back as
 * a finding; lists are never null (absent means empty). Factories and builders take nulls where a
 * component may be null and say so otherwise.
 *
 * <p><b>Threads.</b> Every record and enumeration is immutable and safe to share between threads;
 * builders are not thread-safe.
 */
package org.partyorg.core;
