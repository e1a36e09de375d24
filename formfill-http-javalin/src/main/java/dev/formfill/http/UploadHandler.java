package dev.formfill.http;

import dev.formfill.core.PrepareOptions;
import dev.formfill.jobs.JobManager;
import dev.formfill.jobs.JobSnapshot;
import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /jobs}: a multipart upload with a {@code file} part (the PDF) and an optional {@code options} part (JSON).
 *
 * <p>Memory stays flat whatever the upload size: Jetty's multipart parser spools any part above a small threshold to
 * the upload directory and enforces the size cap while it parses; the PDF part is then streamed from there into job
 * storage by {@link JobManager#submit}. The client's file name is display text only and never becomes a path.
 */
final class UploadHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UploadHandler.class);
    /** Parts up to this size stay in memory (options, tiny files); larger ones go to disk. */
    private static final int IN_MEMORY_PART_BYTES = 64 * 1024;
    /** Room for the options part, the multipart framing and headers beyond the PDF itself. */
    private static final long FRAMING_SLACK = OptionsParser.MAX_LENGTH + 64 * 1024;
    /** Readers accept a PDF header anywhere in the first 1024 bytes; so do we. */
    private static final int MAGIC_WINDOW = 1024;
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** Declared types a PDF may arrive with; anything else declared explicitly is refused. */
    private static final Set<String> PDF_TYPES = Set.of("application/pdf", "application/x-pdf",
            "application/octet-stream", "binary/octet-stream", "application/force-download");

    private final JobManager jobs;
    private final OptionsParser options;
    private final Problems problems;
    private final Path spoolDir;
    private final long maxUpload;
    private final JobLinks links;

    UploadHandler(JobManager jobs, OptionsParser options, Problems problems, Path spoolDir, JobLinks links) {
        this.jobs = jobs;
        this.options = options;
        this.problems = problems;
        this.spoolDir = spoolDir;
        this.maxUpload = jobs.settings().maxUploadBytes();
        this.links = links;
    }

    void handle(Context ctx, Exchange exchange) throws Exception {
        if (!ctx.isMultipartFormData()) {
            throw new ApiException(415, "UnsupportedMediaTypeError", "Unsupported media type",
                    "send the PDF as multipart/form-data with a 'file' part (and an optional 'options' JSON part)");
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxUpload + FRAMING_SLACK) {
            throw problems.tooLarge(maxUpload); // refuse before reading a byte
        }
        ctx.req().setAttribute("org.eclipse.jetty.multipartConfig", new MultipartConfigElement(
                spoolDir.toString(), maxUpload, maxUpload + FRAMING_SLACK, IN_MEMORY_PART_BYTES));
        Collection<Part> parts = readParts(ctx);
        try {
            PrepareOptions opts = options.parse(text(part(parts, "options")));
            Part file = part(parts, "file");
            if (file == null) {
                throw ApiException.unprocessable("MissingFileError", "the upload has no 'file' part");
            }
            if (file.getSize() == 0) {
                throw ApiException.unprocessable("EmptyUploadError", "the uploaded file is empty").with("field", "file");
            }
            String declaredType = baseType(file.getContentType());
            if (declaredType != null && !PDF_TYPES.contains(declaredType)) {
                throw notPdf("the file was sent as " + declaredType + ", not application/pdf");
            }
            JobSnapshot job;
            try (InputStream in = new BufferedInputStream(file.getInputStream(), MAGIC_WINDOW * 8)) {
                if (!startsLikePdf(in)) {
                    throw notPdf("the file does not start with a PDF header (%PDF-)");
                }
                job = jobs.submit(in, displayName(file.getSubmittedFileName()), opts);
            }
            Exchange.tagJob(ctx, job.id());
            LOG.info("job {} queued: {} ({} bytes)", job.id(), job.originalName(), file.getSize());
            ctx.header("Location", links.job(job.id()));
            exchange.json(ctx, 202, links.created(job));
        } finally {
            for (Part p : parts) {
                try {
                    p.delete(); // the spooled copy; the job has its own
                } catch (IOException ignored) {
                    // best effort: Jetty removes it at the end of the request too
                }
            }
        }
    }

    private Collection<Part> readParts(Context ctx) {
        try {
            return ctx.req().getParts();
        } catch (Exception e) {
            // Jetty reports an exceeded multipart limit as an IllegalStateException, possibly wrapped in a
            // BadMessageException("bad multipart") and a ServletException: look through the causes.
            for (Throwable t = e; t != null; t = t.getCause()) {
                String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                if (t instanceof IllegalStateException && (msg.contains("max") || msg.contains("exceed"))) {
                    throw problems.tooLarge(maxUpload);
                }
            }
            LOG.debug("unreadable multipart body", e);
            throw new ApiException(400, "MalformedUploadError", "Malformed upload",
                    "the multipart/form-data body could not be parsed");
        }
    }

    private static Part part(Collection<Part> parts, String name) {
        for (Part p : parts) {
            if (name.equals(p.getName())) {
                return p;
            }
        }
        return null;
    }

    private static String text(Part p) throws IOException {
        if (p == null) {
            return null;
        }
        if (p.getSize() > OptionsParser.MAX_LENGTH) {
            throw new dev.formfill.core.InvalidOptionsException("options",
                    "must be at most " + OptionsParser.MAX_LENGTH + " characters");
        }
        try (InputStream in = p.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Whether {@code %PDF-} occurs in the first bytes; leaves the stream where it was. */
    static boolean startsLikePdf(InputStream in) throws IOException {
        in.mark(MAGIC_WINDOW + 1);
        byte[] head = in.readNBytes(MAGIC_WINDOW);
        in.reset();
        outer:
        for (int i = 0; i + MAGIC.length <= head.length; i++) {
            for (int j = 0; j < MAGIC.length; j++) {
                if (head[i + j] != MAGIC[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static ApiException notPdf(String detail) {
        return ApiException.unprocessable("NotPdfError", detail).with("field", "file");
    }

    private static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** The client's name reduced to display text: last path segment, no control characters, bounded length. */
    static String displayName(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return "document.pdf";
        }
        String s = submitted.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (s.length() > 200) {
            s = s.substring(s.length() - 200);
        }
        return s.isEmpty() ? "document.pdf" : s;
    }
}
