package dev.formfill.core.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.formfill.core.OutputWriteException;
import dev.formfill.core.PrepareOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfOutputTest {

    @TempDir
    Path tmp;

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void newFileGetsOrdinaryPermissionsAndNoTempFileRemains() throws IOException {
        // JUnit's temporary directory is private; an ordinary shared directory is what this is about
        Path dir = Files.createDirectory(tmp.resolve("shared"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path probe = Files.createFile(dir.resolve("probe"));
        Set<PosixFilePermission> ordinary = Files.getPosixFilePermissions(probe); // what the umask gives any new file
        Files.delete(probe);
        Path out = dir.resolve("out.pdf");
        try (PDDocument doc = TestPdfs.textDocument(1)) {
            PdfOutput.saveAtomically(doc, out, null);
        }
        assertEquals(ordinary, Files.getPosixFilePermissions(out));
        assertTrue(Files.getPosixFilePermissions(out).contains(PosixFilePermission.OTHERS_READ)
                || !ordinary.contains(PosixFilePermission.OTHERS_READ), "not the owner-only mode of createTempFile");
        assertEquals(List.of("out.pdf"), listing(dir));
    }

    @Test
    void newFileInAPrivateDirectoryStaysPrivate() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("private"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        Path out = dir.resolve("out.pdf");
        try (PDDocument doc = TestPdfs.textDocument(1)) {
            PdfOutput.saveAtomically(doc, out, null);
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(out);
        assertTrue(mode.contains(PosixFilePermission.OWNER_READ) && mode.contains(PosixFilePermission.OWNER_WRITE));
        assertFalse(mode.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS")), mode.toString());
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws IOException {
        Path out = tmp.resolve("out.pdf");
        Files.writeString(out, "old");
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(out, mode);
        try (PDDocument doc = TestPdfs.textDocument(1)) {
            PdfOutput.saveAtomically(doc, out, null);
        }
        assertEquals(mode, Files.getPosixFilePermissions(out));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
        }
    }

    @Test
    void missingDirectoryFailsWithoutCreatingAnything() throws IOException {
        Path out = tmp.resolve("missing").resolve("out.pdf");
        try (PDDocument doc = TestPdfs.textDocument(1)) {
            OutputWriteException e = assertThrows(OutputWriteException.class, () -> PdfOutput.saveAtomically(doc, out, null));
            assertEquals("OutputWriteError", e.type());
        }
        assertEquals(List.of(), listing(tmp));
    }

    @Test
    void unwritableDirectoryFailsWithoutStrayFiles() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("ro"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path out = dir.resolve("out.pdf");
        if (Files.isWritable(dir)) {
            // root ignores directory modes; /proc refuses new files to everyone
            assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no unwritable directory available");
            out = Path.of("/proc/self/formfill-out.pdf");
        }
        Path target = out;
        try (PDDocument doc = TestPdfs.textDocument(1)) {
            assertThrows(OutputWriteException.class, () -> PdfOutput.saveAtomically(doc, target, null));
        }
        assertFalse(Files.exists(target));
        assertEquals(List.of(), listing(dir));
    }

    @Test
    void failureWhileSavingLeavesTheTargetUntouched() throws IOException {
        Path out = tmp.resolve("out.pdf");
        Files.writeString(out, "previous content");
        PDDocument doc = TestPdfs.textDocument(1);
        doc.close(); // saving a closed document fails inside PDFBox, after the temporary file exists
        assertThrows(OutputWriteException.class, () -> PdfOutput.saveAtomically(doc, out, null));
        assertEquals("previous content", Files.readString(out));
        assertEquals(List.of("out.pdf"), listing(tmp));
        Path fresh = tmp.resolve("fresh.pdf");
        assertThrows(OutputWriteException.class, () -> PdfOutput.saveAtomically(doc, fresh, null));
        assertFalse(Files.exists(fresh));
    }

    @Test
    void ownerPasswordOnlyInputGivesOutputThatOpensWithoutPasswordWithTheSameRestrictions()
            throws IOException, InterruptedException {
        Path in = TestPdfs.eval("dev").resolve("pdfjs_bug1815476.pdf");
        Path out = tmp.resolve("owner-only.pdf");
        int inputFlags;
        try (PDDocument doc = new PdfOpener(2000).open(in, null)) {
            inputFlags = doc.getEncryption().getPermissions();
            new AcroFormWriter().write(doc, FormFixtures.oneOfEach(), PrepareOptions.defaults());
            PdfOutput.saveAtomically(doc, out, null);
        }
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertTrue(doc.isEncrypted(), "the input's protection is kept");
            AccessPermission p = doc.getCurrentAccessPermission();
            assertFalse(p.isOwnerPermission());
            assertEquals(new AccessPermission(inputFlags).canModifyAnnotations(), p.canModifyAnnotations());
            assertTrue(p.canFillInForm());
            assertNotNull(doc.getDocumentCatalog().getAcroForm(null).getField("full_name"));
        }
        TestPdfs.Exec check = TestPdfs.qpdfCheck(out, null);
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(Files.size(TestPdfs.pdftoppm(out, tmp, 36, null)) > 0);
    }

    @Test
    void userPasswordInputGivesOutputThatNeedsTheSamePassword() throws IOException, InterruptedException {
        Path in = TestPdfs.eval("bad").resolve("encrypted_user_password_asdfzxcv.pdf");
        Path out = tmp.resolve("user-pw.pdf");
        try (PDDocument doc = new PdfOpener(2000).open(in, "asdfzxcv")) {
            new AcroFormWriter().write(doc, FormFixtures.oneOfEach(), PrepareOptions.defaults());
            PdfOutput.saveAtomically(doc, out, "asdfzxcv");
        }
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(out.toFile()).close());
        try (PDDocument doc = Loader.loadPDF(out.toFile(), "asdfzxcv")) {
            assertTrue(doc.isEncrypted());
            assertTrue(doc.getCurrentAccessPermission().isOwnerPermission(), "the given password was the owner's too");
            assertNotNull(doc.getDocumentCatalog().getAcroForm(null).getField("agree"));
        }
        TestPdfs.Exec check = TestPdfs.qpdfCheck(out, "asdfzxcv");
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(TestPdfs.qpdfCheck(out, null).exitCode() != 0, "qpdf must not open it without the password");
        byte[] png = Files.readAllBytes(TestPdfs.pdftoppm(out, tmp, 36, "asdfzxcv"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    }
}
