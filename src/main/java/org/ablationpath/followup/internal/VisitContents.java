package org.ablationpath.followup.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.eligibility.TumorData;
import org.ablationpath.followup.AeIntervention;
import org.ablationpath.followup.FollowUpVisitForm;
import org.ablationpath.followup.LabAnalyte;
import org.ablationpath.followup.LabPanelEntry;
import org.ablationpath.followup.LabValueEntry;
import org.ablationpath.followup.LesionResponse;
import org.ablationpath.followup.LesionResultEntry;
import org.ablationpath.followup.VisitAdverseEventEntry;
import org.ablationpath.imaging.LiradsTreatmentResponse;
import org.ablationpath.patient.LabPanelRecord;
import org.ablationpath.patient.PatientService;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseSummary;
import org.ablationpath.safety.AdverseEvent;
import org.ablationpath.safety.AdverseEventReport;
import org.ablationpath.safety.AdverseEvents;
import org.ablationpath.safety.CtcaeTerms;
import org.ablationpath.safety.Intervention;
import org.springframework.stereotype.Component;

/**
 * What a reached visit records beyond its finding (issue 7): per-lesion imaging results, lab panels with tumour
 * markers (stored through the patient module, whose event lets the safety rules grade them), symptoms of the organ's
 * checklist and adverse events (reported through the safety module, so review and alerts follow). Checked in full
 * before anything is saved; saved inside the transaction that completes the task.
 */
@Component
class VisitContents {

    /** outcomes.md 4.5 LabResult.context of labs taken at a follow-up visit. */
    static final String LAB_CONTEXT = "FOLLOW_UP";
    private static final String HCC = "HCC";

    private final CaseDirectory cases;
    private final PatientService patients;
    private final AdverseEvents adverseEvents;
    private final CtcaeTerms ctcae;
    private final VisitSymptoms symptoms;
    private final LesionResultRepository lesionResults;
    private final VisitAdverseEventRepository visitAdverseEvents;
    private final ObjectMapper json;

    VisitContents(CaseDirectory cases, PatientService patients, AdverseEvents adverseEvents, CtcaeTerms ctcae,
                  VisitSymptoms symptoms, LesionResultRepository lesionResults, VisitAdverseEventRepository visitAdverseEvents,
                  ObjectMapper json) {
        this.cases = cases;
        this.patients = patients;
        this.adverseEvents = adverseEvents;
        this.ctcae = ctcae;
        this.symptoms = symptoms;
        this.lesionResults = lesionResults;
        this.visitAdverseEvents = visitAdverseEvents;
        this.json = json;
    }

    /** Problems of a reached visit's content, each naming its field (e.g. {@code labPanels[0].values[1].uln}). */
    void check(FollowUpVisitForm form, FollowUpVisitEntity visit, Map<String, TumorData> tumors, LocalDate today,
               List<FieldProblem> problems) {
        checkLesions(form.getLesions(), tumors, problems);
        checkLabs(form.getLabPanels(), today, problems);
        List<String> checklist = symptoms.checklist(visit.organ());
        List<String> asked = form.getSymptoms() == null ? List.of() : form.getSymptoms();
        for (int i = 0; i < asked.size(); i++) {
            if (!checklist.contains(asked.get(i))) {
                problems.add(new FieldProblem("symptoms[" + i + "]", "Not on the " + visit.organ() + " checklist (safety.md 5): "
                        + checklist + "."));
            }
        }
        checkAdverseEvents(form.getAdverseEvents(), today, problems);
    }

    /** Problems of content given although the patient was not reached: only the attempt and a note are recorded. */
    static void notWhenUnreached(FollowUpVisitForm form, List<FieldProblem> problems) {
        Map<String, Boolean> given = new java.util.LinkedHashMap<>();
        given.put("finding", form.getFinding() != null);
        given.put("tumorId", form.getTumorId() != null && !form.getTumorId().isBlank());
        given.put("ecog", form.getEcog() != null);
        given.put("painNrs", form.getPainNrs() != null);
        given.put("analgesicChange", form.getAnalgesicChange() != null);
        given.put("lesions", notEmpty(form.getLesions()));
        given.put("labPanels", notEmpty(form.getLabPanels()));
        given.put("symptoms", notEmpty(form.getSymptoms()));
        given.put("adverseEvents", notEmpty(form.getAdverseEvents()));
        given.forEach((field, present) -> {
            if (present) {
                problems.add(new FieldProblem(field, "Only when the patient was reached."));
            }
        });
    }

