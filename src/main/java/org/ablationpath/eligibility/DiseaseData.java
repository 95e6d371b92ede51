package org.ablationpath.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Disease status at the evaluation (data dictionary 4.4). {@code tumorCount} is an optional declared count that
 * VAL-07 checks against the number of tumour records.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiseaseData(
        Boolean extrahepaticDisease,
        List<String> extrahepaticSites,
        Boolean lymphNodeMetastasis,
        Boolean distantMetastasis,
        String macrovascularInvasion,
        Boolean diffuseInfiltrative,
        Integer tumorCount) {
}
