/**
 * The frame of the screens: main layout with role-based navigation, login page, language choice and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package org.ablationpath.shell;
