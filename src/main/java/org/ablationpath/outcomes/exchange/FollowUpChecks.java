package org.ablationpath.outcomes.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ablationpath.eligibility.LabData;
import org.ablationpath.followup.VitalStatus;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.safety.AdverseEventOutcome;

/**
 * What bean validation cannot see in a follow-up block: references to the document's tumours, unique ids, dates in
 * order and not in the future, and what a death requires. Each problem names its path under {@code followUp}.
 */
final class FollowUpChecks {

    private static final Set<String> LAB_FIELDS = Arrays.stream(LabData.class.getRecordComponents())
            .map(c -> c.getName()).filter(n -> !"collectedDate".equals(n)).collect(Collectors.toSet());

    private final List<FieldProblem> problems = new ArrayList<>();
    private final Set<String> tumorIds;
    private final LocalDate today;
    private final LocalDate referralDate;

    private FollowUpChecks(Set<String> tumorIds, LocalDate referralDate, LocalDate today) {
        this.tumorIds = tumorIds;
        this.referralDate = referralDate;
        this.today = today;
    }

    /**
     * @param referralDate null when the document has none (the validation rules report that)
     */
    static List<FieldProblem> check(RegistryFollowUp followUp, Set<String> tumorIds, LocalDate referralDate, LocalDate today) {
        FollowUpChecks checks = new FollowUpChecks(tumorIds, referralDate, today);
        checks.run(followUp);
        return checks.problems;
    }

    private void run(RegistryFollowUp f) {
        Set<String> procedureIds = new HashSet<>();
        for (int i = 0; i < f.sessions().size(); i++) {
            RegistryFollowUp.Session s = f.sessions().get(i);
            String path = "followUp.procedures[" + i + "]";
            if (s.procedureId() != null && !procedureIds.add(s.procedureId())) {
                add(path + ".procedureId", "Another session of this case has the id " + s.procedureId() + ".");
            }
            notFuture(path + ".date", s.date());
            notBeforeReferral(path + ".date", s.date());
            if (s.dischargeDate() != null && s.date() != null && s.dischargeDate().isBefore(s.date())) {
                add(path + ".dischargeDate", "The discharge cannot be before the procedure (" + s.date() + ").");
            }
            notFuture(path + ".dischargeDate", s.dischargeDate());
            if (s.tumorIds() != null) {
                for (int t = 0; t < s.tumorIds().size(); t++) {
                    knownTumor(path + ".tumorIds[" + t + "]", s.tumorIds().get(t));
                }
            }
        }
        for (int i = 0; i < f.studies().size(); i++) {
            RegistryFollowUp.Imaging study = f.studies().get(i);
            String path = "followUp.imaging[" + i + "]";
            notFuture(path + ".date", study.date());
            for (int a = 0; a < study.assessmentList().size(); a++) {
                knownTumor(path + ".assessments[" + a + "].tumorId", study.assessmentList().get(a).tumorId());
            }
        }
        for (int i = 0; i < f.visitList().size(); i++) {
            notFuture("followUp.visits[" + i + "].date", f.visitList().get(i).date());
        }
        for (int i = 0; i < f.observationList().size(); i++) {
            notFuture("followUp.observations[" + i + "].date", f.observationList().get(i).date());
        }
        for (int i = 0; i < f.labPanels().size(); i++) {
            labPanel("followUp.labsPost[" + i + "]", f.labPanels().get(i));
        }
        Set<String> aeIds = new HashSet<>();
        for (int i = 0; i < f.adverseEventList().size(); i++) {
            adverseEvent("followUp.adverseEvents[" + i + "]", f.adverseEventList().get(i), aeIds);
        }
        if (f.vitalStatus() != null) {
            vitalStatus(f.vitalStatus());
        }
    }

    private void adverseEvent(String path, RegistryFollowUp.ReportedAdverseEvent ae, Set<String> ids) {
        if (ae.aeId() != null && !ids.add(ae.aeId())) {
            add(path + ".aeId", "Another adverse event of this case has the id " + ae.aeId() + ".");
        }
        notFuture(path + ".onsetDate", ae.onsetDate());
        if (ae.admissionDate() != null && ae.dischargeDate() != null && ae.dischargeDate().isBefore(ae.admissionDate())) {
            add(path + ".dischargeDate", "The discharge cannot be before the admission (" + ae.admissionDate() + ").");
        }
        if (ae.outcome() == AdverseEventOutcome.FATAL && ae.deathDate() == null) {
            add(path + ".deathDate", "A fatal adverse event needs the date of death.");
        }
        if (ae.deathDate() != null && ae.outcome() != AdverseEventOutcome.FATAL) {
            add(path + ".outcome", "A date of death is given: the outcome must be FATAL.");
        }
        notFuture(path + ".deathDate", ae.deathDate());
    }

    private void vitalStatus(RegistryFollowUp.VitalStatusReport v) {
        String path = "followUp.vitalStatus";
        notFuture(path + ".lastContactDate", v.lastContactDate());
        notFuture(path + ".deathDate", v.deathDate());
        if (v.status() == VitalStatus.DEAD) {
            if (v.deathDate() == null) {
                add(path + ".deathDate", "A patient who died needs the date of death.");
            }
            if (v.causeOfDeath() == null) {
                add(path + ".causeOfDeath", "A patient who died needs the cause of death.");
            }
        } else if (v.status() != null && (v.deathDate() != null || v.causeOfDeath() != null)) {
            add(path + ".status", "A date or cause of death is given: the status must be DEAD.");
        }
    }

    private void labPanel(String path, JsonNode panel) {
        if (!panel.isObject()) {
            add(path, "Expected an object with a date and lab values.");
            return;
        }
        JsonNode date = panel.path("date");
        if (!date.isTextual()) {
            add(path + ".date", "The date of the sample is required (YYYY-MM-DD).");
        } else {
            try {
                notFuture(path + ".date", LocalDate.parse(date.asText()));
            } catch (DateTimeParseException notADate) {
                add(path + ".date", "Not a date (YYYY-MM-DD): " + date.asText());
            }
        }
        panel.fieldNames().forEachRemaining(name -> {
            if (!"date".equals(name) && !LAB_FIELDS.contains(name)) {
                add(path + "." + name, "Unknown field \"" + name + "\".");
            } else if (!"date".equals(name) && !panel.get(name).isNumber()) {
                add(path + "." + name, "Expected a number in the canonical unit.");
            }
        });
    }

    private void knownTumor(String path, String tumorId) {
        if (tumorId != null && !tumorIds.contains(tumorId)) {
            add(path, "No tumour of this case has the id " + tumorId + " (tumours: " + tumorIds + ").");
        }
    }

    private void notFuture(String path, LocalDate date) {
        if (date != null && date.isAfter(today)) {
            add(path, "The date cannot be in the future (today is " + today + ").");
        }
    }

    private void notBeforeReferral(String path, LocalDate date) {
        if (date != null && referralDate != null && date.isBefore(referralDate)) {
            add(path, "The date cannot be before the referral (" + referralDate + ").");
        }
    }

    private void add(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }
}
