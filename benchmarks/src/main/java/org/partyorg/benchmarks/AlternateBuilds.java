package org.partyorg.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Compares two builds of the stream validator in one JVM, pass against pass:
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar org.partyorg.benchmarks.AlternateBuilds FILE THREADS N A.jar B.jar
 * </pre>
 *
 * <p>Each jar (the {@code benchmarks.jar} or {@code partyorg.jar} of a build: anything that holds
 * partyorg and its dependencies) is loaded by a class loader of its own, so both builds run side by
 * side, each with its own compiled code. N pairs are run, A then B and B then A in turn, and the
 * ratio B/A of each pair's wall time and process CPU time is taken; the medians of the last two
 * thirds are printed. On the shared development machine, whose speed drifts by a third within
 * minutes, two passes a second apart see the same machine, where runs of the two builds minutes
 * apart do not: this tells differences of 2-3% apart, which separate runs cannot (docs/performance.md).
 * Giving the same jar twice measures the method's own noise.
 */
public final class AlternateBuilds {
    private AlternateBuilds() {
    }

    /**
     * @param args {@code FILE THREADS N A.jar B.jar}
     * @throws Exception when a jar cannot be loaded or a pass fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 5 || Integer.parseInt(args[2]) < 3) {
            System.err.println("usage: AlternateBuilds FILE THREADS N A.jar B.jar   (N pairs, at least 3)");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        int n = Integer.parseInt(args[2]);
        Build a = new Build(Path.of(args[3]), threads);
        Build b = new Build(Path.of(args[4]), threads);
        double[] wall = new double[n];
        double[] cpu = new double[n];
        for (int pair = 0; pair < n; pair++) {
            // in turn which goes first, so that what one pass leaves behind weighs on both
            double[] first = pair % 2 == 0 ? a.pass(file) : b.pass(file);
            double[] second = pair % 2 == 0 ? b.pass(file) : a.pass(file);
            double[] passA = pair % 2 == 0 ? first : second;
            double[] passB = pair % 2 == 0 ? second : first;
            wall[pair] = passB[0] / passA[0];
            cpu[pair] = passB[1] / passA[1];
            System.out.printf("pair %d: A %.3f s (%.2f s CPU), B %.3f s (%.2f s CPU), B/A %.3f%n", pair + 1, passA[0],
                    passA[1], passB[0], passB[1], wall[pair]);
        }
        System.out.printf("B/A, medians of pairs %d-%d: wall %s, CPU %s%n", n / 3 + 1, n, summary(wall, n), summary(cpu, n));
    }

    /** @return the median of the last two thirds and its interquartile range */
    private static String summary(double[] ratios, int n) {
        double[] warm = Arrays.copyOfRange(ratios, n / 3, n);
        Arrays.sort(warm);
        return String.format("%.3f (quartiles %.3f-%.3f)", quantile(warm, 0.5), quantile(warm, 0.25), quantile(warm, 0.75));
    }

    private static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    /** One build's {@code StreamReader}, reached by reflection through its own class loader. */
    private static final class Build {
        private final Object reader;
        private final Method validate;
        private final Method findings;
        private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        Build(Path jar, int threads) throws IOException, ReflectiveOperationException {
            if (!Files.isRegularFile(jar)) {
                throw new IOException("not a file: " + jar);
            }
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> streamReader = loader.loadClass("org.partyorg.serialization.StreamReader");
            Object created = streamReader.getMethod("create").invoke(null);
            reader = streamReader.getMethod("withThreads", int.class).invoke(created, threads);
            validate = streamReader.getMethod("validate", Path.class);
            findings = loader.loadClass("org.partyorg.validation.ValidationReport").getMethod("findings");
        }

        /** @return the pass's wall and process CPU seconds */
        double[] pass(Path file) throws ReflectiveOperationException {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            Object report;
            try {
                report = validate.invoke(reader, file);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("the pass failed", e.getCause());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            if (!((List<?>) findings.invoke(report)).isEmpty()) {
                // a benchmark of a broken file measures the reporting, not the reading
                System.out.println("note: the file has findings");
            }
            return new double[] {seconds, cpuSeconds};
        }
    }
}
