package org.partyorg.validation;

import java.util.Objects;
import java.util.Set;
import org.partyorg.core.Dataset;

/**
 * Validates a whole {@link Dataset} against every rule of the catalog, as of the dataset's own
 * {@code asOf}. It feeds the dataset's records, in the order organizations, members, grids,
 * service records, postings, to a {@link StreamValidator}, so the two give identical findings.
 *
 * <p>Immutable and thread-safe: one instance can validate many datasets from many threads.
 */
public final class DatasetValidator {
    private static final DatasetValidator DEFAULT = new DatasetValidator(ValidationOptions.defaults());

    private final ValidationOptions options;

    private DatasetValidator(ValidationOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** @return a validator with {@link ValidationOptions#defaults()} */
    public static DatasetValidator create() {
        return DEFAULT;
    }

    /**
     * @param options the options
     * @return a validator with those options
     */
    public static DatasetValidator of(ValidationOptions options) {
        return new DatasetValidator(options);
    }

    /** @return the options */
    public ValidationOptions options() {
        return options;
    }

    /**
     * @param dataset the dataset
     * @return the report; paths are those of the document form
     */
    public ValidationReport validate(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        StreamValidator v = StreamValidator.forDocument(options).start(dataset.schemaVersion(), dataset.asOf());
        Set<String> none = Set.of();
        long seq = 0;
        for (int i = 0; i < dataset.organizations().size() && !v.shouldStop(); i++) {
            v.organization(dataset.organizations().get(i), i, seq++, none);
        }
        for (int i = 0; i < dataset.members().size() && !v.shouldStop(); i++) {
            v.member(dataset.members().get(i), i, seq++, none);
        }
        for (int i = 0; i < dataset.grids().size() && !v.shouldStop(); i++) {
            v.grid(dataset.grids().get(i), i, seq++, none);
        }
        for (int i = 0; i < dataset.serviceRecords().size() && !v.shouldStop(); i++) {
            v.serviceRecord(dataset.serviceRecords().get(i), i, seq++, none);
        }
        for (int i = 0; i < dataset.postings().size() && !v.shouldStop(); i++) {
            v.posting(dataset.postings().get(i), i, seq++, none);
        }
        return v.shouldStop() ? v.finishIncomplete() : v.finish();
    }
}
