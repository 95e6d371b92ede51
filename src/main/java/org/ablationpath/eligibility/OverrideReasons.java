package org.ablationpath.eligibility;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The coded reasons a physician may give for overriding a recommendation. pathway.md publishes no list of override
 * reason codes, so this is a local list from configuration ({@code ablationpath.rules.override-reasons}).
 */
@Component
public class OverrideReasons {

    public static final String PROPERTY = "ablationpath.rules.override-reasons";

    private final List<String> codes;

    OverrideReasons(@Value("${" + PROPERTY + ":PATIENT_PREFERENCE,CLINICAL_JUDGEMENT,DATA_INCORRECT,GUIDELINE_DISAGREEMENT,OTHER}")
                    List<String> codes) {
        this.codes = codes.stream().map(String::trim).filter(c -> !c.isEmpty()).distinct().toList();
        if (this.codes.isEmpty()) {
            throw new IllegalStateException(PROPERTY + " must name at least one reason code");
        }
    }

    public List<String> codes() {
        return codes;
    }

    public boolean contains(String code) {
        return code != null && codes.contains(code);
    }
}
