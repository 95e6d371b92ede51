package org.ablationpath.eligibility.internal;

import org.ablationpath.eligibility.TimersData;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pathway timers TMR-02/03/04 (pathway.md 7.1): calendar days between valid dates, breach above the limit. */
public final class TimerCalculator {

    private TimerCalculator() {
    }

    public static TimersData compute(Map<String, LocalDate> dates, RuleParameters p) {
        LocalDate referral = dates.get("dates.referralDate");
        LocalDate mdt = dates.get("dates.mdtDate");
        LocalDate procedure = dates.get("dates.procedureDate");
        Long referralToMdt = days(referral, mdt);
        Long mdtToProcedure = days(mdt, procedure);
        Long referralToProcedure = days(referral, procedure);
        List<String> breaches = new ArrayList<>();
        if (referralToMdt != null && referralToMdt > p.getReferralToMdtMaxDays()) {
            breaches.add("TMR-02");
        }
        if (mdtToProcedure != null && mdtToProcedure > p.getMdtToProcedureMaxDays()) {
            breaches.add("TMR-03");
        }
        if (referralToProcedure != null && referralToProcedure > p.getReferralToTreatmentMaxDays()) {
            breaches.add("TMR-04");
        }
        return new TimersData(referralToMdt, mdtToProcedure, referralToProcedure, List.copyOf(breaches));
    }

    private static Long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
    }
}
