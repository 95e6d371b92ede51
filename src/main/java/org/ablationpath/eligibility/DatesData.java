package org.ablationpath.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Pathway dates as ISO strings (VAL-05 reports impossible dates such as 2025-02-30). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatesData(
        String referralDate,
        String labDate,
        String imagingDate,
        String mdtDate,
        String procedureDate) {
}
