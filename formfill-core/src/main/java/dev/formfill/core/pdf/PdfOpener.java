package dev.formfill.core.pdf;

import dev.formfill.core.EncryptedPdfException;
import dev.formfill.core.FormFillException;
import dev.formfill.core.InvalidPdfException;
import dev.formfill.core.PdfTooLargeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** Opens and validates an input PDF, turning every failure into a typed {@link FormFillException}. */
public final class PdfOpener {

    private final int maxPages;

    /** @param maxPages documents with more pages are refused with {@link PdfTooLargeException} */
    public PdfOpener(int maxPages) {
        this.maxPages = maxPages;
    }

    /** Opens {@code file}; the caller closes the document. */
    public PDDocument open(Path file, String password) {
        try {
            if (Files.size(file) == 0) {
                throw new InvalidPdfException("the file is empty (0 bytes), not a PDF");
            }
        } catch (IOException e) {
            throw new InvalidPdfException("cannot read the input: " + e.getMessage(), e);
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), password == null ? "" : password);
        } catch (InvalidPasswordException e) {
            throw new EncryptedPdfException(password == null
                    ? "the PDF is encrypted with a user password; pass the password to open it"
                    : "the PDF is encrypted and the given password does not open it", e);
        } catch (IOException e) {
            throw new InvalidPdfException("not a readable PDF: " + e.getMessage(), e);
        }
        try {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new InvalidPdfException("the PDF has no pages");
            }
            if (pages > maxPages) {
                throw new PdfTooLargeException("the PDF has " + pages + " pages, more than the limit of " + maxPages);
            }
            return doc;
        } catch (RuntimeException e) {
            closeQuietly(doc);
            throw e;
        }
    }

    static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // nothing useful to do: the run already failed
        }
    }
}
