package dev.formfill.examples;

import dev.formfill.core.FieldType;
import dev.formfill.core.FormPreparer;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.PrepareResult;
import java.nio.file.Path;

/**
 * Embeds the library: one {@link FormPreparer} for the application, one call per document.
 * Run: {@code java ... dev.formfill.examples.EmbedLibrary in.pdf out.pdf}.
 */
public final class EmbedLibrary {

    private EmbedLibrary() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: EmbedLibrary IN.pdf OUT.pdf");
            System.exit(2);
        }
        PrepareOptions options = PrepareOptions.builder().model("auto").confidence(0.3).build();
        try (FormPreparer preparer = FormPreparer.builder().build()) {
            PrepareResult result = preparer.prepareForm(Path.of(args[0]), Path.of(args[1]), options,
                    event -> System.err.printf("%-10s %3.0f%%%n", event.stage().id(), event.fraction() * 100));
            System.out.printf("%d text boxes, %d checkboxes, %d signatures (detector %s)%n",
                    result.count(FieldType.TEXT_BOX), result.count(FieldType.CHOICE_BUTTON),
                    result.count(FieldType.SIGNATURE), result.detector());
        }
    }
}
