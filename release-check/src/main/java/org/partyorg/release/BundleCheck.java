package org.partyorg.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Stages what {@code ./mvnw -Prelease verify} built for Maven Central, checks it against Central's
 * requirements, and writes the bundle the Central Publisher Portal takes.
 *
 * <p>For every published module (a directory with a {@code pom.xml}) the staged files are what
 * {@code mvn deploy} would upload: the module's POM as {@code ARTIFACT-VERSION.pom} and, for any
 * packaging but {@code pom}, {@code target/ARTIFACT-VERSION.jar} with its {@code -sources.jar} and
 * {@code -javadoc.jar}; each with the {@code .asc} signature the maven-gpg-plugin wrote beside it
 * when a key was configured. They are laid out as a Maven repository ({@code --repository}: group
 * path, artifact, version) with an {@code .md5} and a {@code .sha1} of every file but the
 * signatures, and zipped ({@code --bundle}).
 *
 * <p>The check then requires: every file above; a POM with a name, and a description, url,
 * license, developer and scm (connection and url), its own or inherited from a parent in the
 * bundle; no SNAPSHOT version of anything but the project itself; every partyorg artifact a POM
 * names in the bundle too; and no module that Maven would deploy (one without
 * {@code maven.deploy.skip}) left out of the published list. Two things depend on whether the
 * build is a real release ({@code --strict}): a SNAPSHOT project version and unsigned files are
 * warnings while checking, errors for a release, since Central takes neither. When anything is
 * wrong, no repository and no bundle are left behind and the exit status is 1.
 *
 * <pre>
 * java -cp release-check/target/classes org.partyorg.release.BundleCheck --root . \
 *     --modules .,bom,core,validation,serialization,divisions,fixtures,cli \
 *     --repository target/staging-deploy --bundle target/central-bundle.zip [--strict true]
 * </pre>
 *
 * <p>Only the JDK is needed, so the file also runs as a source-file program
 * ({@code java release-check/src/main/java/org/partyorg/release/BundleCheck.java ...}).
 */
public final class BundleCheck {
    private static final List<String> CHECKSUMS = List.of("md5", "sha1");
    private static final String SIGNATURE = ".asc";
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private static final FileTime ZIP_TIME = FileTime.from(Instant.parse("1980-02-01T00:00:00Z"));

    private BundleCheck() {
    }

    /**
     * What to stage and check.
     *
     * @param root the repository root, whose {@code pom.xml} lists the modules
     * @param modules the published modules, as directories relative to the root ({@code .} for the
     *     root's own POM)
     * @param strict whether this is a real release: a SNAPSHOT version and unsigned files are errors
     * @param repository where to stage the files as a Maven repository (emptied first)
     * @param bundle where to write the bundle, or null for none
     */
    public record Options(Path root, List<String> modules, boolean strict, Path repository, Path bundle) {
    }

    /**
     * What the check found.
     *
     * @param errors what Central would refuse, or a published module lacks
     * @param warnings what a release would refuse but a check lets pass
     * @param files the files of the bundle, relative to the repository, in order
     */
    public record Report(List<String> errors, List<String> warnings, List<String> files) {
        /** @return whether the bundle may be uploaded as far as this check can tell */
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** One published artifact and its POM. */
    private record Staged(String module, String groupId, String artifactId, String version, Document pom) {
        String coordinates() {
            return groupId + ":" + artifactId + ":" + version;
        }
    }

