package dev.formfill.examples;

import dev.formfill.core.PrepareOptions;
import dev.formfill.jobs.JobListener;
import dev.formfill.jobs.JobManager;
import dev.formfill.jobs.JobResult;
import dev.formfill.jobs.JobSettings;
import dev.formfill.jobs.JobSnapshot;
import dev.formfill.jobs.JobStatus;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

/**
 * Embeds the job manager without HTTP: submits one PDF, prints its progress, and copies the fillable
 * result next to it. Settings come from the FORMFILL_* environment variables (see
 * {@link JobSettings#fromEnvironment}).
 *
 * <pre>java dev.formfill.examples.EmbedJobManager form.pdf [out.pdf]</pre>
 */
public final class EmbedJobManager {

    private EmbedJobManager() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EmbedJobManager IN.pdf [OUT.pdf]");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        CountDownLatch done = new CountDownLatch(1);
        JobSettings settings = JobSettings.fromEnvironment(System.getenv());
        try (JobManager jobs = JobManager.builder().settings(settings).listener(new JobListener() {
            @Override
            public void onProgress(JobSnapshot job) {
                System.out.printf("%3.0f%%  %s%n", job.progress() * 100, job.message());
            }

            @Override
            public void onFinished(JobSnapshot job) {
                done.countDown();
            }
        }).build()) {
            JobSnapshot job;
            try (InputStream pdf = Files.newInputStream(in)) {
                job = jobs.submit(pdf, in.getFileName().toString(), PrepareOptions.defaults());
            }
            done.await();
            JobSnapshot end = jobs.get(job.id()).orElseThrow();
            if (end.status() != JobStatus.READY) {
                System.err.println(end.status().id() + ": " + end.error().type() + ": " + end.error().detail());
                System.exit(1);
            }
            JobResult result = jobs.result(job.id());
            Path out = args.length > 1 ? Path.of(args[1]) : in.resolveSibling(result.fileName());
            try (InputStream r = result.open()) {
                Files.copy(r, out, StandardCopyOption.REPLACE_EXISTING);
            }
            System.out.println("wrote " + out + " (" + end.fieldCount() + " fields, " + end.pageCount() + " pages)");
            jobs.delete(job.id()); // done with it: remove the job's files now rather than at its TTL
        }
    }
}
