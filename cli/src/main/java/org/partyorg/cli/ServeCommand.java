package org.partyorg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.partyorg.web.PartyOrgServer;
import org.partyorg.web.WebException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partyorg serve}: the validation page and its JSON API, until stopped (docs/guides/web.md). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the validation page and its JSON API (POST /api/validate, /api/stats) until stopped with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "256", description = "Largest upload in MiB (default: ${DEFAULT-VALUE}).")
    long maxUploadMb;

    @Option(names = "--request-seconds", paramLabel = "S", defaultValue = "300",
            description = "Longest time to receive and read one upload (default: ${DEFAULT-VALUE}).")
    long requestSeconds;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "100000",
            description = "Most findings a report lists; all are counted (default: ${DEFAULT-VALUE}).")
    long maxFindings;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535 || maxUploadMb < 1 || requestSeconds < 1 || maxFindings < 0) {
            err.println("partyorg serve: " + CliMessages.text(CliMessages.environment(), "serveBadOption"));
            return Main.FAILURE;
        }
        PartyOrgServer server;
        try {
            server = PartyOrgServer.builder().bind(bind).port(port).maxUploadBytes(maxUploadMb << 20)
                    .requestTime(Duration.ofSeconds(requestSeconds)).maxListedFindings(maxFindings)
                    .log(line -> {
                        synchronized (err) {
                            err.println(line);
                            err.flush();
                        }
                    }).start();
        } catch (WebException e) {
            err.println("partyorg serve: " + e.getMessage());
            return Main.FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "partyorg-serve-stop"));
        out.println(CliMessages.text(CliMessages.environment(), "serving", server.uri()));
        out.flush();
        stopped.await();
        return Main.OK;
    }
}
