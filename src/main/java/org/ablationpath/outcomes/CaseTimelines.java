package org.ablationpath.outcomes;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.PlannedVisit;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.outcomes.OutcomeTimeline.GridVisit;
import org.ablationpath.outcomes.OutcomeTimeline.Imaging;
import org.ablationpath.outcomes.OutcomeTimeline.Session;
import org.ablationpath.outcomes.OutcomeTimeline.Vital;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.procedure.IntentType;

/**
 * Builds an {@link OutcomeTimeline} from the {@code followUp} block of a case document (contracts/case-evaluation.md).
 * Unreadable dates and values become field problems named by their path, so the endpoint can answer with them.
 * Contrast is not a field of the contract: CT, MRI, CEUS and PET_CT count as contrast imaging, US and CXR do not.
 * The grid (the follow-up plan's visits) is matched to the documented contacts: each grid point takes the contact
 * nearest to its target between the previous and the next grid point.
 */
final class CaseTimelines {

    private static final Set<String> CONTRAST_MODALITIES = Set.of("CT", "MRI", "CEUS", "PET_CT");

    private final List<FieldProblem> problems = new ArrayList<>();

    private CaseTimelines() {
    }

    static CaseOutcomes.Timeline read(JsonNode followUp, LocalDate asOf, Collection<String> tumorIds, List<PlannedVisit> grid) {
        CaseTimelines reader = new CaseTimelines();
        OutcomeTimeline timeline = reader.timeline(followUp, asOf, tumorIds, grid == null ? List.of() : grid);
        return new CaseOutcomes.Timeline(timeline, List.copyOf(reader.problems));
    }

