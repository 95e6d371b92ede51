package org.ablationpath.safety;

/** Permanent sequelae of an adverse event (CIRSE 2017 grades 4 and 5; outcomes.md 4.13). */
public enum Sequelae {
    NONE, MILD, SEVERE
}
