package org.partyorg.generator;

import java.time.LocalDate;
import org.partyorg.core.Grid;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.ServiceRecord;
import org.partyorg.validation.StreamValidator;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/** Feeds a generator's records to a stream validator as lines 2, 3, ... of the stream form. */
final class ValidatingSink implements RecordSink {
    private final StreamValidator validator;
    private long seq;
    private ValidationReport report;

    ValidatingSink(ValidationOptions options) {
        this.validator = StreamValidator.forStream(options);
    }

    @Override
    public void header(String schemaVersion, LocalDate asOf) {
        validator.start(schemaVersion, asOf);
    }

    @Override
    public void organization(Organization o) {
        validator.record(o, seq + 2, seq++);
    }

    @Override
    public void member(Member m) {
        validator.record(m, seq + 2, seq++);
    }

    @Override
    public void grid(Grid g) {
        validator.record(g, seq + 2, seq++);
    }

    @Override
    public void serviceRecord(ServiceRecord r) {
        validator.record(r, seq + 2, seq++);
    }

    @Override
    public void posting(Posting p) {
        validator.record(p, seq + 2, seq++);
    }

    @Override
    public void end() {
        report = validator.finish();
    }

    ValidationReport report() {
        return report;
    }
}
