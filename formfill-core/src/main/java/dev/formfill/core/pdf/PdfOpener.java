package dev.formfill.core.pdf;

import dev.formfill.core.EncryptedPdfException;
import dev.formfill.core.FormFillException;
import dev.formfill.core.InvalidOptionsException;
import dev.formfill.core.InvalidPdfException;
import dev.formfill.core.PdfTooLargeException;
import dev.formfill.core.XfaFormException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens and validates an input PDF, turning every failure into a typed {@link FormFillException}:
 * unreadable bytes are {@link InvalidPdfException}, a missing or wrong user password is
 * {@link EncryptedPdfException}, a dynamic XFA form is {@link XfaFormException}, too many pages is
 * {@link PdfTooLargeException}. Owner-password-only documents (restrictions, no open password) open.
 */
public final class PdfOpener {

    private final int maxPages;

    /** @param maxPages documents with more pages are refused with {@link PdfTooLargeException} */
    public PdfOpener(int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be >= 1");
        }
        this.maxPages = maxPages;
    }

    /**
     * Opens and validates {@code file}; the caller closes the document.
     *
     * @param password the user (or owner) password, {@code null} or empty for none
     */
    public PDDocument open(Path file, String password) {
        checkReadable(file);
        PDDocument doc = load(file, password);
        try {
            validate(doc);
            return doc;
        } catch (RuntimeException e) {
            closeQuietly(doc);
            throw e;
        }
    }

    private static void checkReadable(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw new InvalidPdfException("the file is empty (0 bytes), not a PDF");
            }
        } catch (NoSuchFileException e) {
            throw new InvalidOptionsException("in", "no such file: " + file);
        } catch (IOException e) {
            throw new InvalidPdfException("cannot read the input: " + e.getMessage(), e);
        }
    }

    private static PDDocument load(Path file, String password) {
        boolean hasPassword = password != null && !password.isEmpty();
        try {
            return Loader.loadPDF(file.toFile(), hasPassword ? password : "");
        } catch (InvalidPasswordException e) {
            // Thrown only once an encryption dictionary was read and the password check failed.
            throw new EncryptedPdfException(hasPassword
                    ? "the PDF is encrypted and the given password does not open it"
                    : "the PDF is encrypted with a user password: pass it with --password (or the password option)", e);
        } catch (IOException e) {
            if (isUnsupportedSecurity(e)) {
                throw new EncryptedPdfException("the PDF is encrypted with a security handler FormFill cannot open ("
                        + e.getMessage() + ")", e);
            }
            throw new InvalidPdfException("not a readable PDF: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // PDFBox's lenient parser can fail with unchecked exceptions on garbage.
            throw new InvalidPdfException("not a readable PDF: " + e, e);
        }
    }

    /** Public-key (certificate) or unknown security handlers are an encryption problem, not a broken file. */
    private static boolean isUnsupportedSecurity(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("security handler") || m.contains("keystore") || m.contains("recipient");
    }

    private void validate(PDDocument doc) {
        int pages;
        try {
            pages = doc.getNumberOfPages();
            if (pages > maxPages) {
                throw new PdfTooLargeException("the PDF has " + pages + " pages, more than the limit of " + maxPages);
            }
            // Walk the page tree once now, so a broken tree fails here and not halfway through the run.
            int walked = 0;
            for (PDPage page : doc.getPages()) {
                page.getCropBox();
                walked++;
            }
            if (walked == 0) {
                throw new InvalidPdfException("the PDF has no pages");
            }
        } catch (FormFillException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidPdfException("the PDF's page tree is broken: " + e, e);
        }
        if (XfaCheck.isDynamicXfa(doc)) {
            throw new XfaFormException("this is a dynamic XFA form: its pages hold only a placeholder and the real "
                    + "layout lives in XFA data; dynamic XFA forms are not supported (print it to a regular PDF first)");
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
