package org.ablationpath.outcomes.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.ablationpath.outcomes.OutcomeTimeline;
import org.ablationpath.outcomes.PatientOutcomes;
import org.ablationpath.outcomes.TechniqueEfficacy;
import org.ablationpath.outcomes.TumourOutcomes;
import org.ablationpath.outcomes.VisitCompliance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the computed outcome rows (V16 tables) in batches: delete the cases' rows, insert the new ones. The single
 * writer of those rows, so it also keeps the dashboard sums (V20) in step in the same transaction, by the cases'
 * change; the full recompute writes with {@link #replaceRows} and rebuilds every center once at the end.
 */
@Repository
class OutcomeStore {

    private static final String INSERT_PATIENT = """
            insert into app.outcome_patient (case_id, center_id, pseudonym, organ, histology, modality, intent, start_date,
              mdt_before_first_session, board_concordant, board_decisions, board_discordant, technical_success,
              technique_efficacy, technique_efficacy_reason,
              response_imaging_due, response_imaging_in_window, primary_efficacy, assisted_efficacy, secondary_efficacy,
              additional_sessions_residual, ltp_date, ltpfs_days, ltpfs_event, ttltp_days, ttltp_event, ttr_days, ttr_event,
              dfs_days, dfs_event, dfs_excluded, os_days, os_event, thirty_day_mortality, procedure_related_death,
              visits_due, visits_in_window, visits_missed, missing_fields, inputs_version, computed_at)
            values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""";
    private static final String INSERT_TUMOUR = """
            insert into app.outcome_tumour (case_id, tumor_id, center_id, technical_success, technique_efficacy, primary_efficacy,
              assisted_efficacy, secondary_efficacy, ltp_date, ttltp_days, ttltp_event) values (?,?,?,?,?,?,?,?,?,?,?)""";
    private static final String INSERT_SESSION = """
            insert into app.outcome_session (case_id, session_id, center_id, session_date, liver, thirty_day_death,
              major_complication, hepatic_infection) values (?,?,?,?,?,?,?,?)""";

    private final JdbcTemplate jdbc;
    private final RegistrySummary summary;
    private final SummaryDeltas deltas;

    OutcomeStore(JdbcTemplate jdbc, RegistrySummary summary, SummaryDeltas deltas) {
        this.jdbc = jdbc;
        this.summary = summary;
        this.deltas = deltas;
    }

    /** A case with its computed outcomes, ready to store. */
    record Computed(CaseFacts facts, PatientOutcomes outcomes) {
    }

    /** Deletes the cases' rows and takes their contribution out of the sums. */
    void delete(Collection<UUID> caseIds) {
        summary.lock();
        SummaryContribution before = deltas.contributionOf(caseIds);
        deleteRows(caseIds);
        deltas.apply(before, SummaryContribution.NONE);
    }

    /** Replaces the cases' rows and adds the difference to the sums (of their old and new centers). */
    void replace(List<Computed> computed, Instant now) {
        List<UUID> caseIds = computed.stream().map(c -> c.facts().caseId()).toList();
        summary.lock();
        SummaryContribution before = deltas.contributionOf(caseIds);
        replaceRows(computed, now);
        deltas.apply(before, deltas.contributionOf(caseIds));
    }

    /** Deletes the cases' rows only (the caller takes care of the sums). */
    void deleteRows(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return;
        }
        List<Object[]> ids = caseIds.stream().map(id -> new Object[] {id}).toList();
        jdbc.batchUpdate("delete from app.outcome_patient where case_id = ?", ids);
    }

    /** Replaces the cases' rows only (the caller takes care of the sums). */
    void replaceRows(List<Computed> computed, Instant now) {
        deleteRows(computed.stream().map(c -> c.facts().caseId()).toList());
        Timestamp at = Timestamp.from(now);
        List<Object[]> patients = new ArrayList<>(computed.size());
        List<Object[]> tumours = new ArrayList<>();
        List<Object[]> sessions = new ArrayList<>();
        for (Computed c : computed) {
            CaseFacts f = c.facts();
            PatientOutcomes o = c.outcomes();
            TechniqueEfficacy te = o.techniqueEfficacy1m();
            boolean imagingDue = !"PENDING".equals(te.reason()) && !"DEATH".equals(te.reason())
                    && !(o.overallSurvival().event() && o.overallSurvival().days() < 56);
            long due = o.visitCompliance().stream().filter(VisitCompliance::due).count();
            long inWindow = o.visitCompliance().stream().filter(v -> v.status() == VisitCompliance.Status.IN_WINDOW).count();
            long missed = o.visitCompliance().stream().filter(v -> v.status() == VisitCompliance.Status.MISSED).count();
            patients.add(new Object[] {f.caseId(), f.centerId(), f.pseudonym(), f.organ(), f.histology(), f.modality(),
                    f.intent(), Date.valueOf(o.startDate()), f.mdtBeforeFirstSession(), f.boardConcordant(),
                    f.boardDecisions(), f.boardDiscordant(),
                    o.technicalSuccess(), te.result().name(), te.reason(), imagingDue,
                    imagingDue && Boolean.TRUE.equals(te.inWindow()), o.primaryTechniqueEfficacy(),
                    o.assistedTechniqueEfficacy(), o.secondaryTechniqueEfficacy(), o.additionalSessionsForResidual(),
                    date(o.localTumourProgression().date()), (int) o.ltpFreeSurvival().days(), o.ltpFreeSurvival().event(),
                    (int) o.timeToLtp().days(), o.timeToLtp().event(), (int) o.timeToRecurrence().days(),
                    o.timeToRecurrence().event(), (int) o.diseaseFreeSurvival().days(), o.diseaseFreeSurvival().event(),
                    o.diseaseFreeSurvival().excluded(), (int) o.overallSurvival().days(), o.overallSurvival().event(),
                    o.thirtyDayMortality(), o.procedureRelatedDeath(), (int) due, (int) inWindow, (int) missed,
                    f.missingFields().isEmpty() ? null : String.join(",", f.missingFields()),
                    inputsVersion(f.timeline()), at});
            for (TumourOutcomes t : o.tumors()) {
                tumours.add(new Object[] {f.caseId(), t.tumorId(), f.centerId(), t.technicalSuccess(),
                        t.techniqueEfficacy1m().result().name(), t.primaryTechniqueEfficacy(), t.assistedTechniqueEfficacy(),
                        t.secondaryTechniqueEfficacy(), date(t.localTumourProgression().date()), (int) t.timeToLtp().days(),
                        t.timeToLtp().event()});
            }
            boolean liver = "LIVER".equals(f.organ());
            for (PatientOutcomes.SessionMortality s : o.sessionMortality()) {
                // major complication needs the CIRSE/SIR grades (safety.md 4.4), not stored by the safety module yet
                sessions.add(new Object[] {f.caseId(), s.sessionId(), f.centerId(), Date.valueOf(s.date()), liver,
                        s.thirtyDayMortality(), f.sessionsWithMajorComplication().contains(s.sessionId()),
                        f.sessionsWithHepaticInfection().contains(s.sessionId())});
            }
        }
        jdbc.batchUpdate(INSERT_PATIENT, patients);
        jdbc.batchUpdate(INSERT_TUMOUR, tumours);
        jdbc.batchUpdate(INSERT_SESSION, sessions);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    /** A hash of the timeline's content in a canonical order (maps sorted), stable across runs. */
    static String inputsVersion(OutcomeTimeline t) {
        StringBuilder canonical = new StringBuilder();
        t.sessions().forEach(s -> canonical.append(s.id()).append(s.date()).append(s.intent()).append(s.tumorIds())
                .append(new TreeMap<>(s.technicalSuccess())).append(';'));
        t.imaging().forEach(i -> canonical.append(i.date()).append(i.contrast()).append(i.newIntraOrganTumour())
                .append(i.extraOrganDisease()).append(new TreeMap<>(i.responses())).append(';'));
        t.diseaseEvents().forEach(e -> canonical.append(e).append(';'));
        canonical.append(t.vital()).append(t.gridVisits()).append(new TreeSet<>(t.untreatedTumorIds()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stored rows per center, for the dashboard header. */
    Map<String, Long> rowsPerCenter() {
        Map<String, Long> result = new TreeMap<>();
        jdbc.query("select center_id, count(*) from app.outcome_patient group by center_id",
                rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }
}
