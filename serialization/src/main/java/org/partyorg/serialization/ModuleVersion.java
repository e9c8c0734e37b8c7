package org.partyorg.serialization;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Jackson module's version, from the build (a filtered resource), never a literal to keep in step. */
final class ModuleVersion {
    static final Version VERSION = read();

    private ModuleVersion() {
    }

    private static Version read() {
        Properties p = new Properties();
        try (InputStream in = ModuleVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"), p.getProperty("artifactId"));
    }
}