    /**
     * Stages the published modules' files, checks them and, when nothing is wrong, writes the bundle.
     *
     * @param options what to stage and check
     * @return what was found
     * @throws IOException when a file cannot be read or written
     */
    public static Report check(Options options) throws IOException {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Path root = options.root().toAbsolutePath().normalize();

        for (String unlisted : deployedButUnlisted(root, options.modules())) {
            errors.add("module " + unlisted + " would be deployed (it does not set maven.deploy.skip) but is not in"
                    + " the published list " + options.modules() + ": add it there, or skip its deployment");
        }
        Map<String, Staged> staged = new TreeMap<>();
        Map<String, Path> files = new TreeMap<>();
        int unsigned = 0;
        for (String module : options.modules()) {
            Path dir = root.resolve(module).normalize();
            Optional<Staged> artifact = artifact(module, dir, errors);
            if (artifact.isEmpty()) {
                continue;
            }
            Staged a = artifact.get();
            if (staged.putIfAbsent(a.coordinates(), a) != null) {
                errors.add(a.coordinates() + " is published by two modules");
            }
            String packaging = text(a.pom().getDocumentElement(), "packaging").orElse("jar");
            String base = a.artifactId() + "-" + a.version();
            String path = a.groupId().replace('.', '/') + "/" + a.artifactId() + "/" + a.version() + "/";
            Path target = dir.resolve("target");
            Map<String, Path> parts = new LinkedHashMap<>();
            parts.put(base + ".pom", dir.resolve("pom.xml"));
            if (!packaging.equals("pom")) {
                if (!packaging.equals("jar")) {
                    errors.add(a.coordinates() + ": packaging " + packaging + " is not one this check knows (pom, jar)");
                }
                for (String suffix : List.of("", "-sources", "-javadoc")) {
                    parts.put(base + suffix + ".jar", target.resolve(base + suffix + ".jar"));
                }
            }
            for (Map.Entry<String, Path> part : parts.entrySet()) {
                if (!Files.isRegularFile(part.getValue())) {
                    errors.add(a.coordinates() + ": no " + root.relativize(part.getValue()) + " (Central requires the "
                            + packaging + " with its -sources.jar and -javadoc.jar: build with -Prelease)");
                    continue;
                }
                files.put(path + part.getKey(), part.getValue());
                Path signature = target.resolve(part.getKey() + SIGNATURE);
                if (!Files.isRegularFile(signature)) {
                    unsigned++;
                    if (options.strict()) {
                        errors.add(a.coordinates() + ": no signature " + root.relativize(signature)
                                + " (a release is signed: set gpg.keyname)");
                    }
                } else if (!Files.readString(signature, StandardCharsets.US_ASCII).startsWith("-----BEGIN PGP SIGNATURE-----")) {
                    errors.add(a.coordinates() + ": " + root.relativize(signature) + " is not an ASCII-armored signature");
                } else if (Files.getLastModifiedTime(signature).compareTo(Files.getLastModifiedTime(part.getValue())) < 0) {
                    errors.add(a.coordinates() + ": " + root.relativize(signature) + " is older than "
                            + root.relativize(part.getValue()) + ": left from an earlier build (run with clean)");
                } else {
                    files.put(path + part.getKey() + SIGNATURE, signature);
                }
            }
        }
        if (unsigned > 0 && !options.strict()) {
            warnings.add(unsigned + " files are not signed (no .asc): signing runs when gpg.keyname is set"
                    + " (CONTRIBUTING.md, \"Releasing\"); Central refuses unsigned files");
        }
        checkPoms(staged, options.strict(), errors, warnings);

        deleteRecursively(options.repository());
        if (options.bundle() != null) {
            Files.deleteIfExists(options.bundle());
        }
        if (!errors.isEmpty()) {
            return new Report(List.copyOf(errors), List.copyOf(warnings), List.of());
        }
        List<String> entries = new ArrayList<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            Path copy = options.repository().resolve(e.getKey());
            Files.createDirectories(copy.getParent());
            Files.copy(e.getValue(), copy);
            entries.add(e.getKey());
            if (!e.getKey().endsWith(SIGNATURE)) {
                for (String algorithm : CHECKSUMS) {
                    Files.writeString(copy.resolveSibling(copy.getFileName() + "." + algorithm), digest(copy, algorithm),
                            StandardCharsets.US_ASCII);
                    entries.add(e.getKey() + "." + algorithm);
                }
            }
        }
        entries.sort(null);
        if (options.bundle() != null) {
            writeZip(options.bundle(), options.repository(), entries);
        }
        return new Report(List.copyOf(errors), List.copyOf(warnings), List.copyOf(entries));
    }

