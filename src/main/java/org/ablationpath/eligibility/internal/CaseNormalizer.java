package org.ablationpath.eligibility.internal;

import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.DatesData;
import org.ablationpath.eligibility.DiseaseData;
import org.ablationpath.eligibility.LabData;
import org.ablationpath.eligibility.Measured;
import org.ablationpath.eligibility.PatientData;
import org.ablationpath.eligibility.TumorData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a case document into rule facts: the sections, one fact per tumour, and one {@link CaseInputs} holding every
 * present input (path, value), measured values converted to their canonical unit (VAL-06), dates parsed strictly
 * (VAL-05). It judges nothing: every verdict is a rule.
 */
public final class CaseNormalizer {

    public static final String DEFAULT_PROFILE = "INTL";

    private final List<Object> facts = new ArrayList<>();
    private final CaseInputs inputs = new CaseInputs();
    private final Map<String, LocalDate> validDates = new HashMap<>();

    private CaseNormalizer() {
    }

    public static NormalizedCase normalize(CaseDocument doc, LocalDate today) {
        return new CaseNormalizer().run(doc, today);
    }

    private NormalizedCase run(CaseDocument doc, LocalDate today) {
        PatientData patient = doc.patient() != null ? doc.patient() : emptyPatient();
        LabData labs = doc.labs() != null ? doc.labs() : emptyLabs();
        DiseaseData disease = doc.disease() != null ? doc.disease() : new DiseaseData(null, null, null, null, null, null, null);
        DatesData dates = doc.dates() != null ? doc.dates() : new DatesData(null, null, null, null, null);
        List<TumorData> tumors = doc.tumors() != null ? doc.tumors() : List.of();

        String profile = doc.ruleProfile() != null ? doc.ruleProfile() : DEFAULT_PROFILE;
        enumField("ruleProfile", "ruleProfile", profile);
        date("asOfDate", doc.asOfDate());
        enumField("plannedModality", "plannedModality", doc.plannedModality());

        addPatient(patient);
        LabData canonicalLabs = addLabs(labs);
        addDisease(disease);
        addDates(dates);
        List<TumorData> canonicalTumors = new ArrayList<>();
        for (int i = 0; i < tumors.size(); i++) {
            canonicalTumors.add(addTumor(i, tumors.get(i)));
        }

        LocalDate mdt = validDates.get("dates.mdtDate");
        LocalDate asOf = validDates.get("asOfDate");
        LocalDate evaluationDate = mdt != null ? mdt : asOf != null ? asOf : today;
        String evaluationSource = mdt != null ? "dates.mdtDate" : asOf != null ? "asOfDate" : "today";

        LocalDate birth = validDates.get("patient.birthDate");
        Integer age = birth == null ? null : ageInCompletedYears(birth, evaluationDate);
        if (age != null) {
            inputs.add(new NumberField("patient.birthDate", "ageYears", null, BigDecimal.valueOf(age)));
        }
        facts.add(new CaseFacts(patient.sex(), age, patient.pregnancyStatus(), patient.ascites(),
                patient.refractoryAscites(), patient.cardiacDevice(), patient.pacemakerDependent(),
                disease.tumorCount(), tumors.size(), evaluationDate.toEpochDay(), evaluationSource,
                asOf == null ? null : asOf.toEpochDay()));

        facts.add(inputs);
        // the sections as facts for the clinical rules (canonical units); CaseContext carries profile and plan
        facts.add(patient);
        facts.add(disease);
        facts.add(canonicalLabs);
        facts.add(new CaseContext(profile, doc.plannedModality()));

        CaseDocument normalized = new CaseDocument(profile, doc.asOfDate(), doc.patient(),
                doc.labs() == null ? null : canonicalLabs, doc.disease(),
                doc.tumors() == null ? null : canonicalTumors, doc.plannedModality(), doc.dates(), doc.followUp());
        return new NormalizedCase(normalized, List.copyOf(facts), evaluationDate, profile, age, Map.copyOf(validDates));
    }

    /** Completed years; negative when the birth date lies after the evaluation date (VAL-04 reports it). */
    static int ageInCompletedYears(LocalDate birth, LocalDate at) {
        return Period.between(birth, at).getYears();
    }

