package dev.formfill.core.pdf;

import dev.formfill.core.DetectedField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** Creates one PDFBox field (with its widgets and button/signature appearances) per plan entry. */
final class FieldFactory {

    /** The checkbox on-state and export value. */
    static final String CHECKBOX_ON = "Yes";
    /** ZapfDingbats captions viewers use when they rebuild a button: check mark, filled circle. */
    private static final String CAPTION_CHECK = "4";
    private static final String CAPTION_DOT = "l";

    private final PDDocument doc;
    private final PDAcroForm form;
    private final boolean signatureFields;

    FieldFactory(PDDocument doc, PDAcroForm form, boolean signatureFields) {
        this.doc = doc;
        this.form = form;
        this.signatureFields = signatureFields;
    }

    PDField create(FieldPlan.Entry e) throws IOException {
        DetectedField first = e.widgets().get(0);
        if (e.isRadio()) {
            return radio(e);
        }
        return switch (e.type()) {
            case CHOICE_BUTTON -> checkbox(e.name(), first);
            case SIGNATURE -> signatureFields ? signature(e.name(), first) : text(e.name(), first.withCombCells(0).withMultiline(false));
            case TEXT_BOX -> text(e.name(), first);
        };
    }

    private PDField text(String name, DetectedField f) {
        PDTextField t = new PDTextField(form);
        t.setPartialName(name);
        t.setDefaultAppearance(AcroFormWriter.TEXT_DA);
        if (f.combCells() > 0) {
            t.setMaxLen(f.combCells());
            t.setComb(true); // comb needs single-line: multiline stays off
        } else {
            t.setMultiline(f.multiline());
        }
        tooltip(t, f);
        PDRectangle rect = place(t.getWidgets().get(0), f, null);
        double side = Math.min(rect.getWidth(), rect.getHeight());
        if (side < AUTO_SIZE_MIN_PT) {
            // Auto size divides by the box less its border and padding, nothing in a box this small:
            // give the text a fixed size that fits instead.
            t.setDefaultAppearance(String.format(java.util.Locale.ROOT, "/Helv %.1f Tf 0 g", Math.max(1, 0.7 * side)));
        }
        return t;
    }

    /** Text boxes narrower or lower than this (pt) get a fixed font size instead of auto size. */
    static final double AUTO_SIZE_MIN_PT = 6;

    private PDField checkbox(String name, DetectedField f) throws IOException {
        PDCheckBox cb = new PDCheckBox(form);
        cb.setPartialName(name);
        cb.getCOSObject().setString(COSName.DA, AcroFormWriter.BUTTON_DA);
        tooltip(cb, f);
        PDAnnotationWidget w = cb.getWidgets().get(0);
        PDRectangle rect = place(w, f, CAPTION_CHECK);
        w.setAppearance(onOff(rect, rotation(f), CHECKBOX_ON, WidgetAppearance.Mark.CHECK));
        w.setAppearanceState(COSName.Off.getName());
        cb.getCOSObject().setItem(COSName.V, COSName.Off);
        return cb;
    }

    private PDField radio(FieldPlan.Entry e) throws IOException {
        PDRadioButton radio = new PDRadioButton(form);
        radio.setPartialName(e.name());
        radio.getCOSObject().setString(COSName.DA, AcroFormWriter.BUTTON_DA);
        List<PDAnnotationWidget> widgets = new ArrayList<>();
        for (int i = 0; i < e.widgets().size(); i++) {
            DetectedField f = e.widgets().get(i);
            PDAnnotationWidget w = new PDAnnotationWidget();
            PDRectangle rect = place(w, f, CAPTION_DOT);
            w.setAppearance(onOff(rect, rotation(f), e.onStates()[i], WidgetAppearance.Mark.DOT));
            w.setAppearanceState(COSName.Off.getName());
            w.getCOSObject().setItem(COSName.PARENT, radio);
            widgets.add(w);
        }
        radio.setWidgets(widgets);
        radio.getCOSObject().setItem(COSName.V, COSName.Off);
        return radio;
    }

    private PDField signature(String name, DetectedField f) throws IOException {
        PDSignatureField s = new PDSignatureField(form);
        s.setPartialName(name);
        tooltip(s, f);
        PDAnnotationWidget w = s.getWidgets().get(0);
        PDRectangle rect = place(w, f, null);
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(WidgetAppearance.empty(doc, rect, rotation(f)));
        w.setAppearance(ap);
        return s;
    }

    /** Rectangle, page, print flag and (for rotated pages or buttons) the /MK entry of a widget. */
    private PDRectangle place(PDAnnotationWidget w, DetectedField f, String caption) {
        PDPage page = doc.getPage(f.page());
        PDRectangle rect = PageGeometry.of(page).toUserSpace(f.box().clipToUnit());
        w.setRectangle(rect);
        w.setPage(page);
        w.setPrinted(true);
        int rotation = rotation(f);
        if (rotation != 0 || caption != null) {
            PDAppearanceCharacteristicsDictionary mk = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
            if (rotation != 0) {
                mk.setRotation(rotation); // content upright on the rotated page, as viewers show it
            }
            if (caption != null) {
                mk.setNormalCaption(caption);
            }
            w.setAppearanceCharacteristics(mk);
        }
        return rect;
    }

    private int rotation(DetectedField f) {
        return PageGeometry.of(doc.getPage(f.page())).rotation();
    }

    private PDAppearanceDictionary onOff(PDRectangle rect, int rotation, String onState, WidgetAppearance.Mark mark)
            throws IOException {
        COSDictionary normal = new COSDictionary();
        normal.setItem(COSName.getPDFName(onState), WidgetAppearance.on(doc, rect, rotation, mark));
        normal.setItem(COSName.Off, WidgetAppearance.empty(doc, rect, rotation));
        // The state dictionary must be direct: poppler looks the state up without resolving an
        // indirect /N and would then draw nothing (the streams themselves stay indirect).
        normal.setDirect(true);
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.getCOSObject().setDirect(true);
        ap.setNormalAppearance(new PDAppearanceEntry(normal));
        return ap;
    }

    private static void tooltip(PDField field, DetectedField f) {
        if (f.label() != null && !f.label().isBlank()) {
            field.setAlternateFieldName(f.label().strip());
        }
    }
}