    /** @return the module's coordinates and POM, or empty after reporting why there are none */
    private static Optional<Staged> artifact(String module, Path dir, List<String> errors) {
        Path pomFile = dir.resolve("pom.xml");
        if (!Files.isRegularFile(pomFile)) {
            errors.add("module " + module + " has no pom.xml");
            return Optional.empty();
        }
        Document pom;
        try {
            pom = parse(pomFile);
        } catch (IOException | UncheckedIOException e) {
            errors.add("module " + module + ": its pom.xml cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        Element project = pom.getDocumentElement();
        Optional<Element> parent = firstChild(project, "parent");
        Optional<String> groupId = text(project, "groupId").or(() -> parent.flatMap(p -> text(p, "groupId")));
        Optional<String> artifactId = text(project, "artifactId");
        Optional<String> version = text(project, "version").or(() -> parent.flatMap(p -> text(p, "version")));
        if (groupId.isEmpty() || artifactId.isEmpty() || version.isEmpty() || version.get().contains("${")) {
            errors.add("module " + module + ": its POM has no literal groupId, artifactId and version");
            return Optional.empty();
        }
        return Optional.of(new Staged(module, groupId.get(), artifactId.get(), version.get(), pom));
    }

    /** @return the root's modules (of any profile) that do not skip deployment and are not in the published list */
    private static List<String> deployedButUnlisted(Path root, List<String> modules) throws IOException {
        Set<Path> published = new TreeSet<>();
        for (String m : modules) {
            published.add(root.resolve(m).normalize());
        }
        Path rootPom = root.resolve("pom.xml");
        if (!Files.isRegularFile(rootPom)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        NodeList declared = parse(rootPom).getDocumentElement().getElementsByTagName("module");
        for (int i = 0; i < declared.getLength(); i++) {
            String module = declared.item(i).getTextContent().strip();
            Path dir = root.resolve(module).normalize();
            Path pom = dir.resolve("pom.xml");
            if (published.contains(dir) || !Files.isRegularFile(pom)) {
                continue;
            }
            Optional<String> skip = firstChild(parse(pom).getDocumentElement(), "properties")
                    .flatMap(p -> text(p, "maven.deploy.skip"));
            if (!skip.map(Boolean::parseBoolean).orElse(false)) {
                out.add(module);
            }
        }
        return out;
    }

    private static void checkPoms(Map<String, Staged> staged, boolean strict, List<String> errors,
            List<String> warnings) {
        Map<String, Staged> byKey = new LinkedHashMap<>();
        for (Staged s : staged.values()) {
            byKey.put(s.groupId() + ":" + s.artifactId(), s);
        }
        Set<String> snapshotVersions = new TreeSet<>();
        for (Staged s : staged.values()) {
            Element project = s.pom().getDocumentElement();
            String where = s.coordinates();
            if (text(project, "name").filter(t -> !t.isBlank()).isEmpty()) {
                errors.add(where + ": the POM has no <name> (Central requires it in every POM; it is not inherited)");
            }
            List<Element> chain = parentChain(s, byKey, errors);
            requireInherited(where, chain, "description", errors);
            requireInherited(where, chain, "url", errors);
            Optional<Element> licenses = inherited(chain, "licenses").flatMap(l -> firstChild(l, "license"));
            if (licenses.isEmpty() || text(licenses.get(), "name").isEmpty() || text(licenses.get(), "url").isEmpty()) {
                errors.add(where + ": no <licenses><license> with <name> and <url>, in the POM or its parents");
            }
            Optional<Element> developer = inherited(chain, "developers").flatMap(d -> firstChild(d, "developer"));
            if (developer.isEmpty() || text(developer.get(), "name").isEmpty() && text(developer.get(), "id").isEmpty()) {
                errors.add(where + ": no <developers><developer> with a <name>, in the POM or its parents");
            }
            Optional<Element> scm = inherited(chain, "scm");
            if (scm.isEmpty() || text(scm.get(), "url").isEmpty() || text(scm.get(), "connection").isEmpty()) {
                errors.add(where + ": no <scm> with <connection> and <url>, in the POM or its parents");
            }
            if (s.version().endsWith("-SNAPSHOT")) {
                snapshotVersions.add(s.version());
            }
            Map<String, String> properties = properties(chain, s);
            for (Element reference : references(project)) {
                String groupId = text(reference, "groupId").map(g -> interpolate(g, properties)).orElse("");
                String artifactId = text(reference, "artifactId").map(a -> interpolate(a, properties)).orElse("");
                Optional<String> version = text(reference, "version").map(v -> interpolate(v, properties));
                boolean own = groupId.equals(s.groupId()) && version.map(s.version()::equals).orElse(true);
                if (own) {
                    if (!groupId.isEmpty() && !reference.getTagName().equals("plugin")
                            && !byKey.containsKey(groupId + ":" + artifactId)) {
                        errors.add(where + " names " + groupId + ":" + artifactId + ", which the bundle lacks");
                    }
                } else if (version.isPresent() && version.get().endsWith("SNAPSHOT")) {
                    errors.add(where + " names the SNAPSHOT " + groupId + ":" + artifactId + ":" + version.get()
                            + " (Central takes no SNAPSHOT; a released artifact cannot depend on one)");
                }
            }
        }
        for (String version : snapshotVersions) {
            String message = "version " + version + " is a SNAPSHOT: Central takes release versions only, so a release needs a"
                    + " release version (CONTRIBUTING.md, \"Releasing\")";
            (strict ? errors : warnings).add(message);
        }
    }

    /** @return the POM's project element, then its parents' among the staged POMs */
    private static List<Element> parentChain(Staged s, Map<String, Staged> byKey, List<String> errors) {
        List<Element> chain = new ArrayList<>();
        Element project = s.pom().getDocumentElement();
        Set<String> seen = new TreeSet<>();
        while (project != null) {
            chain.add(project);
            Optional<Element> parent = firstChild(project, "parent");
            if (parent.isEmpty()) {
                break;
            }
            String key = text(parent.get(), "groupId").orElse("") + ":" + text(parent.get(), "artifactId").orElse("");
            Staged p = byKey.get(key);
            if (p == null || !seen.add(key)) {
                errors.add(s.coordinates() + ": its parent " + key + " is not in the bundle");
                break;
            }
            project = p.pom().getDocumentElement();
        }
        return chain;
    }

    private static void requireInherited(String where, List<Element> chain, String element, List<String> errors) {
        if (inherited(chain, element).map(Node::getTextContent).filter(t -> !t.isBlank()).isEmpty()) {
            errors.add(where + ": no <" + element + ">, in the POM or its parents");
        }
    }

    private static Optional<Element> inherited(List<Element> chain, String element) {
        for (Element project : chain) {
            Optional<Element> e = firstChild(project, element);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /** @return the properties a POM's expressions may name: its parents', overridden by its own, and its coordinates */
    private static Map<String, String> properties(List<Element> chain, Staged s) {
        Map<String, String> properties = new TreeMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            firstChild(chain.get(i), "properties").ifPresent(props -> {
                for (Element p : children(props)) {
                    properties.put(p.getTagName(), p.getTextContent().strip());
                }
            });
        }
        properties.put("project.version", s.version());
        properties.put("project.groupId", s.groupId());
        properties.put("project.artifactId", s.artifactId());
        properties.put("project.parent.version", s.version());
        return properties;
    }

    private static String interpolate(String value, Map<String, String> properties) {
        String out = value;
        for (int round = 0; round < 10 && out.contains("${"); round++) {
            Matcher m = PROPERTY.matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
            }
            m.appendTail(sb);
            if (sb.toString().equals(out)) {
                break;
            }
            out = sb.toString();
        }
        return out;
    }

    /** @return every parent, dependency, plugin and extension the POM names, in any section or profile */
    private static List<Element> references(Element project) {
        List<Element> out = new ArrayList<>();
        for (String tag : List.of("parent", "dependency", "plugin", "extension")) {
            NodeList nodes = project.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                if (firstChild(e, "artifactId").isPresent()) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static String digest(Path file, String algorithm) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(algorithm.equals("sha1") ? "SHA-1" : algorithm.toUpperCase(Locale.ROOT));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Writes the repository's files into a zip in name order, with fixed times, so the same files give the same bytes. */
    private static void writeZip(Path zip, Path repository, List<String> entries) throws IOException {
        if (zip.getParent() != null) {
            Files.createDirectories(zip.getParent());
        }
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : entries) {
                ZipEntry entry = new ZipEntry(name);
                entry.setLastModifiedTime(ZIP_TIME);
                z.putNextEntry(entry);
                Files.copy(repository.resolve(name), z);
                z.closeEntry();
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            try (InputStream in = Files.newInputStream(file)) {
                return b.parse(in);
            }
        } catch (SAXException e) {
            throw new UncheckedIOException(new IOException(file.getFileName() + ": " + e.getMessage(), e));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static Optional<Element> firstChild(Element parent, String tag) {
        return children(parent).stream().filter(e -> e.getTagName().equals(tag)).findFirst();
    }

    private static Optional<String> text(Element parent, String tag) {
        return firstChild(parent, tag).map(e -> e.getTextContent().strip()).filter(t -> !t.isEmpty());
    }

    /**
     * Runs the check; see the class comment for the arguments.
     *
     * @param args the arguments
     * @return the exit status: 0 when the bundle is good (warnings aside), 1 when not, 2 for bad usage
     * @throws IOException when a file cannot be read or written
     */
    public static int run(String... args) throws IOException {
        Map<String, String> a = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                a.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                a.put(arg.substring(2), args[++i]);
            } else {
                System.err.println("release check: unexpected argument " + arg);
                return 2;
            }
        }
        Set<String> known = Set.of("root", "modules", "strict", "repository", "bundle");
        if (!known.containsAll(a.keySet()) || !a.containsKey("root") || !a.containsKey("modules")) {
            System.err.println("usage: BundleCheck --root DIR --modules DIR,DIR... [--strict true|false]"
                    + " [--repository DIR] [--bundle FILE]");
            return 2;
        }
        Path root = Path.of(a.get("root"));
        Options options = new Options(root,
                Arrays.stream(a.get("modules").split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList(),
                Boolean.parseBoolean(a.getOrDefault("strict", "false")),
                root.resolve(a.getOrDefault("repository", "target/staging-deploy")),
                a.containsKey("bundle") ? root.resolve(a.get("bundle")) : null);
        Report report = check(options);
        String mode = options.strict() ? "release" : "check (not a release: -Drelease.strict=true or gpg.keyname makes one)";
        System.out.println("Maven Central bundle, " + mode + ": " + report.files().size() + " files of "
                + options.modules().size() + " modules");
        for (String w : report.warnings()) {
            System.out.println("WARNING: " + w);
        }
        for (String e : report.errors()) {
            System.out.println("ERROR: " + e);
        }
        if (!report.ok()) {
            System.out.println(report.errors().size() + " problem(s): no bundle written");
            return 1;
        }
        System.out.println("staged: " + options.repository()
                + (options.bundle() != null ? "; bundle: " + options.bundle() : ""));
        return 0;
    }

    /**
     * Runs the check and exits with its status.
     *
     * @param args see {@link #run(String...)}
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        System.exit(run(args));
    }
}
