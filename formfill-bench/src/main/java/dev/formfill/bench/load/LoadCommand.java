package dev.formfill.bench.load;

import dev.formfill.bench.FormPdfGenerator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code formfill bench load}: the HTTP load harness. Without {@code --url} it starts a server in this process
 * on a free loopback port and stops it afterwards.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "HTTP load: N clients submit/poll/download M jobs, then status polling while jobs run.")
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 8;

    @Option(names = "--jobs", description = "Jobs pushed through in phase 1 (default: ${DEFAULT-VALUE}).")
    int jobs = 20;

    @Option(names = "--url", description = "A running server on loopback, e.g. http://127.0.0.1:8080; default: start one in-process.")
    URI url;

    @Option(names = "--pages", description = "Pages of the submitted form (default: ${DEFAULT-VALUE}).")
    int pages = 2;

    @Option(names = "--model", description = "Model option sent with each job (default: ${DEFAULT-VALUE}).")
    String model = "geometry";

    @Option(names = "--poll-clients", description = "Keep-alive pollers of phase 2 (default: ${DEFAULT-VALUE}).")
    int pollClients = 16;

    @Option(names = "--poll-seconds", description = "Length of phase 2, 0 to skip (default: ${DEFAULT-VALUE}).")
    int pollSeconds = 10;

    @Option(names = "--deadline-seconds", description = "Phase 1 stops submitting after this (default: ${DEFAULT-VALUE}).")
    int deadlineSeconds = 300;

    @Option(names = "--out", description = "Where to write load.json and load.md (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("bench-results");

    @Override
    public Integer call() throws Exception {
        Path tmp = Files.createTempFile("formfill-bench-load-", ".pdf");
        try (InProcessServer server = url == null ? InProcessServer.start(Math.max(64, 2 * (jobs + clients))) : null) {
            URI base = url != null ? url : server.baseUri();
            new FormPdfGenerator().write(tmp, pages);
            HttpLoad.Config config = new HttpLoad.Config(base, clients, jobs, pollClients, Duration.ofSeconds(pollSeconds),
                    Files.readAllBytes(tmp), "{\"model\":\"" + model.replace("\"", "") + "\"}", Duration.ofMillis(50),
                    Duration.ofSeconds(deadlineSeconds));
            System.err.println("bench load: " + base + ", " + clients + " clients, " + jobs + " jobs, then "
                    + pollClients + " pollers for " + pollSeconds + " s");
            HttpLoad.Result result = new HttpLoad(config).run();
            Map<String, Object> setup = new LinkedHashMap<>();
            setup.put("command", "./formfill bench load --clients " + clients + " --jobs " + jobs
                    + (url == null ? "" : " --url " + url));
            setup.put("server", url == null ? "in-process, " + base : base.toString());
            setup.put("clients", clients);
            setup.put("jobs", jobs);
            setup.put("pagesPerJob", pages);
            setup.put("model", model);
            setup.put("pollClients", pollClients);
            setup.put("pollSeconds", pollSeconds);
            setup.put("cores", Runtime.getRuntime().availableProcessors());
            LoadReport report = new LoadReport(result, setup);
            report.write(out);
            System.out.println(report.jobsLine());
            System.out.println(report.pollingLine());
            System.out.println("report: " + out.resolve("load.md") + ", " + out.resolve("load.json"));
            return result.errors() == 0 ? 0 : 1;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
