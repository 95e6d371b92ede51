/**
 * The case: one pathway for one indication of one patient. Intake of referrals, the case record and its stage,
 * and the assembly of the case document the eligibility rules evaluate.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referral")
package org.ablationpath.referral;
