package org.ablationpath.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.ablationpath.identity.Center;

@Entity
@Table(name = "center")
class CenterEntity {
    @Id
    private String id;
    private String name;
    private String country;
    @Column(name = "rule_profile")
    private String ruleProfile;

    protected CenterEntity() {
    }

    CenterEntity(Center center) {
        this.id = center.id();
        this.name = center.name();
        this.country = center.country();
        this.ruleProfile = center.ruleProfile();
    }

    Center toCenter() {
        return new Center(id, name, country, ruleProfile);
    }
}
