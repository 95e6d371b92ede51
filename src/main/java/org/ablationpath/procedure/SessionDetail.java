package org.ablationpath.procedure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One recorded session (outcomes.md 4.9) with its treated tumours and, once the patient left, the discharge. */
public record SessionDetail(UUID id, int number, LocalDate procedureDate, OffsetDateTime startAt, OffsetDateTime endAt,
                            IntentType intentType, Approach approach, List<Guidance> guidance, Anaesthesia anaesthesia,
                            ProcedureSetting setting, boolean antibioticProphylaxis,
                            List<ProtectiveTechnique> protectiveTechniques, Boolean tractAblation, Boolean combinedWithTace,
                            LocalDate taceDate, CardiacDeviceManagement cardiacDeviceManaged,
                            BigDecimal doseLengthProductMGyCm, Integer contrastVolumeMl, List<TreatedTumor> tumors,
                            Discharge discharge, String recordedBy, Instant recordedAt) {

    /** A tumour treated in the session: its technical success (OUT-01) and its applications in recorded order. */
    public record TreatedTumor(String tumorId, boolean technicalSuccess, List<AblationApplication> applications) {
    }

    /** STG-07: discharge date, length of stay in days (discharge − procedure date) and the CIRSE/SIR grading inputs. */
    public record Discharge(LocalDate dischargeDate, int lengthOfStayDays, boolean unplannedAdmission,
                            boolean prolongedStay, String note, String dischargedBy) {
    }
}
