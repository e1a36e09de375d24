package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A caption in small type over bare space labels a blank only its widget drew. */
class CaptionBlanksTest {

    @Test
    void aCaptionAtTheSmallTypeLimitCountsDespiteRoundingInItsSize() {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // a 10 pt body makes small type 8 pt at most
            words.add(new Word("Membership", 60, 100 + 14 * i, 120, 111 + 14 * i, 10));
            words.add(new Word("fees", 124, 100 + 14 * i, 150, 111 + 14 * i, 10));
        }
        // 8 pt as a PDF's matrices deliver it: a hair over 8
        words.add(new Word("E-Mail-Adresse(n)", 60, 417.5, 124.1, 428.4, 8.000000000000057));
        words.add(new Word("Payment", 60, 457.9, 118.1, 474.2, 12));
        words.add(new Word("is", 121.1, 457.9, 140.8, 474.2, 12));
        words.add(new Word("due", 143.9, 457.9, 238.9, 474.2, 12));
        PageModel page = new PageModel(612, 792, List.of(), List.of(), words, List.of());
        List<Candidate> out = new ArrayList<>();
        Captions.find(page, List.of(), List.of(), out);
        assertEquals(1, out.size(), out::toString);
        assertEquals("E-Mail-Adresse(n)", out.get(0).label());
        assertEquals(429.9, out.get(0).y0(), 0.5);
    }
}
