package dev.formfill.core;

/** The three field classes of the CommonForms detectors, in their class-id order. */
public enum FieldType {
    /** A text field (class 0); also used for signatures when signature fields are off. */
    TEXT_BOX("TextBox"),
    /** A checkbox or radio button (class 1). */
    CHOICE_BUTTON("ChoiceButton"),
    /** A signature field (class 2). */
    SIGNATURE("Signature");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    /** The CommonForms class name, also used in the ground-truth files: {@code TextBox}, {@code ChoiceButton}, {@code Signature}. */
    public String label() {
        return label;
    }

    /** The class id (0, 1, 2). */
    public int classId() {
        return ordinal();
    }

    /** Type for a class id. */
    public static FieldType ofClassId(int id) {
        FieldType[] all = values();
        if (id < 0 || id >= all.length) {
            throw new IllegalArgumentException("unknown class id " + id);
        }
        return all[id];
    }

    /** Type for a class or label name, case-insensitive ({@code TextBox}, {@code text_box}, {@code checkbox}, ...). */
    public static FieldType ofLabel(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace("_", "").replace(" ", "");
        return switch (n) {
            case "textbox", "text" -> TEXT_BOX;
            case "choicebutton", "checkbox", "choice", "radio" -> CHOICE_BUTTON;
            case "signature" -> SIGNATURE;
            default -> throw new IllegalArgumentException("unknown field type " + name);
        };
    }
}
