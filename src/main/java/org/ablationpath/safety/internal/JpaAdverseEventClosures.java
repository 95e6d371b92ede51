package org.ablationpath.safety.internal;

import java.util.List;
import java.util.UUID;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.safety.AdverseEventClosure;
import org.ablationpath.safety.AdverseEventClosures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaAdverseEventClosures implements AdverseEventClosures {

    private final AdverseEventClosureRepository closures;
    private final CaseDirectory cases;
    private final AccessLog accessLog;

    JpaAdverseEventClosures(AdverseEventClosureRepository closures, CaseDirectory cases, AccessLog accessLog) {
        this.closures = closures;
        this.cases = cases;
        this.accessLog = accessLog;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AdverseEventClosure> ofCase(UUID caseId) {
        return cases.visibleCaseAccess(caseId).map(kase -> {
            accessLog.patientRecordRead(kase.patientId(), caseId, kase.centerId(), "VIEW_ADVERSE_EVENT_CLOSURES");
            return closures.findByCaseIdOrderBySessionDate(caseId).stream().map(AdverseEventClosureEntity::toRecord).toList();
        }).orElse(List.of());
    }
}
