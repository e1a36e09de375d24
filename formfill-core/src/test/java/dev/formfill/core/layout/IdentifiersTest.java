package dev.formfill.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void labelsBecomeSnakeCaseAsciiIdentifiers() {
        assertEquals("first_name", Identifiers.of("First name:"));
        assertEquals("date_of_birth_mm_dd_yyyy", Identifiers.of("Date of birth (MM/DD/YYYY)"));
        assertEquals("prenom", Identifiers.of("Prénom"));
        assertEquals("strasse_und_hausnummer", Identifiers.of("Straße und Hausnummer"));
        assertEquals("familiia", Identifiers.of("Фамилия"));
        assertEquals("wages_salaries_tips", Identifiers.of("1a. Wages, salaries, tips"));
        assertEquals("applicants_signature", Identifiers.of("Applicant's signature"));
        assertEquals("city_state_and_zip", Identifiers.of("City, State & ZIP"));
    }

    @Test
    void enumeratorsAndEmptyLabels() {
        assertEquals("spouse_name", Identifiers.of("Line 5 Spouse name"));
        assertEquals("wages", Identifiers.of("(b) Wages"));
        assertNull(Identifiers.of("  ::  "));
        assertNull(Identifiers.of(null));
        assertEquals("f_2024", Identifiers.of("2024"));
    }

    @Test
    void longLabelsAreCutAtAWordBoundary() {
        String id = Identifiers.of("Please enter your full legal name exactly as it appears on your passport");
        assertTrue(id.length() <= Identifiers.MAX_LENGTH, id);
        assertEquals("please_enter_your_full_legal_name", id);
    }

    @Test
    void longLabelsAreNamedByTheirFirstPhrase() {
        assertEquals("name_of_entity_individual",
                Identifiers.of("Name of entity/individual. An entry is required. (For a sole proprietor, enter the owner's name.)"));
        assertEquals("capital_gain_or_loss", Identifiers.of("Capital gain or (loss). Attach Schedule D if required."));
        assertEquals("which_services_do_you_need", Identifiers.of("Which services do you need? (check all that apply)"));
        assertEquals("address", Identifiers.of("Address (number, street, and apt. or suite no.) See instructions."));
        // "No." is no sentence's end, and a first phrase too short to name anything is passed over
        assertTrue(Identifiers.of("No. of dependents claimed on line 5 of your tax return for this year")
                .startsWith("no_of_dependents_claimed"));
        assertTrue(Identifiers.of("Sex: enter M for male or F for female as shown on your birth certificate")
                .startsWith("sex_enter_m"));
    }

    @Test
    void tooltipsDropFillMarksAndTrailingColons() {
        assertEquals("First name", Identifiers.tooltip("First name: ______"));
        assertEquals("Total", Identifiers.tooltip("Total ........ :"));
        assertNull(Identifiers.tooltip("____"));
    }

    @Test
    void signatureLabels() {
        assertTrue(SignatureLabels.isSignature("Signature of applicant"));
        assertTrue(SignatureLabels.isSignature("Sign here"));
        assertTrue(SignatureLabels.isSignature("Unterschrift"));
        assertTrue(SignatureLabels.isSignature("Firma del solicitante"));
        assertTrue(SignatureLabels.isSignature("Signature du demandeur"));
        assertTrue(SignatureLabels.isSignature("Подпись"));
        assertTrue(!SignatureLabels.isSignature("Signature date"));
        assertTrue(!SignatureLabels.isSignature("Date signed"));
        assertTrue(!SignatureLabels.isSignature("Datum der Unterschrift"));
        assertTrue(!SignatureLabels.isSignature("Print name"));
        assertTrue(!SignatureLabels.isSignature("Design"));
        assertTrue(!SignatureLabels.isSignature("Briefly explain why the patient cannot sign"));
        assertTrue(SignatureLabels.isSignature("Spouse's signature. If a joint return, both must sign."));
    }
}
