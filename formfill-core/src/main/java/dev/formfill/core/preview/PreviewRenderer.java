package dev.formfill.core.preview;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.InvalidPdfException;
import dev.formfill.core.OutputWriteException;
import dev.formfill.core.PageRange;
import dev.formfill.core.pdf.PageRenderer;
import dev.formfill.core.pdf.PdfOpener;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Draws detected fields over the rendered pages of the input PDF, one PNG per page: what a person
 * looks at to judge a result. Text boxes are blue, checkboxes green (radio options dashed),
 * signatures magenta; each field is labelled with its name.
 *
 * <pre>{@code
 * new PreviewRenderer(96).write(in, null, result.fields(), null, Path.of("preview"));
 * }</pre>
 */
public final class PreviewRenderer {

    private static final Color TEXT = new Color(0, 90, 230);
    private static final Color CHOICE = new Color(0, 150, 40);
    private static final Color SIGNATURE = new Color(210, 0, 130);

    private final double dpi;

    /** @param dpi render resolution of the previews (36..300) */
    public PreviewRenderer(double dpi) {
        if (!(dpi >= 36 && dpi <= 300)) {
            throw new IllegalArgumentException("preview dpi must be within 36..300, got " + dpi);
        }
        this.dpi = dpi;
    }

    /** The colour a field class is drawn in. */
    public static Color colorOf(FieldType type) {
        return switch (type) {
            case TEXT_BOX -> TEXT;
            case CHOICE_BUTTON -> CHOICE;
            case SIGNATURE -> SIGNATURE;
        };
    }

    /**
     * Writes {@code NAME-page-N.png} (N 1-based, three digits) into {@code dir} for every page in
     * {@code pages} ({@code null}: all pages).
     *
     * @return the files written, in page order
     * @throws InvalidPdfException   when the input cannot be read
     * @throws OutputWriteException  when a file cannot be written
     */
    public List<Path> write(Path pdf, String password, List<DetectedField> fields, PageRange pages, Path dir) {
        Objects.requireNonNull(fields, "fields");
        String base = pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputWriteException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        try (PDDocument doc = new PdfOpener(Integer.MAX_VALUE).open(pdf, password)) {
            PageRenderer renderer = new PageRenderer(doc, 40_000_000L);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                if (pages != null && !pages.contains(i)) {
                    continue;
                }
                BufferedImage img = renderer.render(i, renderer.effectiveDpi(i, dpi));
                final int page = i;
                draw(img, fields.stream().filter(f -> f.page() == page).toList());
                Path out = dir.resolve(String.format(Locale.ROOT, "%s-page-%03d.png", base, i + 1));
                try {
                    ImageIO.write(img, "png", out.toFile());
                } catch (IOException e) {
                    throw new OutputWriteException("cannot write " + out + ": " + e.getMessage(), e);
                }
                written.add(out);
            }
        } catch (IOException e) {
            throw new InvalidPdfException("cannot close " + pdf + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** Draws the fields of one page onto its image. */
    static void draw(BufferedImage img, List<DetectedField> fields) {
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int w = img.getWidth(), h = img.getHeight();
            float stroke = Math.max(1.5f, w / 600f);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, Math.round(w / 90f))));
            FontMetrics fm = g.getFontMetrics();
            for (DetectedField f : fields) {
                Box b = f.box();
                int x = (int) Math.round(b.x0() * w), y = (int) Math.round(b.y0() * h);
                int bw = Math.max(1, (int) Math.round(b.width() * w)), bh = Math.max(1, (int) Math.round(b.height() * h));
                Color c = colorOf(f.type());
                g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 40));
                g.fillRect(x, y, bw, bh);
                g.setColor(c);
                g.setStroke(f.group() != null
                        ? new BasicStroke(stroke, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3 * stroke, 2 * stroke}, 0)
                        : new BasicStroke(stroke));
                g.drawRect(x, y, bw, bh);
                String name = f.name() == null ? f.type().label() : f.name();
                int tw = fm.stringWidth(name);
                int ty = y - 2 >= fm.getAscent() ? y - 2 : y + bh + fm.getAscent();
                g.setColor(new Color(255, 255, 255, 200));
                g.fillRect(x, ty - fm.getAscent(), tw + 2, fm.getAscent() + fm.getDescent());
                g.setColor(c.darker());
                g.drawString(name, x + 1, ty);
            }
        } finally {
            g.dispose();
        }
    }
}
