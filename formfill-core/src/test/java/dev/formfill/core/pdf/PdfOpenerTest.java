package dev.formfill.core.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formfill.core.EncryptedPdfException;
import dev.formfill.core.FormFillException;
import dev.formfill.core.InvalidOptionsException;
import dev.formfill.core.InvalidPdfException;
import dev.formfill.core.PdfTooLargeException;
import dev.formfill.core.XfaFormException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfOpenerTest {

    private final PdfOpener opener = new PdfOpener(2000);

    @TempDir
    Path tmp;

    /** Every file of shared/eval/bad, without a password, and the error it must give. */
    private static final Map<String, Class<? extends FormFillException>> BAD = Map.of(
            "empty_zero_bytes.pdf", InvalidPdfException.class,
            "encrypted_user_password_asdfzxcv.pdf", EncryptedPdfException.class,
            "encrypted_user_password_unknown.pdf", EncryptedPdfException.class,
            "invalid_not_a_pdf_structure.pdf", InvalidPdfException.class,
            "truncated_form.pdf", InvalidPdfException.class,
            "xfa_only_no_widgets.pdf", XfaFormException.class);

    @Test
    void everyBadFileGetsItsTypedError() throws IOException {
        var files = TestPdfs.pdfs("bad");
        assertEquals(BAD.keySet(), files.stream().map(p -> p.getFileName().toString())
                .collect(java.util.stream.Collectors.toSet()), "a bad file without an expectation here");
        for (Path f : files) {
            Class<? extends FormFillException> expected = BAD.get(f.getFileName().toString());
            FormFillException e = assertThrows(FormFillException.class, () -> opener.open(f, null).close(), f.toString());
            assertInstanceOf(expected, e, f + ": " + e);
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void xfaErrorSaysDynamicXfaIsNotSupported() {
        Path f = TestPdfs.eval("bad").resolve("xfa_only_no_widgets.pdf");
        XfaFormException e = assertThrows(XfaFormException.class, () -> opener.open(f, null));
        assertEquals("XfaFormError", e.type());
        String m = e.getMessage().toLowerCase(Locale.ROOT);
        assertTrue(m.contains("dynamic xfa") && m.contains("not supported"), m);
    }

    @Test
    void userPasswordOpensTheEncryptedFile() throws IOException {
        Path f = TestPdfs.eval("bad").resolve("encrypted_user_password_asdfzxcv.pdf");
        try (PDDocument doc = opener.open(f, "asdfzxcv")) {
            assertTrue(doc.isEncrypted());
            assertTrue(doc.getNumberOfPages() > 0);
        }
        EncryptedPdfException wrong = assertThrows(EncryptedPdfException.class, () -> opener.open(f, "nope"));
        assertTrue(wrong.getMessage().contains("given password"), wrong.getMessage());
        assertEquals("EncryptedPdfError", wrong.type());
    }

    @Test
    void ownerPasswordOnlyFilesOpenWithoutPassword() throws IOException {
        for (String name : new String[] {"pdfjs_bug1815476.pdf", "pymupdf_test-2333.pdf"}) {
            try (PDDocument doc = opener.open(TestPdfs.eval("dev").resolve(name), null)) {
                assertTrue(doc.isEncrypted(), name);
                assertFalse(doc.getCurrentAccessPermission().isOwnerPermission(), name);
            }
        }
    }

    @Test
    void garbageIsNeverCalledEncrypted() throws IOException {
        Path junk = tmp.resolve("junk.pdf");
        Files.writeString(junk, "%PDF-1.7\n1 0 obj << /Encrypt 2 0 R >> endobj\ngarbage /Encrypt", StandardCharsets.ISO_8859_1);
        assertThrows(InvalidPdfException.class, () -> opener.open(junk, null));
        Path text = tmp.resolve("text.pdf");
        Files.writeString(text, "hello, this is not a PDF at all");
        assertThrows(InvalidPdfException.class, () -> opener.open(text, "pw"));
    }

    @Test
    void missingFileIsAnOptionError() {
        InvalidOptionsException e = assertThrows(InvalidOptionsException.class,
                () -> opener.open(tmp.resolve("absent.pdf"), null));
        assertEquals("in", e.field());
    }

    @Test
    void pageCapGivesPdfTooLarge() throws IOException {
        Path f = TestPdfs.save(TestPdfs.textDocument(3), tmp.resolve("three.pdf"));
        PdfTooLargeException e = assertThrows(PdfTooLargeException.class, () -> new PdfOpener(2).open(f, null));
        assertTrue(e.getMessage().contains("3 pages"), e.getMessage());
        try (PDDocument doc = new PdfOpener(3).open(f, null)) {
            assertEquals(3, doc.getNumberOfPages());
        }
    }

    @Test
    void documentWithoutPagesIsInvalid() throws IOException {
        Path f = TestPdfs.save(new PDDocument(), tmp.resolve("empty-tree.pdf"));
        assertThrows(InvalidPdfException.class, () -> opener.open(f, null));
    }

    @Test
    void xfaHybridWithRealContentIsProcessed() throws IOException {
        Path f = TestPdfs.save(withXfa(TestPdfs.textDocument(1), false), tmp.resolve("hybrid.pdf"));
        try (PDDocument doc = opener.open(f, null)) {
            assertEquals(1, doc.getNumberOfPages());
        }
    }

    @Test
    void needsRenderingMarksDynamicXfa() throws IOException {
        Path f = TestPdfs.save(withXfa(TestPdfs.textDocument(1), true), tmp.resolve("needs-rendering.pdf"));
        assertThrows(XfaFormException.class, () -> opener.open(f, null));
    }

    @Test
    void placeholderPageWithXfaAndNoWidgetsIsDynamicXfa() throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
            cs.newLineAtOffset(40, 700);
            cs.showText("Please wait... your PDF viewer may not be able to display this type of document.");
            cs.endText();
        }
        Path f = TestPdfs.save(withXfa(doc, false), tmp.resolve("placeholder.pdf"));
        assertThrows(XfaFormException.class, () -> opener.open(f, null));
    }

    private static PDDocument withXfa(PDDocument doc, boolean needsRendering) throws IOException {
        PDAcroForm form = new PDAcroForm(doc);
        COSStream xfa = doc.getDocument().createCOSStream();
        try (OutputStream os = xfa.createOutputStream()) {
            os.write("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"></xdp:xdp>".getBytes(StandardCharsets.UTF_8));
        }
        form.getCOSObject().setItem(COSName.XFA, xfa);
        doc.getDocumentCatalog().setAcroForm(form);
        if (needsRendering) {
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("NeedsRendering"), COSBoolean.TRUE);
        }
        return doc;
    }
}
