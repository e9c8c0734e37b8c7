package org.partyorg.examples;

import java.nio.file.Path;
import org.partyorg.serialization.PartyOrg;
import org.partyorg.validation.ValidationReport;

/** The smallest application of partyorg: validates the files named on its command line. */
public final class ModulePathConsumer {
    private ModulePathConsumer() {
    }

    /**
     * @param file an exchange file
     * @return its report
     */
    public static ValidationReport validate(Path file) {
        return PartyOrg.validate(file);
    }

    /**
     * @param args exchange files
     */
    public static void main(String[] args) {
        for (String file : args) {
            System.out.println(file + ": " + validate(Path.of(file)));
        }
    }
}
