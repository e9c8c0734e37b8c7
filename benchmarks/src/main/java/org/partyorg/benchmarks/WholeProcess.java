package org.partyorg.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.partyorg.serialization.StreamReader;
import org.partyorg.validation.ValidationReport;

/**
 * The whole-process side of docs/performance.md ("Whole process against warmed-up passes"), for a
 * stream file of any size, outside JMH:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.partyorg.benchmarks.WholeProcess tokenize FILE
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar org.partyorg.benchmarks.WholeProcess passes FILE THREADS N
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar org.partyorg.benchmarks.WholeProcess pairs FILE THREADS N
 * </pre>
 *
 * {@code tokenize} is benchmark (a) once in a fresh JVM (time it with {@code /usr/bin/time} beside
 * {@code partyorg validate} of the same file); {@code passes} validates the file N times in one JVM
 * and prints each pass, showing how much of a short run is the JIT warming up. {@code pairs} takes
 * the ratio (e)/(a) N times, a tokenization pass and a validation pass right after each other, and
 * prints the median of the last two thirds: on a shared machine whose speed drifts by a third
 * within minutes, JMH's forks of (a) and (e) minutes apart measure the drift as much as the ratio.
 */
public final class WholeProcess {
    private WholeProcess() {
    }

    /**
     * @param args {@code tokenize FILE}, {@code passes FILE THREADS N} or {@code pairs FILE THREADS N}
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("tokenize")) {
            long start = System.nanoTime();
            long[] chars = {0};
            long tokens = StreamBenchmarks.tokenize(JsonFactory.builder().build(), Path.of(args[1]),
                    text -> chars[0] += text.length());
            System.out.printf("%,d tokens, %,d characters of text, %.2f s%n", tokens, chars[0], seconds(start));
        } else if (args.length == 4 && args[0].equals("passes")) {
            StreamReader reader = StreamReader.create().withThreads(Integer.parseInt(args[2]));
            for (int pass = 1; pass <= Integer.parseInt(args[3]); pass++) {
                long start = System.nanoTime();
                ValidationReport report = reader.validate(Path.of(args[1]));
                System.out.printf("pass %d: %.2f s, %d findings%n", pass, seconds(start), report.findings().size());
            }
        } else if (args.length == 4 && args[0].equals("pairs") && Integer.parseInt(args[3]) > 0) {
            pairs(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } else {
            System.err.println("usage: WholeProcess tokenize FILE | passes FILE THREADS N | pairs FILE THREADS N");
            System.exit(2);
        }
    }

    private static void pairs(Path file, int threads, int n) throws IOException {
        JsonFactory factory = JsonFactory.builder().build();
        StreamReader reader = StreamReader.create().withThreads(threads);
        double[] ratios = new double[n];
        for (int pair = 0; pair < n; pair++) {
            // in turn which goes first, so that what one pass leaves behind (garbage, caches) weighs on both
            double tokenize = pair % 2 == 0 ? tokenizePass(factory, file) : 0;
            long start = System.nanoTime();
            ValidationReport report = reader.validate(file);
            double validate = seconds(start);
            tokenize = pair % 2 == 0 ? tokenize : tokenizePass(factory, file);
            ratios[pair] = tokenize / validate;
            System.out.printf("pair %d: tokenize %.3f s, validate %.3f s (%d findings), ratio %.3f%n", pair + 1, tokenize,
                    validate, report.findings().size(), ratios[pair]);
        }
        double[] warm = Arrays.copyOfRange(ratios, n / 3, n);
        Arrays.sort(warm);
        double median = (warm[(warm.length - 1) / 2] + warm[warm.length / 2]) / 2;
        System.out.printf("(e)/(a) with %d thread(s), median of pairs %d-%d: %.3f (%.3f-%.3f)%n", threads, n / 3 + 1, n,
                median, warm[0], warm[warm.length - 1]);
    }

    /** @return the seconds of one pass of (a) */
    private static double tokenizePass(JsonFactory factory, Path file) throws IOException {
        long start = System.nanoTime();
        long[] chars = {0};
        StreamBenchmarks.tokenize(factory, file, text -> chars[0] += text.length());
        return seconds(start);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