    private OutcomeTimeline timeline(JsonNode followUp, LocalDate asOf, Collection<String> tumorIds, List<PlannedVisit> grid) {
        if (followUp == null || followUp.isNull() || followUp.isMissingNode()) {
            return new OutcomeTimeline(asOf, List.of(), List.of(), List.of(), null, List.of(), Set.of());
        }
        List<Session> sessions = new ArrayList<>();
        Set<String> treated = new LinkedHashSet<>();
        JsonNode procedures = followUp.path("procedures");
        for (int i = 0; i < procedures.size(); i++) {
            JsonNode p = procedures.get(i);
            String path = "followUp.procedures[" + i + "]";
            LocalDate date = date(p.path("date"), path + ".date", true);
            IntentType intent = intent(p.path("intentType"), path + ".intentType");
            List<String> tumours = new ArrayList<>();
            p.path("tumorIds").forEach(t -> tumours.add(t.asText()));
            treated.addAll(tumours);
            Map<String, Boolean> success = new HashMap<>();
            JsonNode ts = p.path("technicalSuccess");
            for (String tumour : tumours) {
                if (ts.isBoolean()) {
                    success.put(tumour, ts.asBoolean());
                } else if (ts.isObject() && ts.path(tumour).isBoolean()) {
                    success.put(tumour, ts.path(tumour).asBoolean());
                }
            }
            if (date != null) {
                sessions.add(new Session(p.path("procedureId").asText("P" + (i + 1)), date, intent, tumours, success));
            }
        }
        List<Imaging> imaging = new ArrayList<>();
        TreeSet<LocalDate> contacts = new TreeSet<>();
        JsonNode studies = followUp.path("imaging");
        for (int i = 0; i < studies.size(); i++) {
            JsonNode s = studies.get(i);
            String path = "followUp.imaging[" + i + "]";
            LocalDate date = date(s.path("date"), path + ".date", true);
            boolean contrast = s.has("contrast") ? s.path("contrast").asBoolean()
                    : CONTRAST_MODALITIES.contains(s.path("modality").asText(""));
            Map<String, AblationResponse> responses = new HashMap<>();
            JsonNode assessments = s.path("assessments");
            for (int j = 0; j < assessments.size(); j++) {
                JsonNode a = assessments.get(j);
                AblationResponse response = response(a, path + ".assessments[" + j + "]");
                if (response != null && a.hasNonNull("tumorId")) {
                    responses.put(a.path("tumorId").asText(), response);
                }
            }
            boolean responseImaging = responseImaging(s.path("purpose"), path + ".purpose");
            if (date != null) {
                imaging.add(new Imaging(date, contrast, s.path("newIntraOrganTumour").asBoolean(false),
                        s.path("extraOrganDisease").asBoolean(false), responses, responseImaging));
                contacts.add(date);
            }
        }
        JsonNode visits = followUp.path("visits");
        for (int i = 0; i < visits.size(); i++) {
            LocalDate date = date(visits.get(i).path("date"), "followUp.visits[" + i + "].date", true);
            if (date != null) {
                contacts.add(date);
            }
        }
        JsonNode vitalNode = followUp.path("vitalStatus");
        LocalDate death = date(vitalNode.path("deathDate"), "followUp.vitalStatus.deathDate", false);
        JsonNode aes = followUp.path("adverseEvents");
        for (int i = 0; i < aes.size(); i++) {
            LocalDate aeDeath = date(aes.get(i).path("deathDate"), "followUp.adverseEvents[" + i + "].deathDate", false);
            if (aeDeath != null && (death == null || aeDeath.isBefore(death))) {
                death = aeDeath;
            }
        }
        CauseOfDeath cause = null;
        if (vitalNode.hasNonNull("causeOfDeath")) {
            try {
                cause = CauseOfDeath.valueOf(vitalNode.path("causeOfDeath").asText());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("followUp.vitalStatus.causeOfDeath", "unknown cause of death", "VAL-07"));
            }
        }
        Vital vital = new Vital(date(vitalNode.path("lastContactDate"), "followUp.vitalStatus.lastContactDate", false),
                death, cause);
        Set<String> untreated = new LinkedHashSet<>(tumorIds == null ? List.of() : tumorIds);
        untreated.removeAll(treated);
        if (sessions.isEmpty()) {
            untreated.clear();
        }
        return new OutcomeTimeline(asOf, sessions, imaging, List.of(), vital, gridVisits(grid, contacts, asOf), untreated);
    }

    /** Each grid point takes the contact nearest its target strictly between the neighbouring grid points. */
    private static List<GridVisit> gridVisits(List<PlannedVisit> grid, TreeSet<LocalDate> contacts, LocalDate asOf) {
        List<GridVisit> result = new ArrayList<>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            PlannedVisit point = grid.get(i);
            LocalDate from = i == 0 ? LocalDate.MIN : grid.get(i - 1).target();
            LocalDate to = i == grid.size() - 1 ? LocalDate.MAX : grid.get(i + 1).target();
            LocalDate best = null;
            for (LocalDate contact : contacts.subSet(from, false, to, false)) {
                if (best == null || Math.abs(contact.toEpochDay() - point.target().toEpochDay())
                        < Math.abs(best.toEpochDay() - point.target().toEpochDay())) {
                    best = contact;
                }
            }
            VisitStatus status = best != null ? VisitStatus.DONE
                    : asOf != null && asOf.isAfter(point.windowEnd()) ? VisitStatus.MISSED : VisitStatus.PLANNED;
            result.add(new GridVisit(point.label(), point.target(), point.windowStart(), point.windowEnd(), best, status));
        }
        return result;
    }

    private LocalDate date(JsonNode node, String path, boolean required) {
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                problems.add(new FieldProblem(path, "required date missing", "VAL-01"));
            }
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(path, "not an ISO date (YYYY-MM-DD)", "VAL-05"));
            return null;
        }
    }

    private IntentType intent(JsonNode node, String path) {
        if (node.isMissingNode() || node.isNull()) {
            return IntentType.INITIAL;
        }
        try {
            return IntentType.valueOf(node.asText());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(path, "unknown intent type", "VAL-07"));
            return IntentType.INITIAL;
        }
    }

    /**
     * Whether the study assesses the result of a procedure (outcomes.md 4.11 purpose): a BASELINE or IMMEDIATE_POST
     * study's COMPLETE documents no complete ablation (OUT-05). A study without a purpose keeps counting, as before.
     */
    private boolean responseImaging(JsonNode purpose, String path) {
        if (purpose.isMissingNode() || purpose.isNull()) {
            return true;
        }
        return switch (purpose.asText()) {
            case "RESPONSE", "SURVEILLANCE", "PROBLEM_SOLVING" -> true;
            case "BASELINE", "IMMEDIATE_POST" -> false;
            default -> {
                problems.add(new FieldProblem(path, "unknown imaging purpose", "VAL-07"));
                yield true;
            }
        };
    }

    /** The ablation response, or the LI-RADS TR value mapped onto it (outcomes.md 1.1). */
    private AblationResponse response(JsonNode assessment, String path) {
        if (assessment.hasNonNull("response")) {
            try {
                return AblationResponse.valueOf(assessment.path("response").asText());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(path + ".response", "unknown response category", "VAL-07"));
                return null;
            }
        }
        return switch (assessment.path("liradsTr").asText("")) {
            case "NONVIABLE" -> AblationResponse.COMPLETE;
            case "VIABLE" -> AblationResponse.RESIDUAL_VIABLE;
            case "EQUIVOCAL" -> AblationResponse.EQUIVOCAL;
            case "NONEVALUABLE" -> AblationResponse.NOT_EVALUABLE;
            default -> null;
        };
    }
}
