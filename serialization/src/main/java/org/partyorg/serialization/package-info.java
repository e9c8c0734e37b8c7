/**
 * Reading and writing the exchange format (docs/format.md): {@link org.partyorg.serialization.DatasetReader}
 * for one JSON document and {@link org.partyorg.serialization.StreamReader} for the NDJSON stream form, both
 * reporting every problem of shape as a finding instead of throwing; the writers
 * {@link org.partyorg.serialization.DatasetWriter} and {@link org.partyorg.serialization.StreamWriter};
 * the Jackson 2 module {@link org.partyorg.serialization.PartyOrgModule}; the JSON Schemas
 * ({@link org.partyorg.serialization.Schemas}); the report writer of the command line; and
 * {@link org.partyorg.serialization.PartyOrg}, one-call entry points.
 *
 * <p><b>Nulls.</b> Arguments may not be null ({@link java.lang.NullPointerException}). Input that cannot
 * be read at all (a missing file, an I/O error) throws {@link org.partyorg.serialization.ReadException};
 * bad data never throws. <b>Threads.</b> Readers and writers are immutable and may serve many threads;
 * each read or write call is one run on its caller's thread (a stream read also starts one daemon
 * reader thread: see {@link org.partyorg.serialization.StreamReader}).
 */
package org.partyorg.serialization;
