package org.partyorg.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release check on staged repositories made here: a good one passes and gives the bundle, and
 * each thing Central requires, taken away, fails it.
 */
class BundleCheckTest {
    private static final String VERSION = "1.2.0";
    private static final List<String> MODULES = List.of(".", "lib");

    @TempDir
    Path root;

    private String parentPom;
    private String libPom;

    @BeforeEach
    void goodPoms() {
        parentPom = """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>example-parent</artifactId>
                  <version>VERSION</version>
                  <packaging>pom</packaging>
                  <modules><module>lib</module></modules>
                  <name>example</name>
                  <description>An example.</description>
                  <url>https://example.org</url>
                  <licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>
                  <developers><developer><name>The maintainers</name></developer></developers>
                  <scm><connection>scm:git:https://example.org/x.git</connection><url>https://example.org/x</url></scm>
                  <properties><lib.version>3.1</lib.version></properties>
                  <dependencyManagement><dependencies>
                    <dependency><groupId>org.example</groupId><artifactId>example-lib</artifactId><version>${project.version}</version></dependency>
                    <dependency><groupId>com.other</groupId><artifactId>other</artifactId><version>${lib.version}</version></dependency>
                  </dependencies></dependencyManagement>
                </project>
                """;
        libPom = """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.example</groupId><artifactId>example-parent</artifactId><version>VERSION</version></parent>
                  <artifactId>example-lib</artifactId>
                  <name>example lib</name>
                  <dependencies><dependency><groupId>com.other</groupId><artifactId>other</artifactId></dependency></dependencies>
                </project>
                """;
    }

    /** Builds the two modules' files as the release build does: POMs, jars, and signatures beside them. */
    private void build(String version, boolean signed) throws IOException {
        Files.writeString(root.resolve("pom.xml"), parentPom.replace("VERSION", version));
        Files.createDirectories(root.resolve("lib/target"));
        Files.writeString(root.resolve("lib/pom.xml"), libPom.replace("VERSION", version));
        if (signed) {
            sign(root.resolve("target/example-parent-" + version + ".pom.asc"));
            sign(root.resolve("lib/target/example-lib-" + version + ".pom.asc"));
        }
        for (String suffix : List.of("", "-sources", "-javadoc")) {
            Path jar = root.resolve("lib/target/example-lib-" + version + suffix + ".jar");
            Files.writeString(jar, "jar" + suffix);
            if (signed) {
                sign(jar.resolveSibling(jar.getFileName() + ".asc"));
            }
        }
    }

    private static void sign(Path signature) throws IOException {
        Files.createDirectories(signature.getParent());
        Files.writeString(signature, "-----BEGIN PGP SIGNATURE-----\n\nabc\n-----END PGP SIGNATURE-----\n");
    }

    private static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path lib(String name) {
        return root.resolve("lib/target").resolve(name);
    }

    private BundleCheck.Report check(boolean strict) throws IOException {
        return BundleCheck.check(new BundleCheck.Options(root, MODULES, strict, root.resolve("target/staging-deploy"),
                root.resolve("target/central-bundle.zip")));
    }

