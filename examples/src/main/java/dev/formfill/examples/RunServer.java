package dev.formfill.examples;

import dev.formfill.http.FormFillPlugin;
import dev.formfill.http.HttpSettings;
import dev.formfill.jobs.JobManager;
import dev.formfill.jobs.JobSettings;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs the FormFill job API inside your own Javalin app, with settings chosen in code: jobs kept for 15 minutes, at
 * most 8 waiting, an API key, job tokens, one allowed browser origin, and a route of the app's own beside the plugin's.
 *
 * <pre>java dev.formfill.examples.RunServer [port] [api-key]</pre>
 *
 * then e.g. {@code curl -H 'X-API-Key: change-me' -F file=@form.pdf http://127.0.0.1:8080/jobs}.
 */
public final class RunServer {

    private RunServer() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        String apiKey = args.length > 1 ? args[1] : "change-me";

        JobManager jobs = JobManager.builder().settings(JobSettings.builder()
                .baseDir(Path.of(System.getProperty("java.io.tmpdir"), "formfill-example-jobs"))
                .ttl(Duration.ofMinutes(15))
                .queueCapacity(8)
                .build()).build();
        HttpSettings http = HttpSettings.builder()
                .apiKey(apiKey)
                .requireJobToken(true)
                .corsOrigins(List.of("http://localhost:3000"))
                .build();

        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.registerPlugin(FormFillPlugin.builder(jobs).settings(http).build());
            config.routes.get("/hello", ctx -> ctx.result("my own route, next to FormFill's"));
        });
        // Stop taking requests first, then let the job manager finish or cancel what is running.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            jobs.close();
        }, "shutdown"));
        app.start("127.0.0.1", port);
        System.out.println("upload page: http://127.0.0.1:" + port + "/   (API key: " + apiKey + ")");
    }
}
