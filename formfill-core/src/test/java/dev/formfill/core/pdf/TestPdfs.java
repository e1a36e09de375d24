package dev.formfill.core.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Test helpers: the shared eval files, generated PDFs, and the external checkers (qpdf, pdftoppm). */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** {@code ../shared/eval/SUB}; skips the test when the shared data is not there. */
    public static Path eval(String sub) {
        String shared = System.getProperty("formfill.shared");
        assumeTrue(shared != null, "formfill.shared not set");
        Path dir = Path.of(shared, "eval", sub);
        assumeTrue(Files.isDirectory(dir), "no eval data at " + dir);
        return dir;
    }

    /** The PDFs of an eval folder, sorted by name. */
    public static List<Path> pdfs(String sub) throws IOException {
        try (Stream<Path> s = Files.list(eval(sub))) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    /** A document of {@code pages} Letter pages, each with a line of text and a drawn box. */
    public static PDDocument textDocument(int pages) throws IOException {
        PDDocument doc = new PDDocument();
        for (int i = 0; i < pages; i++) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Name of applicant, page " + (i + 1));
                cs.endText();
                cs.addRect(72, 650, 300, 24);
                cs.stroke();
            }
        }
        return doc;
    }

    /** Saves a document to {@code file} and closes it. */
    public static Path save(PDDocument doc, Path file) throws IOException {
        try (doc) {
            doc.save(file.toFile());
        }
        return file;
    }

    /** Whether an executable is on the PATH. */
    public static boolean hasTool(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }

    /** Result of an external command. */
    public record Exec(int exitCode, String output) {
    }

    /** Runs a command, returning its exit code and combined output. */
    public static Exec exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        return new Exec(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** {@code qpdf --check} (with a password when given); skips when qpdf is absent. Exit 0 or 3 (warnings) passes. */
    public static Exec qpdfCheck(Path pdf, String password) throws IOException, InterruptedException {
        assumeTrue(hasTool("qpdf"), "qpdf not installed");
        List<String> cmd = new ArrayList<>(List.of("qpdf", "--check"));
        if (password != null) {
            cmd.add("--password=" + password);
        }
        cmd.add(pdf.toString());
        return exec(cmd.toArray(String[]::new));
    }

    /** Renders page 1 with pdftoppm at {@code dpi} into {@code dir}; skips when pdftoppm is absent. */
    public static Path pdftoppm(Path pdf, Path dir, int dpi, String password) throws IOException, InterruptedException {
        assumeTrue(hasTool("pdftoppm"), "pdftoppm not installed");
        Path prefix = dir.resolve(pdf.getFileName().toString().replace(".pdf", "") + "-ppm");
        List<String> cmd = new ArrayList<>(List.of("pdftoppm", "-png", "-r", String.valueOf(dpi), "-f", "1", "-l", "1",
                "-singlefile"));
        if (password != null) {
            cmd.add("-upw");
            cmd.add(password);
        }
        cmd.add(pdf.toString());
        cmd.add(prefix.toString());
        Exec r = exec(cmd.toArray(String[]::new));
        if (r.exitCode() != 0) {
            throw new AssertionError("pdftoppm failed on " + pdf + ": " + r.output());
        }
        return Path.of(prefix + ".png");
    }
}