    void save(FollowUpVisitForm form, FollowUpVisitEntity visit) {
        CaseSummary kase = cases.visibleCase(visit.caseId()).orElseThrow(() -> new NotFoundException("No such case"));
        if (form.getLesions() != null) {
            form.getLesions().forEach(l -> lesionResults.save(new LesionResultEntity(visit.id(), visit.caseId(), visit.centerId(),
                    l.getTumorId().strip(), l.getResponse(), l.getLiradsTr(), l.getMrecist(), l.getMarginMm())));
        }
        if (form.getLabPanels() != null) {
            form.getLabPanels().forEach(panel -> patients.addLabPanel(kase.patientId(), visit.caseId(),
                    new LabPanelRecord(panel.getCollectedDate(), LAB_CONTEXT, values(panel))));
        }
        if (form.getAdverseEvents() != null) {
            for (VisitAdverseEventEntry entry : form.getAdverseEvents()) {
                AdverseEvent reported = adverseEvents.report(visit.caseId(), new AdverseEventReport(null, entry.getOnsetDate(),
                        entry.getCtcaeTerm(), entry.getGrade(), description(entry, visit), null, null, null, null, null, null,
                        null, entry.getAttribution(), safetyInterventions(entry), entry.getHospitalized(),
                        entry.getAdmissionDate(), entry.getDischargeDate(), entry.getOutcome()));
                boolean hospitalized = Boolean.TRUE.equals(entry.getHospitalized());
                visitAdverseEvents.save(new VisitAdverseEventEntity(visit.id(), visit.caseId(), visit.centerId(), reported.id(),
                        entry.getAttribution(), interventions(entry), hospitalized, entry.getAdmissionDate(),
                        entry.getDischargeDate(), entry.getOutcome()));
            }
        }
    }

    /** The case's current tumours by id. */
    Map<String, TumorData> tumors(UUID caseId, LocalDate today) {
        List<TumorData> tumors = cases.tumorsOfCase(caseId);
        return tumors == null ? Map.of() : tumors.stream().filter(t -> t.tumorId() != null)
                .collect(Collectors.toMap(TumorData::tumorId, t -> t, (a, b) -> a));
    }

    private static void checkLesions(List<LesionResultEntry> lesions, Map<String, TumorData> tumors, List<FieldProblem> problems) {
        if (lesions == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lesions.size(); i++) {
            LesionResultEntry lesion = lesions.get(i);
            String path = "lesions[" + i + "].";
            if (lesion == null || lesion.getTumorId() == null || lesion.getResponse() == null) {
                continue; // Bean Validation named the missing fields
            }
            TumorData tumor = tumors.get(lesion.getTumorId().strip());
            if (tumor == null) {
                problems.add(new FieldProblem(path + "tumorId", "Not a tumour of this case: " + tumors.keySet() + "."));
                continue;
            }
            if (!seen.add(tumor.tumorId())) {
                problems.add(new FieldProblem(path + "tumorId", "Tumour " + tumor.tumorId() + " is listed more than once."));
            }
            boolean hcc = HCC.equals(tumor.histology());
            if (hcc && lesion.getLiradsTr() == null) {
                problems.add(new FieldProblem(path + "liradsTr", "Required for HCC: the LI-RADS treatment response category."));
            } else if (hcc && lesion.getLiradsTr() == LiradsTreatmentResponse.VIABLE
                    && lesion.getResponse() != LesionResponse.LTP && lesion.getResponse() != LesionResponse.RESIDUAL_VIABLE) {
                problems.add(new FieldProblem(path + "liradsTr", "LR-TR VIABLE is residual tumour or LTP (outcomes.md 1.1), not "
                        + lesion.getResponse() + "."));
            } else if (!hcc && lesion.getLiradsTr() != null) {
                problems.add(new FieldProblem(path + "liradsTr", "LR-TR applies to HCC only; tumour " + tumor.tumorId() + " is "
                        + (tumor.histology() == null ? "of unknown histology" : tumor.histology()) + "."));
            }
            if (!hcc && lesion.getMrecist() != null) {
                problems.add(new FieldProblem(path + "mrecist", "mRECIST applies to HCC only (outcomes.md 1.1)."));
            }
        }
    }

