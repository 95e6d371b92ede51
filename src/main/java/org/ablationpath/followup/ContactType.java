package org.ablationpath.followup;

/** FollowUpVisit.type of outcomes.md 4.12: how the patient was seen. */
public enum ContactType {
    CLINIC,
    PHONE,
    IMAGING_ONLY
}
