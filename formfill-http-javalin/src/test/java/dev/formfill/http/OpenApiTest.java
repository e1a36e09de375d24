package dev.formfill.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.formfill.jobs.JobManager;
import dev.formfill.jobs.JobSettings;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /openapi.json} describes exactly the routes the plugin registers in a Javalin app. */
class OpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @TempDir
    Path dir;

    @Test
    void documentMatchesRegisteredRoutes() throws Exception {
        List<String> registered = new CopyOnWriteArrayList<>();
        try (JobManager jobs = JobManager.builder().settings(JobSettings.builder().baseDir(dir).build()).build()) {
            FormFillPlugin plugin = FormFillPlugin.builder(jobs).build();
            Javalin app = Javalin.create(config -> {
                config.events.handlerAdded(h -> {
                    HandlerType t = h.getHttpMethod();
                    if (t != HandlerType.OPTIONS && t != HandlerType.HEAD) {
                        registered.add(t.name() + " " + h.getPath());
                    }
                });
                config.registerPlugin(plugin);
            });
            app.start("127.0.0.1", 0);
            try {
                JsonNode doc;
                try (InputStream in = FormFillPlugin.class.getResourceAsStream("/dev/formfill/http/openapi.json")) {
                    doc = Api.JSON.readTree(in);
                }
                Set<String> documented = new TreeSet<>();
                doc.get("paths").properties().forEach(p -> p.getValue().fieldNames().forEachRemaining(m -> {
                    if (METHODS.contains(m)) {
                        documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
                    }
                }));
                assertEquals(documented, new TreeSet<>(registered), "openapi.json vs the routes Javalin registered");
                assertEquals(documented, new TreeSet<>(FormFillPlugin.ROUTES), "FormFillPlugin.ROUTES");
                // and the served copy is that document
                JsonNode served = Api.json(new Api(app.port()).get("/openapi.json"));
                assertEquals(doc, served);
            } finally {
                app.stop();
            }
        }
    }
}
