package dev.formfill.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.formfill.core.FieldType;
import java.util.Locale;

/** Renders an {@link EvalResult} as a text table or JSON. */
final class EvalReport {

    private EvalReport() {
    }

    static String table(EvalResult r) {
        StringBuilder sb = new StringBuilder();
        String buttons = r.buttonIouThreshold() == r.iouThreshold() ? ""
                : String.format(Locale.ROOT, " (choice buttons %.2f)", r.buttonIouThreshold());
        sb.append(String.format(Locale.ROOT, "detector %s, IoU >= %.2f%s, %d documents%n%n", r.detector(),
                r.iouThreshold(), buttons, r.documents().size()));
        sb.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %7s %7s %7s %7s %8s%n", "class", "truth", "det", "match",
                "prec", "recall", "F1", "AP50", "medIoU"));
        for (FieldType t : FieldType.values()) {
            row(sb, t.label(), r.perClass().get(t));
        }
        row(sb, "all (typed)", r.typed());
        row(sb, "all (agnostic)", r.agnostic());
        sb.append("precision is a lower bound: ground truth holds only the blanks a form's author made fillable\n");
        if (!Double.isNaN(r.detectMillisPerPage())) {
            sb.append(String.format(Locale.ROOT, "detection: %.1f ms per page on average (rendering excluded)%n",
                    r.detectMillisPerPage()));
        }
        sb.append(String.format(Locale.ROOT, "%n%-44s %5s %5s %5s %5s %7s %7s %7s %8s%n", "document", "pages", "truth",
                "det", "match", "prec", "recall", "F1", "medIoU"));
        for (DocumentScore d : r.documents()) {
            Score s = d.score();
            Counts c = s.counts();
            sb.append(String.format(Locale.ROOT, "%-44s %5d %5d %5d %5d %7s %7s %7s %8s%s%n", clip(d.name(), 44), d.pages(),
                    c.truth(), c.detected(), c.matched(), num(s.precision()), num(s.recall()), num(s.f1()),
                    num(s.medianIou()), d.error() == null ? "" : "  ERROR " + d.error()));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Score s) {
        Counts c = s.counts();
        sb.append(String.format(Locale.ROOT, "%-16s %6d %6d %6d %7s %7s %7s %7s %8s%n", name, c.truth(), c.detected(),
                c.matched(), num(s.precision()), num(s.recall()), num(s.f1()), num(s.ap50()), num(s.medianIou())));
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }

    static String json(EvalResult r) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("detector", r.detector());
        root.put("iou_threshold", r.iouThreshold());
        root.put("button_iou_threshold", r.buttonIouThreshold());
        root.put("documents_scored", r.documents().size());
        put(root, "detect_ms_per_page", r.detectMillisPerPage());
        score(root.putObject("typed"), r.typed());
        score(root.putObject("agnostic"), r.agnostic());
        ObjectNode classes = root.putObject("per_class");
        for (FieldType t : FieldType.values()) {
            score(classes.putObject(t.label()), r.perClass().get(t));
        }
        var docs = root.putArray("documents");
        for (DocumentScore d : r.documents()) {
            ObjectNode o = docs.addObject();
            o.put("name", d.name());
            o.put("pages", d.pages());
            if (d.error() != null) {
                o.put("error", d.error());
            }
            score(o.putObject("typed"), d.score());
            ObjectNode pc = o.putObject("per_class");
            for (FieldType t : FieldType.values()) {
                Counts c = d.typed().get(t);
                score(pc.putObject(t.label()), Score.of(c, Double.NaN, Stats.median(d.matchedIous().get(t))));
            }
            counts(o.putObject("agnostic"), d.agnostic());
        }
        try {
            return m.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    private static void score(ObjectNode o, Score s) {
        counts(o, s.counts());
        put(o, "precision", s.precision());
        put(o, "recall", s.recall());
        put(o, "f1", s.f1());
        put(o, "ap50", s.ap50());
        put(o, "median_iou", s.medianIou());
    }

    private static void counts(ObjectNode o, Counts c) {
        o.put("truth", c.truth());
        o.put("detected", c.detected());
        o.put("matched", c.matched());
    }

    private static void put(ObjectNode o, String k, double v) {
        if (Double.isNaN(v)) {
            o.putNull(k);
        } else {
            o.put(k, Math.round(v * 1e6) / 1e6);
        }
    }
}