    private void addPatient(PatientData p) {
        text("patient.patientId", p.patientId());
        enumField("patient.sex", "sex", p.sex());
        date("patient.birthDate", p.birthDate());
        number("patient.ecog", "ecog", null, p.ecog());
        flag("patient.ecogCancerRelated", p.ecogCancerRelated());
        enumField("patient.pregnancyStatus", "pregnancyStatus", p.pregnancyStatus());
        number("patient.gestationalWeeks", "gestationalWeeks", null, p.gestationalWeeks());
        enumField("patient.cardiacDevice", "cardiacDevice", p.cardiacDevice());
        flag("patient.pacemakerDependent", p.pacemakerDependent());
        flag("patient.historyVentricularArrhythmia", p.historyVentricularArrhythmia());
        flag("patient.atrialFibrillation", p.atrialFibrillation());
        flag("patient.coronaryArteryDisease", p.coronaryArteryDisease());
        flag("patient.epilepsy", p.epilepsy());
        number("patient.nyhaClass", "nyhaClass", null, p.nyhaClass());
        flag("patient.uncontrolledHypertension", p.uncontrolledHypertension());
        enumField("patient.anticoagulation", "anticoagulation", p.anticoagulation());
        enumField("patient.antiplatelet", "antiplatelet", p.antiplatelet());
        flag("patient.activeInfection", p.activeInfection());
        flag("patient.canCooperate", p.canCooperate());
        flag("patient.majorOrganFailure", p.majorOrganFailure());
        flag("patient.cirrhosis", p.cirrhosis());
        enumField("patient.cirrhosisEtiology", "cirrhosisEtiology", p.cirrhosisEtiology());
        flag("patient.varicealBleedWithin30Days", p.varicealBleedWithin30Days());
        enumField("patient.ascites", "ascites", p.ascites());
        flag("patient.refractoryAscites", p.refractoryAscites());
        number("patient.encephalopathyGrade", "encephalopathyGrade", null, p.encephalopathyGrade());
        flag("patient.bilioentericAnastomosis", p.bilioentericAnastomosis());
        number("patient.priorTaceSessions", "priorTaceSessions", null, p.priorTaceSessions());
        enumField("patient.fitForSurgery", "fitForSurgery", p.fitForSurgery());
        flag("patient.declinesSurgery", p.declinesSurgery());
        flag("patient.transplantCandidate", p.transplantCandidate());
        number("patient.lifeExpectancyMonths", "lifeExpectancyMonths", null, p.lifeExpectancyMonths());
        flag("patient.pulmonaryReserveCompromised", p.pulmonaryReserveCompromised());
        number("patient.kps", "kps", null, p.kps());
        flag("patient.portalHypertension", p.portalHypertension());
        flag("patient.bleomycinPulmonaryRisk", p.bleomycinPulmonaryRisk());
    }

    private LabData addLabs(LabData l) {
        date("labs.collectedDate", l.collectedDate());
        Measured platelets = measured("labs.plateletsE9L", "plateletsE9L", null, l.plateletsE9L());
        Measured plateletsLln = measured("labs.plateletsLlnE9L", "plateletsLlnE9L", null, l.plateletsLlnE9L());
        number("labs.inr", "inr", null, l.inr());
        Measured bilirubin = measured("labs.bilirubinUmolL", "bilirubinUmolL", null, l.bilirubinUmolL());
        Measured bilirubinUln = measured("labs.bilirubinUlnUmolL", "bilirubinUlnUmolL", null, l.bilirubinUlnUmolL());
        Measured albumin = measured("labs.albuminGL", "albuminGL", null, l.albuminGL());
        Measured creatinine = measured("labs.creatinineUmolL", "creatinineUmolL", null, l.creatinineUmolL());
        Measured creatinineUln = measured("labs.creatinineUlnUmolL", "creatinineUlnUmolL", null, l.creatinineUlnUmolL());
        Measured hemoglobin = measured("labs.hemoglobinGL", "hemoglobinGL", null, l.hemoglobinGL());
        Measured hemoglobinLln = measured("labs.hemoglobinLlnGL", "hemoglobinLlnGL", null, l.hemoglobinLlnGL());
        number("labs.altUL", "altUL", null, l.altUL());
        number("labs.altUlnUL", "altUlnUL", null, l.altUlnUL());
        number("labs.astUL", "astUL", null, l.astUL());
        number("labs.astUlnUL", "astUlnUL", null, l.astUlnUL());
        return new LabData(l.collectedDate(), platelets, plateletsLln, l.inr(), bilirubin, bilirubinUln, albumin,
                creatinine, creatinineUln, hemoglobin, hemoglobinLln, l.altUL(), l.altUlnUL(), l.astUL(), l.astUlnUL());
    }

