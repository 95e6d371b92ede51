/**
 * Demo data for the no-setup run (profile {@code demo}): two centers, one user per role, and synthetic patients at
 * different stages, created through the same services a user calls. Never active outside the demo profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.ablationpath.demo;
