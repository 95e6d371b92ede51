package org.ablationpath.referral;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.TumorData;

/** Reading cases, scoped to the signed-in user's centers unless stated otherwise. */
public interface CaseDirectory {

    /** The case if it belongs to one of the signed-in user's centers. */
    Optional<CaseSummary> visibleCase(UUID caseId);

    /**
     * The case's identity if it belongs to one of the signed-in user's centers: for screens and services that only
     * check access and write the read audit (the case page's sections did this with a full summary each).
     */
    Optional<CaseAccess> visibleCaseAccess(UUID caseId);

    /**
     * The case's identity (id, patient, center, voided) for an id the caller already scoped, as {@link #summaries}
     * but in one row: for pathway steps that need only the case's center.
     */
    Optional<CaseAccess> caseAccess(UUID caseId);

    /**
     * {@link #caseAccess(UUID)} for many ids the caller already scoped, in one query; unknown ids are left out. It reads
     * the rows in the database with plain SQL, so changes this transaction has not flushed are not seen: it is for the
     * registry's own transactions.
     */
    Map<UUID, CaseAccess> caseAccess(Collection<UUID> caseIds);

    /** Summaries for ids the caller already scoped (e.g. tasks of the user's centers). */
    Map<UUID, CaseSummary> summaries(Collection<UUID> caseIds);

    /** Latest cases of the user's centers, newest first. */
    List<CaseSummary> recentCases(int limit);

    /** Cases the signed-in user referred, in their centers, not voided, newest first ('My referrals'). */
    List<CaseSummary> referredByMe(int limit);

    /** The stored case as the contract's case document (canonical units), as of the given date. */
    CaseDocument caseDocument(UUID caseId, java.time.LocalDate asOfDate);

    /**
     * The case's current tumours as in {@link #caseDocument}, without building the rest of the document: for the
     * pathway's steps that need only the tumours (one lesion query instead of case, patient, labs and lesions).
     */
    List<TumorData> tumorsOfCase(UUID caseId);

    /** Ids of all cases of a patient (for the audit trail; not center-scoped). */
    List<UUID> caseIdsOfPatient(UUID patientId);

    /** Moves the case to a stage; called by the pathway when the process reaches it. */
    void moveToStage(UUID caseId, CaseStage stage);

    /** Records the board's decision code on the case (the decision itself is kept by the board module). */
    void recordDecision(UUID caseId, String decisionCode, CaseStage nextStage);
}
