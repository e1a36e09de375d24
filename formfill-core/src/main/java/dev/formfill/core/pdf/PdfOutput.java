package dev.formfill.core.pdf;

import dev.formfill.core.FormFillException;
import dev.formfill.core.InvalidPdfException;
import dev.formfill.core.OutputWriteException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Saves a document so that the target either holds the complete new file or is untouched, and
 * no temporary file is left behind either way.
 *
 * <p>The temporary file is created with the ordinary default permissions (the process umask
 * applies, usually {@code rw-r--r--}) rather than {@code Files.createTempFile}'s owner-only ones;
 * when the target already exists, its permissions are copied so replacing a file keeps its mode;
 * in a directory closed to group or others the new file is closed to them as well.
 */
public final class PdfOutput {

    private PdfOutput() {
    }

    /**
     * Saves to a temporary file beside {@code target}, flushes it to disk, then moves it into place
     * atomically. An encrypted input stays encrypted (see {@link OutputProtection}).
     *
     * @param password the password the document was opened with, or {@code null}; it must be given
     *                 for a document opened with one, or the output would lose its open password
     */
    public static void saveAtomically(PDDocument doc, Path target, String password) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputWriteException("output directory does not exist: " + dir);
        }
        if (Files.isDirectory(abs)) {
            throw new OutputWriteException("output path is a directory: " + abs);
        }
        Path tmp = dir.resolve("." + abs.getFileName() + "." + HexFormat.of().formatHex(randomBytes()) + ".part");
        boolean created = false;
        try {
            OutputProtection.apply(doc, password);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                created = true;
                OutputStream os = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                doc.save(os);
                os.flush();
                ch.force(true);
            }
            settlePermissions(dir, abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            created = false;
        } catch (IOException e) {
            throw new OutputWriteException("cannot write " + abs + ": " + e, e);
        } catch (FormFillException e) {
            throw e;
        } catch (RuntimeException e) {
            // PDFBox fails unchecked when an object of the input cannot be serialized.
            throw new InvalidPdfException("cannot save the document: " + e, e);
        } finally {
            if (created) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the failure is already being reported
                }
            }
        }
    }

    /**
     * Replacing a file keeps its mode. A new file keeps the ordinary default mode, except that a
     * directory closed to group or others (a private job directory) keeps the file closed to them too.
     */
    private static void settlePermissions(Path dir, Path target, Path tmp) throws IOException {
        PosixFileAttributeView dst = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (dst == null) {
            return; // not a POSIX file system: its defaults apply
        }
        if (Files.exists(target)) {
            PosixFileAttributeView src = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (src != null) {
                dst.setPermissions(src.readAttributes().permissions());
            }
            return;
        }
        Set<PosixFilePermission> dirMode = Files.getPosixFilePermissions(dir);
        Set<PosixFilePermission> mode = EnumSet.copyOf(dst.readAttributes().permissions());
        if (!dirMode.contains(PosixFilePermission.GROUP_EXECUTE)) {
            mode.removeAll(EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.GROUP_EXECUTE));
        }
        if (!dirMode.contains(PosixFilePermission.OTHERS_EXECUTE)) {
            mode.removeAll(EnumSet.of(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        dst.setPermissions(mode);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[6];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
