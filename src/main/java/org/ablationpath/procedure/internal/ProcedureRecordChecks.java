package org.ablationpath.procedure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.procedure.AblationApplication;
import org.ablationpath.procedure.ProcedureRecordForm;
import org.ablationpath.procedure.TechnicalSuccessEntry;

/**
 * The checks of a procedure record that need the case or today's date (the modality's parameters are checked with
 * the form's annotations): dates, TACE date, device management, tumours of the case, and one technical-success
 * answer for every treated tumour (OUT-01).
 */
final class ProcedureRecordChecks {

    private ProcedureRecordChecks() {
    }

    static List<FieldProblem> problems(ProcedureRecordForm form, PatientFacts patient, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.getProcedureDate().isAfter(today)) {
            problems.add(new FieldProblem("procedureDate", "The procedure date cannot be in the future."));
        }
        if (form.getStartAt() != null && form.getEndAt() != null && !form.getEndAt().isAfter(form.getStartAt())) {
            problems.add(new FieldProblem("endAt", "The end must be after the start."));
        }
        boolean tace = Boolean.TRUE.equals(form.getCombinedWithTace());
        if (tace && form.getTaceDate() == null) {
            problems.add(new FieldProblem("taceDate", "Give the date of the TACE combined with this ablation."));
        } else if (!tace && form.getTaceDate() != null) {
            problems.add(new FieldProblem("taceDate", "A TACE date is given only when the ablation is combined with TACE."));
        } else if (tace && form.getTaceDate().isAfter(today)) {
            problems.add(new FieldProblem("taceDate", "The TACE date cannot be in the future."));
        }
        if (patient.hasCardiacDevice() && form.getCardiacDeviceManaged() == null) {
            problems.add(new FieldProblem("cardiacDeviceManaged", "The patient has a cardiac implantable device ("
                    + patient.cardiacDevice() + "): say how it was managed.", ChecklistRules.GEN_08));
        }
        Set<String> treated = new LinkedHashSet<>();
        List<AblationApplication> applications = form.getApplications();
        for (int i = 0; i < applications.size(); i++) {
            String tumorId = strip(applications.get(i).getTumorId());
            treated.add(tumorId);
            if (!patient.tumorIds().contains(tumorId)) {
                problems.add(new FieldProblem("applications[" + i + "].tumorId",
                        "\"" + tumorId + "\" is not a tumour of this case " + patient.tumorIds() + "."));
            }
        }
        technicalSuccessProblems(form.getTechnicalSuccess(), treated, patient.tumorIds(), problems);
        return problems;
    }

    /** One answer per treated tumour and none for others; a tumour already reported as not of the case is not asked for. */
    private static void technicalSuccessProblems(List<TechnicalSuccessEntry> entries, Set<String> treated,
                                                 List<String> caseTumors, List<FieldProblem> problems) {
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String tumorId = strip(entries.get(i).getTumorId());
            String field = "technicalSuccess[" + i + "].tumorId";
            if (!treated.contains(tumorId)) {
                problems.add(new FieldProblem(field, "Tumour \"" + tumorId + "\" has no application in this session."));
            } else if (!answered.add(tumorId)) {
                problems.add(new FieldProblem(field, "Tumour \"" + tumorId + "\" is given twice."));
            }
        }
        treated.stream()
                .filter(tumorId -> caseTumors.contains(tumorId) && !answered.contains(tumorId))
                .forEach(tumorId -> problems.add(new FieldProblem("technicalSuccess",
                        "Give the technical success of tumour \"" + tumorId + "\" (OUT-01).")));
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
