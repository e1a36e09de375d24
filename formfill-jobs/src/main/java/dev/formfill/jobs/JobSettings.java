package dev.formfill.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of a {@link JobManager}. Immutable; build with {@link #builder()} or read from the
 * environment with {@link #fromEnvironment(Map)}.
 *
 * @param baseDir           where job directories live (default {@code <java.io.tmpdir>/formfill-jobs})
 * @param maxUploadBytes    largest accepted upload (default 50 MiB)
 * @param queueCapacity     jobs that may wait for a worker; more are refused with {@link QueueFullException} (default 64)
 * @param maxConcurrentJobs pipeline runs at once (default half the cores, at least 1: each run's inference
 *                          already uses several threads)
 * @param jobTimeout        wall-clock limit of one run, from start to finish; then it fails with
 *                          {@code TimeoutError} (default 10 minutes)
 * @param ttl               how long finished jobs and their files are kept (default 1 hour)
 * @param cleanupInterval   how often the TTL cleanup runs (default 1 minute)
 * @param shutdownGrace     how long {@link JobManager#close()} lets running jobs finish (default 30 s)
 * @param clock             time source for timestamps and expiry (tests inject their own)
 */
public record JobSettings(Path baseDir, long maxUploadBytes, int queueCapacity, int maxConcurrentJobs,
                          Duration jobTimeout, Duration ttl, Duration cleanupInterval, Duration shutdownGrace,
                          Clock clock) {

    /** Environment variable: {@link #baseDir()}. */
    public static final String ENV_DIR = "FORMFILL_JOBS_DIR";
    /** Environment variable: {@link #maxUploadBytes()}, bytes or with a KB/MB/GB suffix. */
    public static final String ENV_MAX_UPLOAD = "FORMFILL_MAX_UPLOAD";
    /** Environment variable: {@link #queueCapacity()}. */
    public static final String ENV_QUEUE_CAPACITY = "FORMFILL_QUEUE_CAPACITY";
    /** Environment variable: {@link #maxConcurrentJobs()}. */
    public static final String ENV_MAX_CONCURRENT = "FORMFILL_MAX_CONCURRENT_JOBS";
    /** Environment variable: {@link #jobTimeout()}, a duration. */
    public static final String ENV_JOB_TIMEOUT = "FORMFILL_JOB_TIMEOUT";
    /** Environment variable: {@link #ttl()}, a duration. */
    public static final String ENV_TTL = "FORMFILL_JOB_TTL";
    /** Environment variable: {@link #cleanupInterval()}, a duration. */
    public static final String ENV_CLEANUP_INTERVAL = "FORMFILL_CLEANUP_INTERVAL";
    /** Environment variable: {@link #shutdownGrace()}, a duration. */
    public static final String ENV_SHUTDOWN_GRACE = "FORMFILL_SHUTDOWN_GRACE";

    /** Validates every value. */
    public JobSettings {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(clock, "clock");
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be >= 1, got " + maxUploadBytes);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be >= 1, got " + queueCapacity);
        }
        if (maxConcurrentJobs < 1) {
            throw new IllegalArgumentException("maxConcurrentJobs must be >= 1, got " + maxConcurrentJobs);
        }
        positive("jobTimeout", jobTimeout);
        positive("ttl", ttl);
        positive("cleanupInterval", cleanupInterval);
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative, got " + shutdownGrace);
        }
    }

    private static void positive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }

    /** The defaults. */
    public static JobSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder().baseDir(baseDir).maxUploadBytes(maxUploadBytes).queueCapacity(queueCapacity)
                .maxConcurrentJobs(maxConcurrentJobs).jobTimeout(jobTimeout).ttl(ttl)
                .cleanupInterval(cleanupInterval).shutdownGrace(shutdownGrace).clock(clock);
    }

    /** Default concurrency: half the cores, at least one (inference itself is multi-threaded). */
    public static int defaultMaxConcurrentJobs() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /**
     * Settings from environment variables, e.g. {@code JobSettings.fromEnvironment(System.getenv())};
     * unset or blank variables keep the default, other keys are ignored.
     *
     * <table>
     * <caption>Environment variables</caption>
     * <tr><th>variable</th><th>setting</th><th>example</th></tr>
     * <tr><td>{@code FORMFILL_JOBS_DIR}</td><td>{@link #baseDir()}</td><td>{@code /var/lib/formfill/jobs}</td></tr>
     * <tr><td>{@code FORMFILL_MAX_UPLOAD}</td><td>{@link #maxUploadBytes()}</td><td>{@code 52428800}, {@code 50MB}, {@code 1GB}</td></tr>
     * <tr><td>{@code FORMFILL_QUEUE_CAPACITY}</td><td>{@link #queueCapacity()}</td><td>{@code 64}</td></tr>
     * <tr><td>{@code FORMFILL_MAX_CONCURRENT_JOBS}</td><td>{@link #maxConcurrentJobs()}</td><td>{@code 2}</td></tr>
     * <tr><td>{@code FORMFILL_JOB_TIMEOUT}</td><td>{@link #jobTimeout()}</td><td>{@code 600} (seconds), {@code 10m}, {@code PT10M}</td></tr>
     * <tr><td>{@code FORMFILL_JOB_TTL}</td><td>{@link #ttl()}</td><td>{@code 1h}</td></tr>
     * <tr><td>{@code FORMFILL_CLEANUP_INTERVAL}</td><td>{@link #cleanupInterval()}</td><td>{@code 60s}</td></tr>
     * <tr><td>{@code FORMFILL_SHUTDOWN_GRACE}</td><td>{@link #shutdownGrace()}</td><td>{@code 30s}</td></tr>
     * </table>
     *
     * Durations are plain seconds, a number with {@code ms}, {@code s}, {@code m}, {@code h} or {@code d},
     * or ISO-8601 ({@code PT90S}); sizes are bytes or a number with {@code KB}, {@code MB}, {@code GB}
     * (binary multiples).
     *
     * @throws IllegalArgumentException naming the variable when a value cannot be parsed or is out of range
     */
    public static JobSettings fromEnvironment(Map<String, String> env) {
        Builder b = builder();
        String v;
        if ((v = get(env, ENV_DIR)) != null) {
            b.baseDir(Path.of(v));
        }
        if ((v = get(env, ENV_MAX_UPLOAD)) != null) {
            b.maxUploadBytes(parseSize(ENV_MAX_UPLOAD, v));
        }
        if ((v = get(env, ENV_QUEUE_CAPACITY)) != null) {
            b.queueCapacity(parseInt(ENV_QUEUE_CAPACITY, v));
        }
        if ((v = get(env, ENV_MAX_CONCURRENT)) != null) {
            b.maxConcurrentJobs(parseInt(ENV_MAX_CONCURRENT, v));
        }
        if ((v = get(env, ENV_JOB_TIMEOUT)) != null) {
            b.jobTimeout(parseDuration(ENV_JOB_TIMEOUT, v));
        }
        if ((v = get(env, ENV_TTL)) != null) {
            b.ttl(parseDuration(ENV_TTL, v));
        }
        if ((v = get(env, ENV_CLEANUP_INTERVAL)) != null) {
            b.cleanupInterval(parseDuration(ENV_CLEANUP_INTERVAL, v));
        }
        if ((v = get(env, ENV_SHUTDOWN_GRACE)) != null) {
            b.shutdownGrace(parseDuration(ENV_SHUTDOWN_GRACE, v));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid FORMFILL_* setting: " + e.getMessage(), e);
        }
    }

    private static String get(Map<String, String> env, String key) {
        String v = env.get(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static int parseInt(String key, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": expected a whole number, got '" + v + "'");
        }
    }

    static long parseSize(String key, String v) {
        String s = v.toUpperCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        for (String[] u : new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"B", "1"}}) {
            if (s.endsWith(u[0])) {
                unit = Long.parseLong(u[1]);
                s = s.substring(0, s.length() - u[0].length());
                break;
            }
        }
        try {
            return Math.multiplyExact(Long.parseLong(s), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(key + ": expected a size like 52428800 or 50MB, got '" + v + "'");
        }
    }

    static Duration parseDuration(String key, String v) {
        String s = v.toLowerCase(Locale.ROOT).replace(" ", "");
        try {
            if (s.startsWith("p")) {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            }
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            }
            char last = s.charAt(s.length() - 1);
            if (Character.isDigit(last)) {
                return Duration.ofSeconds(Long.parseLong(s));
            }
            long n = Long.parseLong(s.substring(0, s.length() - 1));
            return switch (last) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException(v);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + ": expected a duration like 600, 90s, 10m, 1h or PT10M, got '" + v + "'");
        }
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private Path baseDir = Path.of(System.getProperty("java.io.tmpdir"), "formfill-jobs");
        private long maxUploadBytes = 50L * 1024 * 1024;
        private int queueCapacity = 64;
        private int maxConcurrentJobs = defaultMaxConcurrentJobs();
        private Duration jobTimeout = Duration.ofMinutes(10);
        private Duration ttl = Duration.ofHours(1);
        private Duration cleanupInterval = Duration.ofMinutes(1);
        private Duration shutdownGrace = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Where job directories live. */
        public Builder baseDir(Path v) { this.baseDir = v; return this; }

        /** Largest accepted upload in bytes. */
        public Builder maxUploadBytes(long v) { this.maxUploadBytes = v; return this; }

        /** Jobs that may wait for a worker. */
        public Builder queueCapacity(int v) { this.queueCapacity = v; return this; }

        /** Pipeline runs at once. */
        public Builder maxConcurrentJobs(int v) { this.maxConcurrentJobs = v; return this; }

        /** Wall-clock limit of one run. */
        public Builder jobTimeout(Duration v) { this.jobTimeout = v; return this; }

        /** How long finished jobs are kept. */
        public Builder ttl(Duration v) { this.ttl = v; return this; }

        /** How often the TTL cleanup runs. */
        public Builder cleanupInterval(Duration v) { this.cleanupInterval = v; return this; }

        /** How long {@code close()} lets running jobs finish. */
        public Builder shutdownGrace(Duration v) { this.shutdownGrace = v; return this; }

        /** Time source for timestamps and expiry. */
        public Builder clock(Clock v) { this.clock = v; return this; }

        /** Validates and builds. */
        public JobSettings build() {
            return new JobSettings(baseDir, maxUploadBytes, queueCapacity, maxConcurrentJobs, jobTimeout, ttl,
                    cleanupInterval, shutdownGrace, clock);
        }
    }
}
