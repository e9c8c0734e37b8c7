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
 * Giving the same jar twice measures the method's own noise. Each pair's two reports must agree
 * (records, errors, warnings, infos, complete), else the run stops: a build that reads less is not
 * faster. The CPU time is the process's, so it also holds the JIT and GC work either build leaves;
 * and JDK code both builds run (the thread pool, the collections) learns from both, so a pass is
 * not timed exactly as in a JVM of its own: the ratio, not the absolute time, is the result.
 */
public final class AlternateBuilds {
    private AlternateBuilds() {
    }

    /**
     * @param args {@code FILE THREADS N A.jar B.jar}
     * @throws Exception when a jar cannot be loaded or a pass fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 5 || !args[1].matches("[1-9][0-9]{0,3}") || !args[2].matches("[0-9]{1,6}")
                || Integer.parseInt(args[2]) < 3) {
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
            Pass first = pair % 2 == 0 ? a.pass(file) : b.pass(file);
            Pass second = pair % 2 == 0 ? b.pass(file) : a.pass(file);
            Pass passA = pair % 2 == 0 ? first : second;
            Pass passB = pair % 2 == 0 ? second : first;
            if (!passA.report().equals(passB.report())) {
                System.err.printf("the builds disagree: A %s, B %s%n", passA.report(), passB.report());
                System.exit(1);
            }
            wall[pair] = passB.seconds() / passA.seconds();
            cpu[pair] = passB.cpuSeconds() / passA.cpuSeconds();
            System.out.printf("pair %d: A %.3f s (%.2f s CPU), B %.3f s (%.2f s CPU), B/A %.3f (CPU %.3f)%n", pair + 1,
                    passA.seconds(), passA.cpuSeconds(), passB.seconds(), passB.cpuSeconds(), wall[pair], cpu[pair]);
        }
        System.out.printf("B/A, medians of pairs %d-%d: wall %s, CPU %s%n", n / 3 + 1, n, summary(wall, n),
                summary(cpu, n));
    }

    /** @return the median of the last two thirds and its interquartile range */
    private static String summary(double[] ratios, int n) {
        double[] warm = Arrays.copyOfRange(ratios, n / 3, n);
        Arrays.sort(warm);
        return String.format("%.3f (quartiles %.3f-%.3f)", quantile(warm, 0.5), quantile(warm, 0.25),
                quantile(warm, 0.75));
    }

    private static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    /**
     * @param seconds the pass's wall time
     * @param cpuSeconds the process's CPU time during the pass
     * @param report what the report counted: records, errors, warnings, infos, whether complete
     */
    private record Pass(double seconds, double cpuSeconds, String report) {
    }

    /** One build's {@code StreamReader}, reached by reflection through its own class loader. */
    private static final class Build {
        private final Object reader;
        private final Method validate;
        private final List<Method> counts;
        private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        Build(Path jar, int threads) throws IOException, ReflectiveOperationException {
            if (!Files.isRegularFile(jar)) {
                throw new IOException("not a file: " + jar);
            }
            // the platform loader as parent: nothing of partyorg or its dependencies comes from this jar
            ClassLoader loader =
                    new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> streamReader = loader.loadClass("org.partyorg.serialization.StreamReader");
            Object created = streamReader.getMethod("create").invoke(null);
            reader = streamReader.getMethod("withThreads", int.class).invoke(created, threads);
            validate = streamReader.getMethod("validate", Path.class);
            Class<?> report = loader.loadClass("org.partyorg.validation.ValidationReport");
            counts = List.of(report.getMethod("records"), report.getMethod("errors"), report.getMethod("warnings"),
                    report.getMethod("infos"), report.getMethod("isComplete"));
        }

        Pass pass(Path file) throws ReflectiveOperationException {
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
            StringBuilder counted = new StringBuilder();
            for (Method count : counts) {
                counted.append(counted.length() == 0 ? "" : " ").append(count.getName()).append('=')
                        .append(count.invoke(report));
            }
            return new Pass(seconds, cpuSeconds, counted.toString());
        }
    }
}
