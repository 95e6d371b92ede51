package org.ablationpath.eligibility.internal;

import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.TumorData;

import java.util.ArrayList;
import java.util.List;

/** Builds the {@link OrganCase} and one {@link OrganTumor} per tumour record from the normalized document. */
public final class OrganFacts {

    private OrganFacts() {
    }

    public static List<Object> of(CaseDocument normalized) {
        List<Object> facts = new ArrayList<>();
        facts.add(new OrganCase(normalized));
        List<TumorData> tumors = normalized.tumors() == null ? List.of() : normalized.tumors();
        for (int i = 0; i < tumors.size(); i++) {
            if (tumors.get(i) != null) {
                facts.add(new OrganTumor(i, tumors.get(i)));
            }
        }
        return facts;
    }
}
