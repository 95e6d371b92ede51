/**
 * Users, roles and center membership; login and the current user's scope (which centers' patients they see).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.ablationpath.identity;
