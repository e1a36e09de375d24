package dev.formfill.cli;

import dev.formfill.core.InvalidOptionsException;
import dev.formfill.core.model.ModelCache;
import dev.formfill.core.model.ModelDownloader;
import dev.formfill.core.model.ModelRegistry;
import dev.formfill.core.model.ModelSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code formfill models list | pull NAME}: the known detector models and the user's model cache. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the known detector models or download one into the model cache.",
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Pull.class})
final class ModelsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code formfill models} alone lists. */
    @Override
    public Integer call() {
        return new ListModels().run(spec.commandLine().getOut(), null);
    }

    static ModelCache cache(Path dir) {
        return new ModelCache(dir != null ? dir : ModelCache.defaultDirectory());
    }

    static String megabytes(long bytes) {
        return bytes < 0 ? "size unknown" : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** {@code formfill models list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Known models, whether each is in the cache (path, size), and what auto picks.")
    static final class ListModels implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = {"--dir", "--model-dir"}, paramLabel = "DIR",
                description = "Model cache (default ~/.cache/formfill/models or $FORMFILL_MODEL_DIR).")
        Path dir;

        @Override
        public Integer call() {
            return run(spec.commandLine().getOut(), dir);
        }

        int run(PrintWriter out, Path dir) {
            ModelCache cache = cache(dir);
            ModelRegistry registry = ModelRegistry.builtIn();
            out.printf(Locale.ROOT, "Model cache: %s%n%n", cache.directory());
            out.printf(Locale.ROOT, "%-10s %-5s %-7s %-11s %s%n", "NAME", "TYPE", "INPUT", "LICENCE", "STATUS");
            for (ModelSpec m : registry.models()) {
                String status;
                if (cache.isCached(m)) {
                    Path p = cache.pathOf(m);
                    status = "pulled: " + p + " (" + megabytes(size(p)) + ")";
                } else {
                    status = "not pulled (formfill models pull " + m.name() + ", " + megabytes(m.sizeBytes()) + ")";
                }
                int paren = m.license().indexOf(" (");
                String licence = paren > 0 ? m.license().substring(0, paren) : m.license(); // details: models pull / README
                out.printf(Locale.ROOT, "%-10s %-5s %-7s %-11s %s%n", m.name(), m.contract(), m.imageSize() + "px", licence,
                        status);
            }
            Optional<ModelSpec> auto = registry.autoOrder().stream().filter(cache::isCached).findFirst();
            out.printf(Locale.ROOT, "%n--model auto uses: %s%n",
                    auto.map(ModelSpec::name).orElse("geometry (the embedded detector; no model is pulled)"));
            out.flush();
            return ExitCodes.OK;
        }

        private static long size(Path p) {
            try {
                return Files.size(p);
            } catch (IOException e) {
                return -1;
            }
        }
    }

    /** {@code formfill models pull NAME}. */
    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = "Download a model into the cache (verified by SHA-256, or pinned on the first download "
                    + "when none is published). Models are downloaded only by this command, never implicitly.")
    static final class Pull implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "FFDetr, FFDNet-L or FFDNet-S (see: formfill models list).")
        String name;

        @Option(names = {"--dir", "--model-dir"}, paramLabel = "DIR",
                description = "Model cache (default ~/.cache/formfill/models or $FORMFILL_MODEL_DIR).")
        Path dir;

        @Option(names = "--url", paramLabel = "URL", description = "Download from this mirror instead (the same file is expected).")
        URI url;

        @Option(names = "--force", description = "Download again even if a verified copy is cached.")
        boolean force;

        @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
        boolean quiet;

        @Override
        public Integer call() {
            ModelRegistry registry = ModelRegistry.builtIn();
            ModelSpec m = registry.find(name).orElseThrow(() -> new InvalidOptionsException("NAME",
                    "unknown model '" + name + "'; known: " + String.join(", ",
                            registry.models().stream().map(ModelSpec::name).toList())));
            if (url != null && !("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))) {
                throw new InvalidOptionsException("url", "must be an http(s) URL, got " + url);
            }
            ModelCache cache = cache(dir);
            PrintStream err = System.err;
            boolean bar = !quiet && System.console() != null;
            if (!quiet) {
                err.printf(Locale.ROOT, "formfill: pulling %s (%s, licence: %s) from %s%n", m.name(), megabytes(m.sizeBytes()),
                        m.license(), url != null ? url : m.url());
            }
            ModelDownloader.Result r;
            try {
                r = new ModelDownloader(cache).pull(m, url, force, bar ? new Bar(err) : ModelDownloader.Listener.NONE);
            } finally {
                if (bar) {
                    err.println();
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%s %s: %s (%s, SHA-256 %s, %s)%n", r.alreadyCached() ? "already cached" : "pulled",
                    m.name(), r.path(), megabytes(r.bytes()), r.sha256(), describe(r.verifiedBy()));
            out.flush();
            return ExitCodes.OK;
        }

        private static String describe(String verifiedBy) {
            return switch (verifiedBy) {
                case "published" -> "matches the published checksum";
                case "pin" -> "matches the checksum pinned on the first pull";
                default -> "no checksum is published: pinned now, later pulls must match";
            };
        }
    }

    /** A one-line progress bar, redrawn at most once per percent. */
    static final class Bar implements ModelDownloader.Listener {
        private final PrintStream out;
        private long lastShown = -1;

        Bar(PrintStream out) {
            this.out = out;
        }

        @Override
        public void progress(long done, long total) {
            long step = total > 0 ? done * 100 / total : done >> 20; // percent, or MB when the length is unknown
            if (step == lastShown) {
                return;
            }
            lastShown = step;
            if (total > 0) {
                int width = 30, filled = (int) (done * width / total);
                out.printf(Locale.ROOT, "\r[%s%s] %3d%% %s / %s", "#".repeat(filled), " ".repeat(width - filled), step,
                        megabytes(done), megabytes(total));
            } else {
                out.printf(Locale.ROOT, "\r%s", megabytes(done));
            }
            out.flush();
        }
    }
}
