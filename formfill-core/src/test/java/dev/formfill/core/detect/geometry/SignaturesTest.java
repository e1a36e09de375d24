package dev.formfill.core.detect.geometry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which candidate labels make a fill-in line a signature field. */
class SignaturesTest {

    @Test
    void signatureLabelsInSeveralLanguages() {
        assertTrue(Signatures.isSignatureLabel("Signature of Patient"));
        assertTrue(Signatures.isSignatureLabel("Firma del Empleado"));
        assertTrue(Signatures.isSignatureLabel("Unterschrift"));
        assertTrue(Signatures.isSignatureLabel("(Firma)"));
    }

    @Test
    void datesNamesAndInstructionsAboutSigningAreNot() {
        assertFalse(Signatures.isSignatureLabel("Date Signed (mm/dd/yyyy)"));
        assertFalse(Signatures.isSignatureLabel("Printed name of signer"));
        assertFalse(Signatures.isSignatureLabel(
                "IMPORTANT: Before you sign this application, read the affidavit on the next page carefully."));
        assertFalse(Signatures.isSignatureLabel("Designee"));
        assertFalse(Signatures.isSignatureLabel("Briefly explain why the Patient cannot sign"));
        assertTrue(Signatures.isSignatureLabel("When in-person interview completed: Signature of witness"));
        assertFalse(Signatures.isSignatureLabel(""));
    }
}
