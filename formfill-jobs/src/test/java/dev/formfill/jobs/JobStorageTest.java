package dev.formfill.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local-disk storage through the manager: layout, permissions, upload cap, failures that leave nothing. */
class JobStorageTest {

    private static final PrepareOptions GEOMETRY = PrepareOptions.builder().model("geometry").renderDpi(72).build();

    @TempDir
    Path tmp;
    private final FormPreparer preparer = FormPreparer.builder().build();
    private final Events events = new Events();

    @AfterEach
    void stop() {
        preparer.close();
    }

    private JobManager start(Path base, long maxUpload) {
        return JobManager.builder().preparer(preparer).listener(events)
                .settings(JobSettings.builder().baseDir(base).maxUploadBytes(maxUpload).build()).build();
    }

    /** Everything under {@code dir} except the manager's lock file. */
    private static List<Path> tree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir) && !p.getFileName().toString().equals(LocalDiskStorage.LOCK)).toList();
        }
    }

    @Test
    void aJobDirectoryHoldsInputOutputAndMetadataPrivately() throws Exception {
        Path base = tmp.resolve("jobs");
        try (JobManager jobs = start(base, 10_000_000)) {
            String id = jobs.submit(new ByteArrayInputStream(TestPdfs.form(1)), "f.pdf", GEOMETRY).id();
            events.await(id);
            Path dir = base.resolve(id);
            assertEquals(List.of(dir, dir.resolve("input.pdf"), dir.resolve("job.json"), dir.resolve("output.pdf")),
                    tree(base).stream().sorted().toList());
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
            for (String f : List.of("input.pdf", "job.json", "output.pdf")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(f))), f);
            }
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(base)));
        }
    }

    @Test
    void anUploadOverTheCapIsRefusedWithoutReadingItAllOrKeepingAnything() throws Exception {
        Path base = tmp.resolve("jobs");
        try (JobManager jobs = start(base, 1000)) {
            CountingStream big = new CountingStream(new ByteArrayInputStream(new byte[1_000_000]));
            UploadTooLargeException e = assertThrows(UploadTooLargeException.class,
                    () -> jobs.submit(big, "big.pdf", GEOMETRY));
            assertEquals(1000, e.limitBytes());
            assertEquals("UploadTooLargeError", e.type());
            assertTrue(big.count <= 1001, "read " + big.count + " bytes");
            assertEquals(List.of(), tree(base));
            assertEquals(List.of(), jobs.list());

            // Exactly at the cap is accepted (and then fails as a PDF, which is the pipeline's call).
            String id = jobs.submit(new ByteArrayInputStream(new byte[1000]), "x.pdf", GEOMETRY).id();
            assertEquals("InvalidPdfError", events.await(id).error().type());
        }
    }

    @Test
    void anUploadThatBreaksOffLeavesNothing() throws Exception {
        Path base = tmp.resolve("jobs");
        try (JobManager jobs = start(base, 10_000_000)) {
            InputStream broken = new InputStream() {
                private int n;

                @Override
                public int read() throws IOException {
                    if (n++ > 200_000) {
                        throw new IOException("connection reset");
                    }
                    return 'x';
                }
            };
            JobStorageException e = assertThrows(JobStorageException.class, () -> jobs.submit(broken, "f.pdf", GEOMETRY));
            assertTrue(e.getMessage().contains("connection reset"), e.getMessage());
            assertEquals("StorageError", e.type());
            assertEquals(List.of(), tree(base));
        }
    }

    @Test
    void aBaseDirectoryThatCannotBeCreatedIsAClearError() throws Exception {
        Path file = Files.writeString(tmp.resolve("occupied"), "a file, not a directory");
        JobStorageException e = assertThrows(JobStorageException.class, () -> start(file.resolve("jobs"), 1000));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(List.of(file), tree(tmp));
    }

    @Test
    void aSecondManagerCannotTakeOverADirectoryInUse() throws Exception {
        Path base = tmp.resolve("jobs");
        try (JobManager first = start(base, 1000)) {
            JobStorageException e = assertThrows(JobStorageException.class, () -> start(base, 1000));
            assertTrue(e.getMessage().contains("another JobManager"), e.getMessage());
            assertTrue(first.isAccepting());
        }
        start(base, 1000).close(); // free again once the first has closed
    }

    @Test
    void aBaseDirectoryThatBreaksLaterFailsSubmitCleanly() throws Exception {
        Path base = tmp.resolve("jobs");
        try (JobManager jobs = start(base, 10_000_000)) {
            Files.delete(base.resolve(LocalDiskStorage.LOCK));
            Files.delete(base);
            Files.writeString(base, "the disk went away"); // now nothing can be created under it
            JobStorageException e = assertThrows(JobStorageException.class,
                    () -> jobs.submit(new ByteArrayInputStream(TestPdfs.form(1)), "f.pdf", GEOMETRY));
            assertTrue(e.getMessage().contains(base.toString()), e.getMessage());
            assertEquals(List.of(base), tree(tmp));
            assertEquals(List.of(), jobs.list());
            assertEquals(0, jobs.queueDepth());
        }
    }

    /** Counts the bytes taken from the wrapped stream. */
    private static final class CountingStream extends InputStream {
        private final InputStream in;
        long count;

        CountingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
