package org.partyorg.serialization;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import org.partyorg.serialization.internal.bind.BuildVersion;

/** The Jackson module's version, from the build (a filtered resource), never a literal to keep in step. */
final class ModuleVersion {
    static final Version VERSION = VersionUtil.parseVersion(BuildVersion.VERSION, BuildVersion.GROUP_ID, "partyorg-serialization");

    private ModuleVersion() {
    }
}
