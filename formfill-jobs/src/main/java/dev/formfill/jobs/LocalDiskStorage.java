package dev.formfill.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link JobStorage}: one directory per job under a base directory,
 * {@code <base>/<id>/input.pdf}, {@code output.pdf}, {@code job.json}. Directories are created
 * 0700 and files 0600 where the file system is POSIX, since uploads may hold personal data.
 * Only directories named like a UUID (and the {@code .lock} file) are ever touched, so a base
 * directory shared with other files is safe.
 */
final class LocalDiskStorage implements JobStorage {

    private static final Logger LOG = LoggerFactory.getLogger(LocalDiskStorage.class);
    static final String INPUT = "input.pdf";
    static final String OUTPUT = "output.pdf";
    static final String METADATA = "job.json";
    private static final int BUFFER = 64 * 1024;

    static final String LOCK = ".lock";
    private final Path base;
    private final FileChannel lockChannel;
    private final boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** Creates the base directory if needed; throws {@link JobStorageException} when it is unusable. */
    LocalDiskStorage(Path base) {
        this.base = base.toAbsolutePath().normalize();
        try {
            if (!Files.isDirectory(this.base)) {
                Files.createDirectories(this.base, dirAttributes());
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new JobStorageException("cannot create the job directory " + this.base + ": " + describe(e), e);
        }
        if (!Files.isWritable(this.base)) {
            throw new JobStorageException("the job directory " + this.base + " is not writable", null);
        }
        this.lockChannel = lock(this.base);
    }

    /**
     * Takes an exclusive lock on {@code <base>/.lock} for the storage's lifetime: a second manager on
     * the same directory would mark this one's running jobs interrupted and delete its fresh uploads
     * as orphans. The OS drops the lock when the process dies, so a crash never leaves it stale.
     */
    private FileChannel lock(Path dir) {
        Path file = dir.resolve(LOCK);
        FileChannel ch = null;
        try {
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file, fileAttributes());
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another manager created it first; the lock below decides
                }
            }
            ch = FileChannel.open(file, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another manager in this JVM
            }
            if (lock == null) {
                throw new JobStorageException("another JobManager is using the job directory " + dir
                        + "; give each manager its own directory", null);
            }
            return ch;
        } catch (IOException e) {
            closeQuietly(ch);
            throw new JobStorageException("cannot lock the job directory " + dir + ": " + describe(e), e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    @Override
    public void close() {
        closeQuietly(lockChannel); // closing the channel releases the lock
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public Path create(String id, InputStream upload, long maxBytes) {
        Path dir = dir(id);
        try {
            Files.createDirectory(dir, dirAttributes());
        } catch (IOException e) {
            throw new JobStorageException("cannot create job directory " + dir + ": " + describe(e), e);
        }
        Path input = dir.resolve(INPUT);
        boolean ok = false;
        try {
            Files.createFile(input, fileAttributes());
            copyCapped(upload, input, maxBytes);
            ok = true;
            return input;
        } catch (IOException e) {
            throw new JobStorageException("cannot store the upload in " + input + ": " + describe(e), e);
        } finally {
            if (!ok) {
                delete(id);
            }
        }
    }

    /** Streams at most {@code maxBytes + 1} bytes, so an oversized upload is noticed without reading it all. */
    private static void copyCapped(InputStream in, Path target, long maxBytes) throws IOException {
        byte[] buf = new byte[BUFFER];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (true) {
                int want = (int) Math.min(buf.length - 1, maxBytes - total) + 1; // no overflow at Long.MAX_VALUE
                int n;
                try {
                    n = in.read(buf, 0, want);
                } catch (IOException e) {
                    throw new JobStorageException("reading the upload failed: " + describe(e), e);
                }
                if (n < 0) {
                    return;
                }
                total += n;
                if (total > maxBytes) {
                    throw new UploadTooLargeException(maxBytes);
                }
                out.write(buf, 0, n);
            }
        }
    }

    @Override
    public Path input(String id) {
        return dir(id).resolve(INPUT);
    }

    @Override
    public Path output(String id) {
        return dir(id).resolve(OUTPUT);
    }

    @Override
    public void outputWritten(String id) {
        if (posix) {
            Path out = output(id);
            try {
                Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException e) {
                throw new JobStorageException("cannot restrict " + out + ": " + describe(e), e);
            }
        }
    }

    @Override
    public void save(JobSnapshot job) {
        Path dir = dir(job.id());
        if (!Files.isDirectory(dir)) {
            return; // deleted meanwhile: never resurrect it
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + METADATA, ".tmp", fileAttributes());
            Files.write(tmp, JobJson.write(job));
            try {
                Files.move(tmp, dir.resolve(METADATA), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(METADATA), StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (NoSuchFileException e) {
            // The directory went away between the check and the write (a concurrent delete).
        } catch (IOException e) {
            throw new JobStorageException("cannot write " + dir.resolve(METADATA) + ": " + describe(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the failure is already being reported
                }
            }
        }
    }

    @Override
    public List<JobSnapshot> loadAll() {
        List<JobSnapshot> found = new ArrayList<>();
        for (String id : storedIds()) {
            Path meta = dir(id).resolve(METADATA);
            if (!Files.isRegularFile(meta)) {
                continue;
            }
            try {
                JobSnapshot s = JobJson.read(Files.readAllBytes(meta));
                if (s.id().equals(id)) {
                    found.add(s);
                } else {
                    LOG.warn("ignoring {}: it names job {}", meta, s.id());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("ignoring unreadable job metadata {}: {}", meta, e.getMessage());
            }
        }
        return found;
    }

    @Override
    public Set<String> storedIds() {
        Set<String> ids = new HashSet<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(base)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (isJobId(name) && Files.isDirectory(p)) {
                    ids.add(name);
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list the job directory {}: {}", base, e.getMessage());
        }
        return ids;
    }

    @Override
    public void delete(String id) {
        Path dir = dir(id);
        // Two passes: a pipeline finishing concurrently may drop a file in between.
        for (int attempt = 0; attempt < 2 && Files.exists(dir); attempt++) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // retried once; reported below if it persists
                    }
                });
            } catch (NoSuchFileException e) {
                return;
            } catch (IOException | java.io.UncheckedIOException e) {
                LOG.debug("deleting {}: {}", dir, e.getMessage());
            }
        }
        if (Files.exists(dir)) {
            LOG.warn("could not fully remove job directory {}; the next cleanup retries", dir);
        }
    }

    /** The job's directory; the id must be a UUID, so it can never point outside the base. */
    private Path dir(String id) {
        if (!isJobId(id)) {
            throw new IllegalArgumentException("not a job id: " + id);
        }
        return base.resolve(id);
    }

    static boolean isJobId(String s) {
        if (s == null || s.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(s).toString().equals(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private FileAttribute<?>[] dirAttributes() {
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
    }

    private FileAttribute<?>[] fileAttributes() {
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                ? fse.getReason() + " (" + fse.getFile() + ")"
                : e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
