package dev.formfill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.pdf.TestPdfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code formfill prepare}, run in-process, on the shared eval sets: exit codes and output files. */
class PrepareCommandTest {

    @TempDir
    Path tmp;

    private static int prepare(Path in, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("prepare", in.toString(), out.toString(), "--model", "geometry",
                "--dpi", "36", "--quiet"));
        args.addAll(List.of(extra));
        return FormFillCli.run(args.toArray(String[]::new));
    }

    private List<String> outputs() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyDevAndDemoPdfBecomesAFillablePdf() throws IOException {
        List<Path> inputs = new ArrayList<>(TestPdfs.pdfs("dev"));
        inputs.addAll(TestPdfs.pdfs("demo"));
        for (Path in : inputs) {
            Path out = tmp.resolve(in.getFileName());
            assertEquals(ExitCodes.OK, prepare(in, out), in.toString());
            int inputPages;
            try (PDDocument src = Loader.loadPDF(in.toFile())) {
                inputPages = src.getNumberOfPages();
            }
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                assertNotNull(doc.getDocumentCatalog().getAcroForm(null), in + ": no AcroForm");
                assertEquals(inputPages, doc.getNumberOfPages(), in.toString());
            }
            Files.delete(out);
        }
        assertEquals(List.of(), outputs(), "stray files");
    }

    /** Every file of shared/eval/bad and the exit code it must give. */
    private static final Map<String, Integer> BAD = Map.of(
            "empty_zero_bytes.pdf", ExitCodes.BAD_PDF,
            "encrypted_user_password_asdfzxcv.pdf", ExitCodes.ENCRYPTED,
            "encrypted_user_password_unknown.pdf", ExitCodes.ENCRYPTED,
            "invalid_not_a_pdf_structure.pdf", ExitCodes.BAD_PDF,
            "truncated_form.pdf", ExitCodes.BAD_PDF,
            "xfa_only_no_widgets.pdf", ExitCodes.BAD_PDF);

    @Test
    void everyBadFileGivesItsExitCodeAndNoOutput() throws IOException {
        List<Path> bad = TestPdfs.pdfs("bad");
        assertEquals(BAD.size(), bad.size(), "a bad file without an expected exit code");
        for (Path in : bad) {
            Path out = tmp.resolve("out.pdf");
            assertEquals(BAD.get(in.getFileName().toString()), prepare(in, out), in.toString());
            assertEquals(List.of(), outputs(), in + " left files behind");
        }
    }

    @Test
    void failingRunLeavesAnExistingTargetAsItWas() throws IOException {
        Path out = tmp.resolve("out.pdf");
        Files.writeString(out, "earlier result");
        Path in = TestPdfs.eval("bad").resolve("truncated_form.pdf");
        assertEquals(ExitCodes.BAD_PDF, prepare(in, out));
        assertEquals("earlier result", Files.readString(out));
        assertEquals(List.of("out.pdf"), outputs());
    }

    @Test
    void passwordOpensTheEncryptedFileAndTheOutputKeepsIt() throws IOException {
        Path in = TestPdfs.eval("bad").resolve("encrypted_user_password_asdfzxcv.pdf");
        Path out = tmp.resolve("out.pdf");
        assertEquals(ExitCodes.ENCRYPTED, prepare(in, out, "--password", "wrong"));
        assertFalse(Files.exists(out));
        assertEquals(ExitCodes.OK, prepare(in, out, "--password", "asdfzxcv"));
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(out.toFile()).close());
        try (PDDocument doc = Loader.loadPDF(out.toFile(), "asdfzxcv")) {
            assertNotNull(doc.getDocumentCatalog().getAcroForm(null));
        }
    }

    @Test
    void missingOutputDirectoryIsAnIoError() throws IOException {
        Path in = TestPdfs.eval("dev").resolve("pdfjs_160F-2019.pdf");
        assertEquals(ExitCodes.IO, prepare(in, tmp.resolve("nope").resolve("out.pdf")));
        assertEquals(List.of(), outputs());
    }

    @Test
    void pageCapOrOptionsErrorsAreUsageOrBadPdf() {
        Path in = TestPdfs.eval("dev").resolve("pdfjs_160F-2019.pdf");
        assertEquals(ExitCodes.USAGE, prepare(tmp.resolve("absent.pdf"), tmp.resolve("out.pdf")));
        assertEquals(ExitCodes.USAGE, prepare(in, tmp.resolve("out.pdf"), "--confidence", "7"));
        assertTrue(Files.notExists(tmp.resolve("out.pdf")));
    }
}
