package org.ablationpath.safety;

import java.util.List;
import java.util.UUID;

/** The safety rules assessed a case (an adverse event, a post-procedure lab sample, a visit) and ask for these alerts. */
public record AlertsDrafted(UUID caseId, String centerId, List<AlertDraft> drafts) {
}
