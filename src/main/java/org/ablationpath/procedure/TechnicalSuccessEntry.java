package org.ablationpath.procedure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** OUT-01 for one treated tumour: treated per plan and covered by the ablation zone at the end of the session. */
public class TechnicalSuccessEntry {

    @NotBlank
    @Size(max = 20)
    private String tumorId;
    @NotNull
    private Boolean success;

    public TechnicalSuccessEntry() {
    }

    public TechnicalSuccessEntry(String tumorId, Boolean success) {
        this.tumorId = tumorId;
        this.success = success;
    }

    public String getTumorId() {
        return tumorId;
    }

    public void setTumorId(String tumorId) {
        this.tumorId = tumorId;
    }

    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }
}
