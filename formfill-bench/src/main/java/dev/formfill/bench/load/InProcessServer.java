package dev.formfill.bench.load;

import dev.formfill.http.HttpSettings;
import dev.formfill.http.ServerMain;
import dev.formfill.jobs.JobSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real FormFill server ({@link ServerMain.Server}: Javalin, job manager, preparer) started inside the
 * harness's JVM on a free loopback port, with its job files in a temporary directory deleted on close. The queue
 * is sized to the run so the harness measures the server, not its back-pressure.
 */
final class InProcessServer implements AutoCloseable {

    private final ServerMain.Server server;
    private final Path jobsDir;

    private InProcessServer(ServerMain.Server server, Path jobsDir) {
        this.server = server;
        this.jobsDir = jobsDir;
    }

    /** Starts on {@code 127.0.0.1}, a free port, with room for {@code queueCapacity} waiting jobs. */
    static InProcessServer start(int queueCapacity) {
        try {
            Path dir = Files.createTempDirectory("formfill-bench-jobs-");
            JobSettings jobs = JobSettings.builder().baseDir(dir).queueCapacity(queueCapacity)
                    .ttl(Duration.ofMinutes(30)).build();
            HttpSettings http = HttpSettings.builder().host("127.0.0.1").port(0).build();
            return new InProcessServer(ServerMain.Server.start(http, jobs), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            try (Stream<Path> walk = Files.walk(jobsDir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // temporary job files only
            }
        }
    }
}
