package org.partyorg.validation;

import java.util.Objects;
import org.partyorg.core.Dataset;
import org.partyorg.validation.internal.rules.PathLayout;
import org.partyorg.validation.internal.rules.ValidationRun;

/**
 * Validates a whole {@link Dataset} against every rule of the catalog, as of the dataset's own
 * {@code asOf}. It feeds the dataset's records, in the order organizations, members, grids,
 * service records, postings, to the engine behind {@link StreamValidator}, so the two give
 * identical findings.
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
     * @param options the options, not null
     * @return a copy of this validator with those options (made as the readers are:
     *     {@code DatasetValidator.create().withOptions(options)})
     */
    public DatasetValidator withOptions(ValidationOptions options) {
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
        return new ValidationRun(options, PathLayout.DOCUMENT).validate(dataset);
    }
}