    private void addDisease(DiseaseData d) {
        flag("disease.extrahepaticDisease", d.extrahepaticDisease());
        if (d.extrahepaticSites() != null) {
            inputs.present("disease.extrahepaticSites");
            for (int i = 0; i < d.extrahepaticSites().size(); i++) {
                enumField("disease.extrahepaticSites[" + i + "]", "extrahepaticSites", d.extrahepaticSites().get(i));
            }
        }
        flag("disease.lymphNodeMetastasis", d.lymphNodeMetastasis());
        flag("disease.distantMetastasis", d.distantMetastasis());
        enumField("disease.macrovascularInvasion", "macrovascularInvasion", d.macrovascularInvasion());
        flag("disease.diffuseInfiltrative", d.diffuseInfiltrative());
        number("disease.tumorCount", "tumorCount", null, d.tumorCount());
    }

    private void addDates(DatesData d) {
        date("dates.referralDate", d.referralDate());
        date("dates.labDate", d.labDate());
        date("dates.imagingDate", d.imagingDate());
        date("dates.mdtDate", d.mdtDate());
        date("dates.procedureDate", d.procedureDate());
    }

    private TumorData addTumor(int i, TumorData t) {
        if (t == null) {
            // a null array entry is a record with nothing in it: VAL-01 reports its mandatory fields
            facts.add(new TumorFact(i, null, null, null));
            return null;
        }
        String at = "tumors[" + i + "].";
        String id = t.tumorId();
        text(at + "tumorId", id);
        enumField(at + "organ", "organ", t.organ());
        text(at + "histology", t.histology());
        enumField(at + "diagnosisBasis", "diagnosisBasis", t.diagnosisBasis());
        enumField(at + "liradsCategory", "liradsCategory", t.liradsCategory());
        Measured size = measured(at + "maxDiameterMm", "maxDiameterMm", id, t.maxDiameterMm());
        number(at + "volumeMl", "volumeMl", id, t.volumeMl());
        number(at + "segment", "segment", id, t.segment());
        flag(at + "subcapsular", t.subcapsular());
        flag(at + "visceralSurface", t.visceralSurface());
        number(at + "exophyticFraction", "exophyticFraction", id, t.exophyticFraction());
        number(at + "distanceToGallbladderMm", "distanceToGallbladderMm", id, t.distanceToGallbladderMm());
        number(at + "distanceToBowelMm", "distanceToBowelMm", id, t.distanceToBowelMm());
        number(at + "distanceToDiaphragmMm", "distanceToDiaphragmMm", id, t.distanceToDiaphragmMm());
        number(at + "distanceToCentralBileDuctMm", "distanceToCentralBileDuctMm", id, t.distanceToCentralBileDuctMm());
        number(at + "nearestVesselDiameterMm", "nearestVesselDiameterMm", id, t.nearestVesselDiameterMm());
        number(at + "distanceToNearestVesselMm", "distanceToNearestVesselMm", id, t.distanceToNearestVesselMm());
        enumField(at + "cTStage", "cTStage", t.cTStage());
        flag(at + "renalCentral", t.renalCentral());
        flag(at + "nearUreter", t.nearUreter());
        enumField(at + "nsclcStage", "nsclcStage", t.nsclcStage());
        flag(at + "centralLocation", t.centralLocation());
        number(at + "painNrs", "painNrs", id, t.painNrs());
        enumField(at + "intent", "intent", t.intent());
        flag(at + "weightBearing", t.weightBearing());
        flag(at + "corticalDestruction", t.corticalDestruction());
        flag(at + "fractureRisk", t.fractureRisk());
        flag(at + "neuralProximity", t.neuralProximity());
        flag(at + "priorRadiotherapy", t.priorRadiotherapy());
        number(at + "benignCytologyCount", "benignCytologyCount", id, t.benignCytologyCount());
        flag(at + "symptomatic", t.symptomatic());
        flag(at + "cosmeticComplaint", t.cosmeticComplaint());
        flag(at + "autonomouslyFunctioning", t.autonomouslyFunctioning());
        flag(at + "nearRecurrentLaryngealNerve", t.nearRecurrentLaryngealNerve());
        enumField(at + "neckLevel", "neckLevel", t.neckLevel());
        number(at + "priorNeckOperations", "priorNeckOperations", id, t.priorNeckOperations());
        enumField(at + "resectability", "resectability", t.resectability());
        number(at + "inductionChemotherapyMonths", "inductionChemotherapyMonths", id, t.inductionChemotherapyMonths());
        flag(at + "biliaryObstruction", t.biliaryObstruction());
        flag(at + "hepaticArteryPortalVeinStenosis", t.hepaticArteryPortalVeinStenosis());
        flag(at + "metalInAblationZone", t.metalInAblationZone());
        number(at + "nodeCount", "nodeCount", id, t.nodeCount());
        flag(at + "surgicalOptionAvailable", t.surgicalOptionAvailable());
        TumorData canonical = new TumorData(t.tumorId(), t.organ(), t.histology(), t.diagnosisBasis(), t.liradsCategory(), size,
                t.volumeMl(), t.segment(), t.subcapsular(), t.visceralSurface(), t.exophyticFraction(),
                t.distanceToGallbladderMm(), t.distanceToBowelMm(), t.distanceToDiaphragmMm(),
                t.distanceToCentralBileDuctMm(), t.nearestVesselDiameterMm(), t.distanceToNearestVesselMm(),
                t.cTStage(), t.renalCentral(), t.nearUreter(), t.nsclcStage(), t.centralLocation(), t.painNrs(),
                t.intent(), t.weightBearing(), t.corticalDestruction(), t.fractureRisk(), t.neuralProximity(),
                t.priorRadiotherapy(), t.benignCytologyCount(), t.symptomatic(), t.cosmeticComplaint(),
                t.autonomouslyFunctioning(), t.nearRecurrentLaryngealNerve(), t.neckLevel(), t.priorNeckOperations(),
                t.resectability(), t.inductionChemotherapyMonths(), t.biliaryObstruction(),
                t.hepaticArteryPortalVeinStenosis(), t.metalInAblationZone(), t.nodeCount(),
                t.surgicalOptionAvailable());
        facts.add(new TumorFact(i, id, t.organ(), t.histology(), canonical));
        return canonical;
    }

