package org.ablationpath.eligibility.internal;

/**
 * Case-level facts derived once in Java (dates resolved, age computed) so that rules compare plain values.
 * Nullable fields are null when the input is absent or unusable (e.g. an impossible birth date).
 */
public final class CaseFacts {
    private final String sex;
    private final Integer ageYears;
    private final String pregnancyStatus;
    private final String ascites;
    private final Boolean refractoryAscites;
    private final String cardiacDevice;
    private final Boolean pacemakerDependent;
    private final Integer declaredTumorCount;
    private final int tumorRecordCount;
    private final long evaluationDay;
    private final String evaluationDateSource;
    private final Long asOfDay;

    public CaseFacts(String sex, Integer ageYears, String pregnancyStatus, String ascites, Boolean refractoryAscites,
                     String cardiacDevice, Boolean pacemakerDependent, Integer declaredTumorCount,
                     int tumorRecordCount, long evaluationDay, String evaluationDateSource, Long asOfDay) {
        this.sex = sex;
        this.ageYears = ageYears;
        this.pregnancyStatus = pregnancyStatus;
        this.ascites = ascites;
        this.refractoryAscites = refractoryAscites;
        this.cardiacDevice = cardiacDevice;
        this.pacemakerDependent = pacemakerDependent;
        this.declaredTumorCount = declaredTumorCount;
        this.tumorRecordCount = tumorRecordCount;
        this.evaluationDay = evaluationDay;
        this.evaluationDateSource = evaluationDateSource;
        this.asOfDay = asOfDay;
    }

    public String getSex() { return sex; }
    /** Completed years at the evaluation date (CALC-07). */
    public Integer getAgeYears() { return ageYears; }
    public String getPregnancyStatus() { return pregnancyStatus; }
    public String getAscites() { return ascites; }
    public Boolean getRefractoryAscites() { return refractoryAscites; }
    public String getCardiacDevice() { return cardiacDevice; }
    public Boolean getPacemakerDependent() { return pacemakerDependent; }
    public Integer getDeclaredTumorCount() { return declaredTumorCount; }
    public int getTumorRecordCount() { return tumorRecordCount; }
    /** Epoch day of the evaluation date: mdtDate, else asOfDate, else today. */
    public long getEvaluationDay() { return evaluationDay; }
    /** Which input gave the evaluation date ({@code dates.mdtDate}, {@code asOfDate} or {@code today}). */
    public String getEvaluationDateSource() { return evaluationDateSource; }
    /** Epoch day of an explicitly given, valid asOfDate; null otherwise. */
    public Long getAsOfDay() { return asOfDay; }
}
