package org.ablationpath.safety;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the safety alerts ({@code ablationpath.safety.*}; defaults from safety.md 6.1).
 *
 * @param acknowledgeWithin acknowledgement limits per priority class (P1 15 min, P2 4 h, P3 next working day)
 * @param workingDays       the days that count as working days (no holiday calendar)
 * @param workingDayEnd     a P3 alert is due at this time of the next working day
 * @param recipients        safety.md's recipient names (OPERATOR_IR, MDT_CHAIR, ...) to application roles; a name
 *                          mapped to nothing is dropped (e.g. the anaesthesiologist on call has no role here)
 * @param tumourMarkerUln   upper limits for ALR-15 (AFP, CEA in ng/mL); none by default (no published threshold
 *                          in our sources), so only the two-consecutive-rises branch of ALR-15 applies until set
 */
@ConfigurationProperties("ablationpath.safety")
public record SafetySettings(AcknowledgeWithin acknowledgeWithin, Set<DayOfWeek> workingDays, LocalTime workingDayEnd,
                             Map<String, List<String>> recipients, Map<String, BigDecimal> tumourMarkerUln) {

    public SafetySettings {
        acknowledgeWithin = acknowledgeWithin == null ? new AcknowledgeWithin(null, null, null) : acknowledgeWithin;
        workingDays = workingDays == null || workingDays.isEmpty()
                ? Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                : Set.copyOf(workingDays);
        workingDayEnd = workingDayEnd == null ? LocalTime.of(17, 0) : workingDayEnd;
        recipients = recipients == null || recipients.isEmpty() ? defaultRecipients() : Map.copyOf(recipients);
        tumourMarkerUln = tumourMarkerUln == null ? Map.of() : Map.copyOf(tumourMarkerUln);
    }

    /** The defaults of safety.md 6.1 and the recipient mapping documented in the README. */
    public static SafetySettings defaults() {
        return new SafetySettings(null, null, null, null, null);
    }

    /**
     * @param p1Immediate       default 15 minutes
     * @param p2Urgent          default 4 hours, around the clock (outside working hours the on-call IR holds the role)
     * @param p3RoutineWorkingDays default 1: due at the end of the next working day
     */
    public record AcknowledgeWithin(Duration p1Immediate, Duration p2Urgent, Integer p3RoutineWorkingDays) {
        public AcknowledgeWithin {
            p1Immediate = p1Immediate == null ? Duration.ofMinutes(15) : p1Immediate;
            p2Urgent = p2Urgent == null ? Duration.ofHours(4) : p2Urgent;
            p3RoutineWorkingDays = p3RoutineWorkingDays == null ? 1 : p3RoutineWorkingDays;
        }
    }

    /** safety.md's recipients mapped onto the application's roles (Ev. L; see README 'Safety rules and alerts'). */
    public static Map<String, List<String>> defaultRecipients() {
        Map<String, List<String>> m = new TreeMap<>();
        m.put("OPERATOR_IR", List.of("INTERVENTIONAL_RADIOLOGIST"));
        m.put("ON_CALL_IR", List.of("INTERVENTIONAL_RADIOLOGIST"));
        m.put("WARD_PHYSICIAN", List.of("INTERVENTIONAL_RADIOLOGIST"));
        m.put("REFERRING_PHYSICIAN", List.of("REFERRING_PHYSICIAN"));
        m.put("MDT_CHAIR", List.of("BOARD_CHAIR"));
        m.put("MDT_COORDINATOR", List.of("TUMOR_BOARD"));
        m.put("NURSE_COORDINATOR", List.of("NURSE"));
        m.put("DATA_MANAGER", List.of("DATA_MANAGER"));
        m.put("QUALITY_LEAD", List.of("DATA_MANAGER"));
        m.put("ANAESTHESIOLOGIST_ON_CALL", List.of());
        // ALR-16: there is no principal-investigator role; the data manager holds the study records
        m.put("PRINCIPAL_INVESTIGATOR", List.of("DATA_MANAGER"));
        return m;
    }

    /** The application roles safety.md's recipients (OPERATOR_IR, QUALITY_LEAD, ...) are mapped onto, once each. */
    public List<String> rolesOf(Collection<String> recipientNames) {
        Set<String> roles = new LinkedHashSet<>();
        recipientNames.forEach(r -> roles.addAll(recipients.getOrDefault(r, List.of())));
        return List.copyOf(roles);
    }

    /** Effective values that change what the rules produce; part of the safety rules version. */
    public Map<String, String> asParameters() {
        Map<String, String> p = new TreeMap<>();
        tumourMarkerUln.forEach((k, v) -> p.put("tumourMarkerUln." + k, v.toPlainString()));
        return p;
    }
}
