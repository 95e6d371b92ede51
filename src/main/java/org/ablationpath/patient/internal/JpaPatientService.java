package org.ablationpath.patient.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.patient.LabPanelRecord;
import org.ablationpath.patient.LesionRecord;
import org.ablationpath.patient.PatientIdentityMismatchException;
import org.ablationpath.patient.PatientRecord;
import org.ablationpath.patient.PatientRegistration;
import org.ablationpath.patient.PatientService;
import org.ablationpath.patient.LabPanelAdded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaPatientService implements PatientService {

    private final PatientRepository patients;
    private final LesionRepository lesions;
    private final LabPanelRepository labPanels;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JpaPatientService(PatientRepository patients, LesionRepository lesions, LabPanelRepository labPanels,
                      CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.patients = patients;
        this.lesions = lesions;
        this.labPanels = labPanels;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public UUID registerOrUpdate(PatientRegistration r) {
        Optional<PatientEntity> known = patients.findByCenterIdAndPseudonym(r.centerId(), r.pseudonym());
        if (known.isPresent()) {
            PatientEntity patient = known.get();
            if (!patient.sameIdentity(r.sex(), r.birthDate())) {
                throw new PatientIdentityMismatchException();
            }
            patient.updateClinicalStatus(r.clinicalStatus());
            return patient.id();
        }
        return patients.save(new PatientEntity(r.centerId(), r.pseudonym(), r.sex(), r.birthDate(), r.clinicalStatus())).id();
    }

    @Override
    public Optional<PatientRecord> find(UUID patientId) {
        return patients.findById(patientId).map(PatientEntity::toRecord);
    }

    @Override
    public Optional<PatientRecord> findByPseudonym(String centerId, String pseudonym) {
        return patients.findByCenterIdAndPseudonym(centerId, pseudonym).map(PatientEntity::toRecord);
    }

    @Override
    @Transactional
    public void addLesions(UUID patientId, UUID caseId, List<LesionRecord> records) {
        lesions.saveAll(records.stream().map(r -> new LesionEntity(patientId, caseId, r)).toList());
    }

    @Override
    @Transactional
    public void updateClinicalStatus(UUID patientId, JsonNode clinicalStatus) {
        patients.findById(patientId).orElseThrow(() -> new IllegalArgumentException("Unknown patient " + patientId))
                .updateClinicalStatus(clinicalStatus);
    }

    @Override
    @Transactional
    public void reviseLesions(UUID patientId, UUID caseId, List<LesionRecord> revised, String voidReason) {
        Map<String, LesionEntity> known = lesions.findByCaseId(caseId).stream()
                .collect(Collectors.toMap(LesionEntity::tumorKey, l -> l));
        for (LesionRecord record : revised) {
            LesionEntity lesion = known.remove(record.tumorKey());
            if (lesion == null) {
                lesions.save(new LesionEntity(patientId, caseId, record));
            } else {
                lesion.revise(record);
            }
        }
        known.values().stream().filter(l -> !l.voided())
                .forEach(l -> l.voidWithReason(currentUser.username(), voidReason, clock.instant()));
    }

    @Override
    @Transactional
    public void addLabPanel(UUID patientId, UUID caseId, LabPanelRecord panel) {
        labPanels.save(new LabPanelEntity(patientId, caseId, panel));
        events.publishEvent(new LabPanelAdded(patientId, caseId, panel));
    }

    @Override
    public List<LesionRecord> lesionsOfCase(UUID caseId) {
        return lesions.findByCaseIdAndVoidedAtIsNullOrderByTumorKey(caseId).stream().map(LesionEntity::toRecord).toList();
    }

    @Override
    public java.util.Map<UUID, List<LesionRecord>> lesionsOfCases(java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return java.util.Map.of();
        }
        return lesions.findByCaseIdInAndVoidedAtIsNullOrderByTumorKey(caseIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(LesionEntity::caseId, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.mapping(LesionEntity::toRecord, java.util.stream.Collectors.toList())));
    }

    @Override
    public Optional<LabPanelRecord> latestLabsOfCase(UUID caseId) {
        return labPanels.findFirstByCaseIdOrderByCollectedDateDescCreatedAtDesc(caseId).map(LabPanelEntity::toRecord);
    }

    @Override
    public List<LabPanelRecord> labPanelsOfCase(UUID caseId) {
        return labPanels.findByCaseIdOrderByCollectedDateAscCreatedAtAsc(caseId).stream().map(LabPanelEntity::toRecord).toList();
    }

    @Override
    public Map<UUID, String> pseudonyms(Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return patients.pseudonymsOf(patientIds).stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
    }
}
