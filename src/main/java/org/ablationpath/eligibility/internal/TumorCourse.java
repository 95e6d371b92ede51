package org.ablationpath.eligibility.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One treated tumour's course after ablation, from the document's {@code followUp} block, for the follow-up rules
 * (THY-06, DEC-07): its sessions, how many of them were followed by residual unablated tumour, its latest response,
 * and its volume series (CALC-06) where volumes were measured.
 *
 * @param unsuccessfulSessions sessions whose next response reading of this tumour was {@code RESIDUAL_VIABLE}
 *                             ("sessions with residual tumour", catalogue section 17)
 * @param latestResponse       the response on the tumour's latest reading after its latest session, or null
 * @param volumes              post-ablation volumes, oldest first; empty without a baseline volume
 * @param sixMonthVolume       the volume measured in the 6-month visit window, or null (THY-06 "at 6 months")
 */
public record TumorCourse(String tumorId, String organ, String histology, int sessions, int unsuccessfulSessions,
                          String latestResponse, LocalDate latestResponseDate, List<VolumeReading> volumes,
                          VolumeReading sixMonthVolume) {

    /** Residual unablated tumour or LTP on the latest reading: DEC-07's condition. */
    public boolean isActiveDisease() {
        return "RESIDUAL_VIABLE".equals(latestResponse) || "LTP".equals(latestResponse);
    }

    /** The first reading with regrowth, or null. */
    public VolumeReading getFirstRegrowth() {
        return volumes.stream().filter(VolumeReading::regrowth).findFirst().orElse(null);
    }

    /** One post-ablation volume with its VRR against the pre-ablation volume (CALC-06). */
    public record VolumeReading(LocalDate date, BigDecimal volumeMl, BigDecimal vrrPct,
                                boolean success, boolean regrowth, BigDecimal smallestSoFarMl) {
    }
}
