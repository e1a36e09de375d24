package dev.formfill.core.detect.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.formfill.core.FieldType;
import dev.formfill.core.ModelUnavailableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a loaded model expects and returns, read from its graph and metadata.
 *
 * @param contract     YOLO or DETR, decided by the input/output signature
 * @param inputName    the image input
 * @param fixedSize    the input side when the graph fixes it, 0 when its spatial dims are dynamic
 * @param metadataSize the {@code imgsz} custom metadata (Ultralytics), 0 when absent
 * @param classNames   class names from the {@code names} custom metadata, in class-id order; empty when absent
 * @param boxesOutput  output holding the boxes (the single {@code output0} for YOLO)
 * @param scoresOutput output holding the class scores (the same as boxesOutput for YOLO)
 */
public record ModelSignature(ModelContract contract, String inputName, int fixedSize, int metadataSize,
                             List<String> classNames, String boxesOutput, String scoresOutput) {

    private static final Pattern NAME_ENTRY = Pattern.compile("(\\d+)\\s*:\\s*['\"]([^'\"]*)['\"]");
    private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]*)['\"]");
    private static final Pattern INT = Pattern.compile("\\d+");
    private static final List<String> BOX_NAMES = List.of("dets", "boxes", "pred_boxes", "bboxes", "box");
    private static final List<String> LOGIT_NAMES = List.of("labels", "logits", "pred_logits", "scores", "classes");

    /** Copies the list. */
    public ModelSignature {
        classNames = List.copyOf(classNames);
    }

    /** The input side to use when neither the graph nor the caller fixes one: the {@code imgsz} metadata, else 0. */
    public int declaredSize() {
        return fixedSize > 0 ? fixedSize : metadataSize;
    }

    /**
     * The field type of each class slot, {@code null} for slots that are no field type (a DETR background
     * slot, a name that is no field type). From the {@code names} metadata when any of its names is a field
     * type, else class ids 0, 1, 2.
     */
    public FieldType[] classTypes(int slots) {
        FieldType[] types = new FieldType[slots];
        boolean anyNamed = false;
        for (int i = 0; i < slots && i < classNames.size(); i++) {
            types[i] = typeOf(classNames.get(i));
            anyNamed |= types[i] != null;
        }
        if (!anyNamed) {
            // no (recognizable) names: CommonForms' class ids, 0-based as in its COCO files; slots past the three
            // classes are RF-DETR's never-positive background slot, which it puts last
            for (int i = 0; i < slots; i++) {
                types[i] = i < FieldType.values().length ? FieldType.ofClassId(i) : null;
            }
        }
        return types;
    }

    private static FieldType typeOf(String name) {
        try {
            return FieldType.ofLabel(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Reads a session's signature; {@link ModelUnavailableException} when it follows neither contract. */
    static ModelSignature inspect(OrtSession session, String modelName) {
        try {
            Map<String, NodeInfo> inputs = session.getInputInfo();
            Map<String, NodeInfo> outputs = session.getOutputInfo();
            Map<String, String> meta = session.getMetadata().getCustomMetadata();
            if (inputs.size() != 1) {
                throw unsupported(modelName, "it has " + inputs.size() + " inputs, expected one image input", inputs, outputs);
            }
            Map.Entry<String, NodeInfo> in = inputs.entrySet().iterator().next();
            long[] inShape = shape(in.getValue());
            if (inShape == null || inShape.length != 4 || (inShape[1] != 3 && inShape[1] > 0)
                    || ((TensorInfo) in.getValue().getInfo()).type != OnnxJavaType.FLOAT) {
                throw unsupported(modelName, "its input is not a float [1,3,S,S] image", inputs, outputs);
            }
            long h = inShape[2], w = inShape[3];
            if (h > 0 && w > 0 && h != w) {
                throw unsupported(modelName, "its input is not square (" + h + "x" + w + ")", inputs, outputs);
            }
            int fixed = h > 0 && w > 0 ? (int) h : 0;
            int metaSize = parseSize(meta.get("imgsz"));
            List<String> names = parseNames(meta.get("names"));

            List<String> rank3 = new ArrayList<>();
            for (Map.Entry<String, NodeInfo> o : outputs.entrySet()) {
                long[] s = shape(o.getValue());
                if (s != null && s.length == 3) {
                    rank3.add(o.getKey());
                }
            }
            if (outputs.size() == 1 && rank3.size() == 1) {
                String out = rank3.get(0);
                return new ModelSignature(ModelContract.YOLO, in.getKey(), fixed, metaSize, names, out, out);
            }
            if (rank3.size() == 2) {
                String[] pair = detrOutputs(rank3, outputs);
                if (pair != null) {
                    return new ModelSignature(ModelContract.DETR, in.getKey(), fixed, metaSize, names, pair[0], pair[1]);
                }
            }
            throw unsupported(modelName, "its outputs match neither the YOLO ([1,4+nc,N]) nor the DETR "
                    + "(boxes [1,Q,4] + logits [1,Q,C]) contract", inputs, outputs);
        } catch (OrtException e) {
            throw new ModelUnavailableException("model " + modelName + " cannot be inspected: " + e.getMessage(), e);
        }
    }

    /**
     * Boxes and logits of a DETR export. Names first (RF-DETR's {@code dets}/{@code labels} and the like):
     * with 3 classes plus a background slot both outputs are {@code [1,Q,4]}, so shape alone cannot tell
     * them apart. Then shape: the one whose last dim is 4 holds boxes.
     */
    private static String[] detrOutputs(List<String> names, Map<String, NodeInfo> outputs) throws OrtException {
        String a = names.get(0), b = names.get(1);
        if (isBoxName(a) && isLogitName(b)) {
            return new String[] {a, b};
        }
        if (isBoxName(b) && isLogitName(a)) {
            return new String[] {b, a};
        }
        long[] sa = shape(outputs.get(a)), sb = shape(outputs.get(b));
        if (sa[1] > 0 && sb[1] > 0 && sa[1] != sb[1]) {
            return null; // query counts differ: not a DETR head
        }
        boolean aBoxes = sa[2] == 4, bBoxes = sb[2] == 4;
        if (aBoxes && !bBoxes) {
            return new String[] {a, b};
        }
        if (bBoxes && !aBoxes) {
            return new String[] {b, a};
        }
        if (aBoxes) {
            return new String[] {a, b}; // ambiguous: exporters list boxes first
        }
        return null;
    }

    private static boolean isBoxName(String n) {
        String s = n.toLowerCase(Locale.ROOT);
        return BOX_NAMES.stream().anyMatch(s::equals) || s.contains("box");
    }

    private static boolean isLogitName(String n) {
        String s = n.toLowerCase(Locale.ROOT);
        return LOGIT_NAMES.stream().anyMatch(s::equals) || s.contains("logit");
    }

    private static long[] shape(NodeInfo info) {
        return info != null && info.getInfo() instanceof TensorInfo t ? t.getShape() : null;
    }

    private static ModelUnavailableException unsupported(String model, String why, Map<String, NodeInfo> inputs,
                                                         Map<String, NodeInfo> outputs) {
        return new ModelUnavailableException("model " + model + " is not a supported detector: " + why
                + " (inputs " + describe(inputs) + ", outputs " + describe(outputs) + ")");
    }

    private static String describe(Map<String, NodeInfo> nodes) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, NodeInfo> e : nodes.entrySet()) {
            long[] s = shape(e.getValue());
            sb.append(sb.length() > 1 ? ", " : "").append(e.getKey()).append(s == null ? "" : Arrays.toString(s));
        }
        return sb.append('}').toString();
    }

    /** {@code imgsz} as Ultralytics writes it: {@code "[1216, 1216]"} or {@code "1216"}; 0 when absent or not square. */
    static int parseSize(String imgsz) {
        if (imgsz == null) {
            return 0;
        }
        Matcher m = INT.matcher(imgsz);
        List<Integer> values = new ArrayList<>();
        while (m.find()) {
            values.add(Integer.parseInt(m.group()));
        }
        if (values.isEmpty() || values.stream().distinct().count() != 1) {
            return 0;
        }
        return values.get(0);
    }

    /** {@code names} as Ultralytics writes it ({@code "{0: 'TextBox', 1: 'ChoiceButton'}"}) or a JSON-ish list. */
    static List<String> parseNames(String names) {
        if (names == null || names.isBlank()) {
            return List.of();
        }
        TreeMap<Integer, String> byId = new TreeMap<>();
        Matcher m = NAME_ENTRY.matcher(names);
        while (m.find()) {
            byId.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        if (!byId.isEmpty()) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i <= byId.lastKey(); i++) {
                out.add(byId.getOrDefault(i, ""));
            }
            return out;
        }
        List<String> out = new ArrayList<>();
        Matcher q = QUOTED.matcher(names);
        while (q.find()) {
            out.add(q.group(1));
        }
        return out;
    }
}