    @Test
    void aSignedReleaseWithEverythingIsStagedAndBundled() throws IOException {
        build(VERSION, true);
        BundleCheck.Report report = check(true);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(root.resolve("target/central-bundle.zip")))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                entries.add(e.getName());
                byte[] content = zip.readAllBytes();
                if (e.getName().endsWith(".jar")) {
                    Path staged = root.resolve("target/staging-deploy").resolve(e.getName());
                    assertThat(staged.resolveSibling(staged.getFileName() + ".sha1")).hasContent(hex("SHA-1", content));
                    assertThat(staged.resolveSibling(staged.getFileName() + ".md5")).hasContent(hex("MD5", content));
                }
            }
        }
        // the parent POM; the lib's POM, jar, sources and javadoc; each with .md5, .sha1 and .asc
        assertThat(entries).hasSize(5 * 4).isEqualTo(report.files()).isSorted()
                .contains("org/example/example-lib/1.2.0/example-lib-1.2.0-javadoc.jar",
                        "org/example/example-lib/1.2.0/example-lib-1.2.0-javadoc.jar.asc",
                        "org/example/example-lib/1.2.0/example-lib-1.2.0.jar.sha1",
                        "org/example/example-lib/1.2.0/example-lib-1.2.0.pom",
                        "org/example/example-parent/1.2.0/example-parent-1.2.0.pom.md5")
                .noneMatch(name -> name.endsWith(".asc.md5") || name.endsWith(".asc.sha1"));
        assertThat(root.resolve("target/staging-deploy/org/example/example-lib/1.2.0/example-lib-1.2.0-sources.jar"))
                .hasContent("jar-sources");
        assertThat(root.resolve("target/staging-deploy/org/example/example-lib/1.2.0/example-lib-1.2.0.pom"))
                .hasContent(libPom.replace("VERSION", VERSION));
    }

    @Test
    void unsignedFilesAreAWarningWhileCheckingAndAnErrorForARelease() throws IOException {
        build(VERSION, false);
        BundleCheck.Report checking = check(false);
        assertThat(checking.errors()).isEmpty();
        assertThat(checking.warnings()).singleElement().asString().contains("5 files are not signed");
        assertThat(checking.files()).hasSize(5 * 3);
        assertThat(root.resolve("target/central-bundle.zip")).exists();

        BundleCheck.Report release = check(true);
        assertThat(release.errors()).hasSize(5).allMatch(e -> e.contains(".asc (a release is signed: set gpg.keyname)"));
        assertThat(root.resolve("target/central-bundle.zip")).doesNotExist();
        assertThat(root.resolve("target/staging-deploy")).doesNotExist();
    }

    @Test
    void aSignatureThatIsNoSignatureFails() throws IOException {
        build(VERSION, true);
        Files.writeString(lib("example-lib-1.2.0.jar.asc"), "not signed");
        assertThat(check(false).errors()).containsExactly(
                "org.example:example-lib:1.2.0: lib/target/example-lib-1.2.0.jar.asc is not an ASCII-armored signature");
    }

    @Test
    void aSignatureOlderThanItsFileFails() throws IOException {
        build(VERSION, true);
        Files.setLastModifiedTime(lib("example-lib-1.2.0.jar.asc"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(check(false).errors()).containsExactly("org.example:example-lib:1.2.0: lib/target/example-lib-1.2.0.jar.asc"
                + " is older than lib/target/example-lib-1.2.0.jar: left from an earlier build (run with clean)");
    }

    @Test
    void aSnapshotVersionIsAWarningWhileCheckingAndAnErrorForARelease() throws IOException {
        build("1.2.0-SNAPSHOT", true);
        BundleCheck.Report checking = check(false);
        assertThat(checking.errors()).isEmpty();
        assertThat(checking.warnings()).singleElement().asString()
                .contains("version 1.2.0-SNAPSHOT is a SNAPSHOT", "a release needs a release version");
        assertThat(checking.files()).contains("org/example/example-lib/1.2.0-SNAPSHOT/example-lib-1.2.0-SNAPSHOT-sources.jar");

        assertThat(check(true).errors()).singleElement().asString().contains("version 1.2.0-SNAPSHOT is a SNAPSHOT");
    }

    @Test
    void aJarWithoutSourcesOrJavadocFails() throws IOException {
        build(VERSION, true);
        Files.delete(lib("example-lib-1.2.0-sources.jar"));
        Files.delete(lib("example-lib-1.2.0-sources.jar.asc"));
        assertThat(check(false).errors()).singleElement().asString()
                .startsWith("org.example:example-lib:1.2.0: no lib/target/example-lib-1.2.0-sources.jar");
        assertThat(root.resolve("target/central-bundle.zip")).doesNotExist();

        Files.delete(lib("example-lib-1.2.0-javadoc.jar"));
        assertThat(check(false).errors()).hasSize(2)
                .anySatisfy(e -> assertThat(e).contains("no lib/target/example-lib-1.2.0-javadoc.jar"));
    }

    @Test
    void aJarNotBuiltFails() throws IOException {
        build(VERSION, true);
        Files.delete(lib("example-lib-1.2.0.jar"));
        assertThat(check(false).errors()).singleElement().asString()
                .startsWith("org.example:example-lib:1.2.0: no lib/target/example-lib-1.2.0.jar");
    }

    @Test
    void aModuleWithoutItsPomFails() throws IOException {
        build(VERSION, true);
        Files.delete(root.resolve("lib/pom.xml"));
        assertThat(check(false).errors()).contains("module lib has no pom.xml");
        Files.writeString(root.resolve("lib/pom.xml"), "<project><artifactId>x</artifactId>");
        assertThat(check(false).errors()).anySatisfy(e -> assertThat(e).startsWith("module lib: its pom.xml cannot be read"));
    }

    @Test
    void aPomWithoutTheRequiredMetadataFails() throws IOException {
        parentPom = parentPom.replaceAll("<scm>.*</scm>", "").replaceAll("<developers>.*</developers>", "")
                .replace("<description>An example.</description>", "");
        libPom = libPom.replace("<name>example lib</name>", "");
        build(VERSION, true);
        List<String> errors = check(false).errors();
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("example-lib:1.2.0: the POM has no <name>"));
        for (String artifact : List.of("example-parent", "example-lib")) {
            assertThat(errors).anySatisfy(e -> assertThat(e).contains(artifact + ":1.2.0: no <scm>"));
            assertThat(errors).anySatisfy(e -> assertThat(e).contains(artifact + ":1.2.0: no <developers>"));
            assertThat(errors).anySatisfy(e -> assertThat(e).contains(artifact + ":1.2.0: no <description>"));
        }
        assertThat(errors).hasSize(7);
    }

    @Test
    void aPomWithoutLicenseOrUrlFails() throws IOException {
        parentPom = parentPom.replaceAll("<licenses>.*</licenses>", "").replace("<url>https://example.org</url>", "");
        build(VERSION, true);
        assertThat(check(false).errors()).hasSize(4)
                .anySatisfy(e -> assertThat(e).contains("example-parent:1.2.0: no <licenses><license> with <name> and <url>"))
                .anySatisfy(e -> assertThat(e).contains("example-lib:1.2.0: no <url>"));
    }

    @Test
    void aSnapshotDependencyFailsEvenWhileChecking() throws IOException {
        parentPom = parentPom.replace("<lib.version>3.1</lib.version>", "<lib.version>3.2-SNAPSHOT</lib.version>");
        build(VERSION, true);
        assertThat(check(false).errors()).singleElement().asString()
                .contains("example-parent:1.2.0 names the SNAPSHOT com.other:other:3.2-SNAPSHOT");
    }

    @Test
    void aModuleThatWouldBeDeployedMustBePublished() throws IOException {
        parentPom = parentPom.replace("<module>lib</module>", "<module>lib</module><module>examples</module>");
        build(VERSION, true);
        Files.createDirectories(root.resolve("examples"));
        Files.writeString(root.resolve("examples/pom.xml"), "<project><artifactId>examples</artifactId></project>");
        assertThat(check(false).errors()).singleElement().asString()
                .startsWith("module examples would be deployed (it does not set maven.deploy.skip) but is not in the published list");

        Files.writeString(root.resolve("examples/pom.xml"), "<project><artifactId>examples</artifactId>"
                + "<properties><maven.deploy.skip>true</maven.deploy.skip></properties></project>");
        assertThat(check(false).errors()).isEmpty();
    }

    @Test
    void aPartyorgArtifactNamedButNotPublishedFails() throws IOException {
        build(VERSION, true);
        BundleCheck.Report report = BundleCheck.check(new BundleCheck.Options(root, List.of("."), false,
                root.resolve("target/staging-deploy"), null));
        assertThat(report.errors()).containsExactly(
                "module lib would be deployed (it does not set maven.deploy.skip) but is not in the published list [.]:"
                        + " add it there, or skip its deployment",
                "org.example:example-parent:1.2.0 names org.example:example-lib, which the bundle lacks");
    }

    @Test
    void theCommandLineExitsWith1WhenTheBundleIsBroken() throws IOException {
        build(VERSION, true);
        Files.delete(lib("example-lib-1.2.0-javadoc.jar"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            status = BundleCheck.run("--root", root.toString(), "--modules", ".,lib", "--strict=true",
                    "--bundle", "target/central-bundle.zip");
        } finally {
            System.setOut(saved);
        }
        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("ERROR: org.example:example-lib:1.2.0: no lib/target/example-lib-1.2.0-javadoc.jar", "no bundle written");

        Files.writeString(lib("example-lib-1.2.0-javadoc.jar"), "javadoc");
        sign(lib("example-lib-1.2.0-javadoc.jar.asc"));
        out.reset();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            status = BundleCheck.run("--root", root.toString(), "--modules", ".,lib", "--bundle", "target/central-bundle.zip");
        } finally {
            System.setOut(saved);
        }
        assertThat(status).isZero();
        assertThat(root.resolve("target/central-bundle.zip")).exists();
        PrintStream savedErr = System.err;
        try {
            System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(BundleCheck.run("--root", root.toString())).isEqualTo(2);
        } finally {
            System.setErr(savedErr);
        }
    }
}
