package org.ablationpath.board.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ablationpath.board.QuorumPolicy;
import org.ablationpath.board.QuorumStatus;
import org.ablationpath.board.Specialty;
import org.ablationpath.patient.LesionRecord;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The quorum a case needs: the board's own policy when it has one, else the union of the configured defaults of the
 * case's organs ({@code ablationpath.board.quorum.<ORGAN>}, pathway.md section 6.1, level L: no published quorum).
 * Bone: the orthopaedic or spine surgeon only when a tumour is weight-bearing ({@code quorum-bone-weight-bearing}).
 */
@Component
class QuorumPolicies {

    static final String PREFIX = "ablationpath.board.quorum";
    private static final String BONE_WEIGHT_BEARING = "ablationpath.board.quorum-bone-weight-bearing";

    private final Map<String, QuorumPolicy> byOrgan = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final QuorumPolicy boneWeightBearing;

    @org.springframework.beans.factory.annotation.Autowired
    QuorumPolicies(Environment environment) {
        Binder binder = Binder.get(environment);
        binder.bind(PREFIX, Bindable.mapOf(String.class, String.class)).orElse(Map.of())
                .forEach((organ, text) -> byOrgan.put(organ, QuorumPolicy.parse(text)));
        boneWeightBearing = QuorumPolicy.parse(binder.bind(BONE_WEIGHT_BEARING, String.class).orElse(null));
    }

    QuorumPolicies(Map<String, QuorumPolicy> byOrgan, QuorumPolicy boneWeightBearing) {
        this.byOrgan.putAll(byOrgan);
        this.boneWeightBearing = boneWeightBearing;
    }

    /**
     * @param boardPolicy the board's written policy, null for the defaults
     * @param tumors      the case's tumours (organ, weight-bearing)
     * @param present     specialties of the attendees present
     */
    QuorumStatus status(String boardPolicy, List<LesionRecord> tumors, List<Specialty> present, String exceptionReason) {
        QuorumPolicy policy = QuorumPolicy.none();
        List<String> withoutDefault = new ArrayList<>();
        if (boardPolicy != null && !boardPolicy.isBlank()) {
            policy = QuorumPolicy.parse(boardPolicy);
        } else {
            for (String organ : tumors.stream().map(LesionRecord::organ).filter(o -> o != null).distinct().sorted().toList()) {
                QuorumPolicy ofOrgan = byOrgan.get(organ);
                if (ofOrgan == null) {
                    withoutDefault.add(organ);
                } else {
                    policy = policy.and(ofOrgan);
                }
            }
            boolean weightBearingBone = tumors.stream()
                    .anyMatch(t -> "BONE".equalsIgnoreCase(t.organ()) && t.details() != null
                            && t.details().path("weightBearing").asBoolean(false));
            if (weightBearingBone) {
                policy = policy.and(boneWeightBearing);
            }
        }
        return new QuorumStatus(policy.written(), policy.missing(present), exceptionReason, withoutDefault);
    }

    static String describe(List<org.ablationpath.board.Attendee> present) {
        return present.stream().map(a -> a.name() + " (" + a.specialty() + ")").collect(Collectors.joining("; "));
    }
}