    // --- every present input, recorded in the one CaseInputs fact -----------------------------------

    private void text(String path, String value) {
        if (value != null && !value.isBlank()) {
            inputs.present(path);
        }
    }

    private void flag(String path, Boolean value) {
        if (value != null) {
            inputs.present(path);
        }
    }

    private void enumField(String path, String name, String value) {
        if (value != null && !value.isBlank()) {
            inputs.present(path);
            inputs.add(new EnumField(path, name, value));
        }
    }

    private void number(String path, String name, String tumorId, Number value) {
        if (value != null) {
            inputs.present(path);
            BigDecimal decimal = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
            inputs.add(new NumberField(path, name, tumorId, decimal));
        }
    }

    /** Converts to the canonical unit; an unaccepted unit becomes a VAL-06 fact and the value is kept as given. */
    private Measured measured(String path, String name, String tumorId, Measured value) {
        if (value == null) {
            return null;
        }
        inputs.present(path);
        var canonical = UnitConverter.toCanonical(name, value);
        if (canonical.isEmpty()) {
            facts.add(new UnitProblem(path, value.unit(), UnitConverter.acceptedUnits(name)));
            return value;
        }
        inputs.add(new NumberField(path, name, tumorId, canonical.get()));
        return Measured.of(canonical.get());
    }

    private void date(String path, String raw) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        inputs.present(path);
        try {
            // ISO_LOCAL_DATE resolves strictly: 2025-02-30 is rejected, not moved to March
            LocalDate d = LocalDate.parse(raw);
            validDates.put(path, d);
            inputs.add(new DateField(path, raw, true, d.toEpochDay()));
        } catch (DateTimeParseException e) {
            inputs.add(new DateField(path, raw, false, 0));
        }
    }

    private static PatientData emptyPatient() {
        return new PatientData(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    private static LabData emptyLabs() {
        return new LabData(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
