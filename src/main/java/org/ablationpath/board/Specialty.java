package org.ablationpath.board;

/**
 * The specialty an attendee represents at a tumour board meeting (outcomes.md 4.8 MdtMeeting.attendees), covering the
 * core members of pathway.md section 6.1. {@code CHAIR} is the role of chairing the meeting.
 */
public enum Specialty {
    CHAIR,
    INTERVENTIONAL_RADIOLOGY,
    DIAGNOSTIC_RADIOLOGY,
    HEPATOBILIARY_SURGERY,
    HEPATOLOGY,
    MEDICAL_ONCOLOGY,
    RADIATION_ONCOLOGY,
    THORACIC_SURGERY,
    UROLOGY,
    PATHOLOGY,
    ORTHOPAEDIC_SURGERY,
    SPINE_SURGERY,
    ENDOCRINOLOGY,
    ENDOCRINE_SURGERY,
    PANCREATIC_SURGERY,
    GASTROENTEROLOGY,
    DERMATOLOGY,
    SURGERY,
    ANAESTHESIA,
    NURSING,
    OTHER
}
