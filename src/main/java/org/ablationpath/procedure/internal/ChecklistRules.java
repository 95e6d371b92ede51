package org.ablationpath.procedure.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.procedure.ChecklistCaution;
import org.ablationpath.procedure.PreProcedureChecklistForm;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The checks of the pre-procedure checklist that need the patient or today's date: dates, the pregnancy test
 * (TMR-07, blocking), the cardiac device plan (GEN-08) and the chemotherapy washout (TMR-08, a caution only).
 */
@Component
@EnableConfigurationProperties(ProcedureSettings.class)
public class ChecklistRules {

    static final String TMR_07 = "TMR-07";
    static final String GEN_08 = "GEN-08";

    private final ProcedureSettings settings;

    ChecklistRules(ProcedureSettings settings) {
        this.settings = settings;
    }

    public int pregnancyTestMaxDaysBefore() {
        return settings.pregnancyTestMaxDaysBefore();
    }

    public int chemotherapyWashoutDays() {
        return settings.chemotherapyWashoutDays();
    }

    /** A woman of child-bearing age (configured range) at the planned date needs a negative test (TMR-07). */
    public boolean pregnancyTestRequired(PatientFacts patient, LocalDate plannedDate) {
        return patient.possiblyPregnantAt(plannedDate, settings.pregnancyTestAgeFrom(), settings.pregnancyTestAgeTo());
    }

    /** Every problem of the form at once; empty when it may be stored. */
    List<FieldProblem> problems(PreProcedureChecklistForm form, PatientFacts patient, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate planned = form.getPlannedProcedureDate();
        if (planned.isBefore(today)) {
            problems.add(new FieldProblem("plannedProcedureDate", "The planned procedure date cannot be in the past."));
        }
        if (form.getConsentDate().isAfter(today)) {
            problems.add(new FieldProblem("consentDate", "The consent date cannot be in the future."));
        }
        if (form.getLastChemotherapyDate() != null && form.getLastChemotherapyDate().isAfter(today)) {
            problems.add(new FieldProblem("lastChemotherapyDate", "The last chemotherapy date cannot be in the future."));
        }
        if (pregnancyTestRequired(patient, planned)) {
            pregnancyTestProblems(form, planned, today, problems);
        }
        if (patient.hasCardiacDevice() && form.getCardiacDevicePlan() == null) {
            problems.add(new FieldProblem("cardiacDevicePlan", "The patient has a cardiac implantable device ("
                    + patient.cardiacDevice() + "): give the device plan.", GEN_08));
        }
        return problems;
    }

    private void pregnancyTestProblems(PreProcedureChecklistForm form, LocalDate planned, LocalDate today,
                                       List<FieldProblem> problems) {
        LocalDate tested = form.getPregnancyTestDate();
        int maxDays = settings.pregnancyTestMaxDaysBefore();
        if (tested == null) {
            problems.add(new FieldProblem("pregnancyTestDate", "A woman aged " + settings.pregnancyTestAgeFrom() + "–"
                    + settings.pregnancyTestAgeTo() + " needs a pregnancy test within " + maxDays
                    + " days before the procedure.", TMR_07));
        } else if (tested.isAfter(today)) {
            problems.add(new FieldProblem("pregnancyTestDate", "The pregnancy test date cannot be in the future.", TMR_07));
        } else if (tested.isAfter(planned) || ChronoUnit.DAYS.between(tested, planned) > maxDays) {
            problems.add(new FieldProblem("pregnancyTestDate", "The pregnancy test must be at most " + maxDays
                    + " days before the planned procedure date (" + planned + ").", TMR_07));
        }
        if (form.getPregnancyTestNegative() == null) {
            problems.add(new FieldProblem("pregnancyTestNegative", "Give the result of the pregnancy test.", TMR_07));
        } else if (!form.getPregnancyTestNegative()) {
            problems.add(new FieldProblem("pregnancyTestNegative",
                    "A positive pregnancy test: the procedure cannot be confirmed.", TMR_07));
        }
    }

    /** TMR-08: a caution when the last chemotherapy is fewer than the washout days before the planned date. */
    public Optional<ChecklistCaution> chemotherapyWashout(LocalDate lastChemotherapy, LocalDate planned) {
        if (lastChemotherapy == null || planned == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(lastChemotherapy, planned);
        int washout = settings.chemotherapyWashoutDays();
        return days < washout ? Optional.of(new ChecklistCaution(ChecklistCaution.CHEMOTHERAPY_WASHOUT, days, washout))
                : Optional.empty();
    }
}
