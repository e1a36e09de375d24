package dev.formfill.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobSettingsTest {

    @Test
    void defaults() {
        JobSettings d = JobSettings.defaults();
        assertEquals(Path.of(System.getProperty("java.io.tmpdir"), "formfill-jobs"), d.baseDir());
        assertEquals(50L * 1024 * 1024, d.maxUploadBytes());
        assertEquals(Duration.ofHours(1), d.ttl());
        assertEquals(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), d.maxConcurrentJobs());
        assertTrue(d.queueCapacity() > 0);
        assertEquals(d, d.toBuilder().build());
    }

    @Test
    void environmentVariablesMapToSettings() {
        JobSettings s = JobSettings.fromEnvironment(Map.of(
                "FORMFILL_JOBS_DIR", "/srv/jobs",
                "FORMFILL_MAX_UPLOAD", "20MB",
                "FORMFILL_QUEUE_CAPACITY", "7",
                "FORMFILL_MAX_CONCURRENT_JOBS", "3",
                "FORMFILL_JOB_TIMEOUT", "90s",
                "FORMFILL_JOB_TTL", "2h",
                "FORMFILL_CLEANUP_INTERVAL", "PT30S",
                "FORMFILL_SHUTDOWN_GRACE", "5",
                "FORMFILL_MODEL_DIR", "/not/ours",
                "PATH", "/usr/bin"));
        assertEquals(Path.of("/srv/jobs"), s.baseDir());
        assertEquals(20L * 1024 * 1024, s.maxUploadBytes());
        assertEquals(7, s.queueCapacity());
        assertEquals(3, s.maxConcurrentJobs());
        assertEquals(Duration.ofSeconds(90), s.jobTimeout());
        assertEquals(Duration.ofHours(2), s.ttl());
        assertEquals(Duration.ofSeconds(30), s.cleanupInterval());
        assertEquals(Duration.ofSeconds(5), s.shutdownGrace());
        assertEquals(JobSettings.defaults().toBuilder().clock(s.clock()).build().ttl(), Duration.ofHours(1));
        assertEquals(JobSettings.defaults(), JobSettings.fromEnvironment(Map.of("FORMFILL_JOB_TTL", " ")));
    }

    @Test
    void sizesAndDurationsParse() {
        assertEquals(1024, JobSettings.parseSize("X", "1kb"));
        assertEquals(3L << 30, JobSettings.parseSize("X", "3 GB"));
        assertEquals(123, JobSettings.parseSize("X", "123"));
        assertEquals(Duration.ofMillis(250), JobSettings.parseDuration("X", "250ms"));
        assertEquals(Duration.ofMinutes(10), JobSettings.parseDuration("X", "10m"));
        assertEquals(Duration.ofDays(1), JobSettings.parseDuration("X", "1d"));
    }

    @Test
    void badValuesNameTheVariable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JobSettings.fromEnvironment(Map.of("FORMFILL_JOB_TTL", "soon")));
        assertTrue(e.getMessage().contains("FORMFILL_JOB_TTL"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> JobSettings.fromEnvironment(Map.of("FORMFILL_MAX_UPLOAD", "lots")));
        assertTrue(e.getMessage().contains("FORMFILL_MAX_UPLOAD"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> JobSettings.fromEnvironment(Map.of("FORMFILL_MAX_CONCURRENT_JOBS", "0")));
        assertTrue(e.getMessage().contains("maxConcurrentJobs"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JobSettings.builder().ttl(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> JobSettings.builder().queueCapacity(0).build());
    }
}
