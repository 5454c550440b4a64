package io.github.maprace.plugin.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's own version, for the reports' tool descriptions. */
final class ToolVersion {

    /** Used when the classes do not come from the built jar (e.g. in the module's own tests). */
    static final String UNKNOWN = "unknown";

    // maven-archiver puts this into every jar it builds, so no resource filtering is needed
    private static final String POM_PROPERTIES =
            "/META-INF/maven/io.github.maprace/maprace-maven-plugin/pom.properties";

    private ToolVersion() {
    }

    /** The version of the running plugin, or {@link #UNKNOWN}. */
    static String get() {
        try (InputStream in = ToolVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null && !version.isBlank()) {
                    return version.trim();
                }
            }
        } catch (IOException e) {
            // a report without a version is still a report
        }
        String implementation = ToolVersion.class.getPackage().getImplementationVersion();
        return implementation == null ? UNKNOWN : implementation;
    }
}
