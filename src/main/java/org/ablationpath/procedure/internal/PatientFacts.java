package org.ablationpath.procedure.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.PatientData;
import org.ablationpath.eligibility.TumorData;

/** What the procedure forms need to know about the case: sex and birth date, cardiac device, the tumour ids. */
public record PatientFacts(String sex, LocalDate birthDate, String cardiacDevice, List<String> tumorIds) {

    private static final String NO_DEVICE = "NONE";
    private static final String FEMALE = "F";

    static PatientFacts of(CaseDocument document) {
        PatientData patient = document.patient();
        List<String> tumors = document.tumors() == null ? List.of()
                : document.tumors().stream().map(TumorData::tumorId).filter(Objects::nonNull).toList();
        if (patient == null) {
            return new PatientFacts(null, null, null, tumors);
        }
        return new PatientFacts(patient.sex(), parse(patient.birthDate()), patient.cardiacDevice(), tumors);
    }

    /** A device other than NONE was recorded at referral (GEN-08). */
    public boolean hasCardiacDevice() {
        return cardiacDevice != null && !NO_DEVICE.equals(cardiacDevice);
    }

    /**
     * A woman whose age at {@code date} is within the inclusive range. Unknown sex or birth date count as possible:
     * a missing referral datum must not waive the test.
     */
    public boolean possiblyPregnantAt(LocalDate date, int ageFrom, int ageTo) {
        if (sex != null && !FEMALE.equals(sex)) {
            return false;
        }
        if (birthDate == null || date == null) {
            return true;
        }
        int age = Period.between(birthDate, date).getYears();
        return age >= ageFrom && age <= ageTo;
    }

    private static LocalDate parse(String date) {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
