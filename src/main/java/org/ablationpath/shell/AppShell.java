package org.ablationpath.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;

/** Page-level settings: the plain-CSS theme in ui/themes/ablationpath. */
@Theme("ablationpath")
public class AppShell implements AppShellConfigurator {
}