    private static void checkLabs(List<LabPanelEntry> panels, LocalDate today, List<FieldProblem> problems) {
        if (panels == null) {
            return;
        }
        for (int p = 0; p < panels.size(); p++) {
            LabPanelEntry panel = panels.get(p);
            if (panel == null) {
                continue;
            }
            String path = "labPanels[" + p + "].";
            TaskDates.notAfterToday(path + "collectedDate", panel.getCollectedDate(), today, problems);
            if (panel.getValues() == null) {
                continue;
            }
            Set<LabAnalyte> seen = new HashSet<>();
            for (int v = 0; v < panel.getValues().size(); v++) {
                LabValueEntry value = panel.getValues().get(v);
                if (value == null || value.getAnalyte() == null || value.getValue() == null) {
                    continue;
                }
                String at = path + "values[" + v + "].";
                LabAnalyte analyte = value.getAnalyte();
                if (!seen.add(analyte)) {
                    problems.add(new FieldProblem(at + "analyte", analyte + " is given twice for this sample."));
                }
                if (!analyte.plausible(value.getValue())) {
                    problems.add(new FieldProblem(at + "value", "Implausible for " + analyte + " in " + analyte.unit()
                            + " (VAL-04: " + analyte.plausibleRange() + "); enter canonical units."));
                }
                if (analyte.ulnField().isPresent() && value.getUln() == null) {
                    problems.add(new FieldProblem(at + "uln", "Required for " + analyte + ": the laboratory's upper limit of normal (grading)."));
                } else if (analyte.ulnField().isEmpty() && value.getUln() != null) {
                    problems.add(new FieldProblem(at + "uln", analyte + " is not graded against an upper limit."));
                }
                if (analyte.llnField().isPresent() && value.getLln() == null) {
                    problems.add(new FieldProblem(at + "lln", "Required for " + analyte + ": the laboratory's lower limit of normal (grading)."));
                } else if (analyte.llnField().isEmpty() && value.getLln() != null) {
                    problems.add(new FieldProblem(at + "lln", analyte + " is not graded against a lower limit."));
                }
            }
        }
    }

    private void checkAdverseEvents(List<VisitAdverseEventEntry> events, LocalDate today, List<FieldProblem> problems) {
        if (events == null) {
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            VisitAdverseEventEntry event = events.get(i);
            if (event == null) {
                continue;
            }
            String path = "adverseEvents[" + i + "].";
            TaskDates.notAfterToday(path + "onsetDate", event.getOnsetDate(), today, problems);
            if (event.getCtcaeTerm() != null && event.getGrade() != null && event.getGrade() >= 1 && event.getGrade() <= 5) {
                List<Integer> grades = ctcae.allowedGrades(event.getCtcaeTerm());
                if (!grades.contains(event.getGrade())) {
                    problems.add(new FieldProblem(path + "grade", "CTCAE " + ctcae.version() + " defines no grade " + event.getGrade()
                            + " for " + event.getCtcaeTerm().strip() + "; defined grades: " + grades + "."));
                }
            }
            boolean hospitalized = Boolean.TRUE.equals(event.getHospitalized());
            if (hospitalized && event.getAdmissionDate() == null) {
                problems.add(new FieldProblem(path + "admissionDate", "Required when the patient was hospitalised."));
            }
            if (!hospitalized && (event.getAdmissionDate() != null || event.getDischargeDate() != null)) {
                problems.add(new FieldProblem(path + (event.getAdmissionDate() != null ? "admissionDate" : "dischargeDate"),
                        "Only when the patient was hospitalised."));
            }
            if (event.getAdmissionDate() != null && event.getDischargeDate() != null
                    && event.getDischargeDate().isBefore(event.getAdmissionDate())) {
                problems.add(new FieldProblem(path + "dischargeDate", "Before the admission date."));
            }
            if (event.getInterventions() != null && event.getInterventions().contains(AeIntervention.NONE)
                    && event.getInterventions().size() > 1) {
                problems.add(new FieldProblem(path + "interventions", "NONE cannot be combined with other interventions."));
            }
        }
    }

    private ObjectNode values(LabPanelEntry panel) {
        ObjectNode values = json.createObjectNode();
        values.put("collectedDate", panel.getCollectedDate().toString());
        for (LabValueEntry value : panel.getValues()) {
            LabAnalyte analyte = value.getAnalyte();
            values.put(analyte.field(), value.getValue());
            analyte.ulnField().ifPresent(field -> values.put(field, value.getUln()));
            analyte.llnField().ifPresent(field -> values.put(field, value.getLln()));
        }
        return values;
    }

    /** Where it was reported, and the nurse's words; attribution, interventions, stay and outcome travel as fields. */
    private static String description(VisitAdverseEventEntry entry, FollowUpVisitEntity visit) {
        StringBuilder text = new StringBuilder("Reported at follow-up visit ").append(visit.gridLabel())
                .append(" (").append(visit.scheduleId()).append(").");
        if (entry.getDescription() != null && !entry.getDescription().isBlank()) {
            text.append(' ').append(entry.getDescription().strip());
        }
        return text.length() > 4000 ? text.substring(0, 4000) : text.toString();
    }

    /** The visit form's intervention codes are the safety module's (outcomes.md 4.13), name for name. */
    private static List<Intervention> safetyInterventions(VisitAdverseEventEntry entry) {
        return entry.getInterventions() == null ? null : entry.getInterventions().stream().filter(Objects::nonNull)
                .map(i -> Intervention.valueOf(i.name())).distinct().toList();
    }

    private static String interventions(VisitAdverseEventEntry entry) {
        return entry.getInterventions() == null || entry.getInterventions().isEmpty() ? null
                : entry.getInterventions().stream().filter(Objects::nonNull).map(Enum::name).distinct().collect(Collectors.joining(","));
    }

    private static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }
}
