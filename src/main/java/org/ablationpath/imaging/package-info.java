/**
 * Imaging: response assessment on the first contrast imaging after each session (STG-09), per tumour (response
 * category, LI-RADS treatment response, minimal ablative margin; outcomes.md 4.11), and what it means for the path.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imaging")
package org.ablationpath.imaging;
