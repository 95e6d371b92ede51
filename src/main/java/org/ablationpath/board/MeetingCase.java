package org.ablationpath.board;

import java.util.List;
import java.util.UUID;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.referral.CaseSummary;

/**
 * One case as meeting mode shows it: the agenda item, the case and its data as of the meeting date (patient,
 * tumours with size, location and distances, labs and dates), the recommendation with its fired rules, prior
 * decisions and treatments, a timeline, and the quorum for this case. {@code recommendation} is null without one;
 * {@code previousItemId} and {@code nextItemId} are the neighbouring agenda items (null at either end), so meeting mode
 * moves and prefetches without reading the whole agenda.
 */
public record MeetingCase(Meeting meeting, AgendaItem item, int index, int count, UUID previousItemId, UUID nextItemId,
                          CaseSummary kase, CaseDocument data,
                          StoredEvaluation recommendation, List<BoardDecision> priorDecisions,
                          List<SubsequentTreatment> treatments, List<TimelineEntry> timeline, QuorumStatus quorum) {
}
