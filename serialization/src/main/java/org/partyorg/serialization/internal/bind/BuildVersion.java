package org.partyorg.serialization.internal.bind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * partyorg's version and group id as the build wrote them (a filtered resource), which both
 * Jackson modules report as their own version: never a literal to keep in step.
 */
public final class BuildVersion {
    private static final Properties PROPERTIES = read();

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}, or null when the resource is missing. */
    public static final String VERSION = PROPERTIES.getProperty("version");

    /** The group id, or null when the resource is missing. */
    public static final String GROUP_ID = PROPERTIES.getProperty("groupId");

    private BuildVersion() {
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream("/org/partyorg/serialization/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
