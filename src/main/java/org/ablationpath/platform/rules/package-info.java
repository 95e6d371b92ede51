/**
 * Rule bases from DRL: the build compiles each rule directory to Drools' executable model, and a node loads that
 * model (or, when it is missing or stale, compiles the DRL) so that a rule base is ready within seconds of start.
 */
package org.ablationpath.platform.rules;
