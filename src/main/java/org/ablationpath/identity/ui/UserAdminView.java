package org.ablationpath.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ablationpath.identity.Center;
import org.ablationpath.identity.ManagedUser;
import org.ablationpath.identity.NewUser;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.Roles;
import org.ablationpath.identity.UserAdministration;
import org.ablationpath.identity.UserChanges;
import org.ablationpath.identity.UserDirectory;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;

/**
 * User administration for ADMIN: the users (lazy grid), a form to create one, and for the selected user their
 * roles and centers, disable/enable, unlock and a temporary password. Errors appear next to their fields.
 */
@Route("admin/users")
@PageTitle("Users · AblationPath")
@RolesAllowed(Roles.ADMIN)
public class UserAdminView extends HorizontalLayout {

    private static final java.time.format.DateTimeFormatter LOCKED_UNTIL =
            java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.SHORT);

    private final UserAdministration admin;
    private final Map<String, String> centerNames;

    final Grid<ManagedUser> grid = new Grid<>();
    final Button newUser = new Button();

    final VerticalLayout createForm = new VerticalLayout();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final CheckboxGroup<String> centers = new CheckboxGroup<>();
    final Button create = new Button();
    private final FieldErrors createErrors = new FieldErrors();

    final VerticalLayout editForm = new VerticalLayout();
    final H3 editTitle = new H3();
    final Paragraph status = new Paragraph();
    final TextField editDisplayName = new TextField();
    final CheckboxGroup<Role> editRoles = new CheckboxGroup<>();
    final CheckboxGroup<String> editCenters = new CheckboxGroup<>();
    final Button save = new Button();
    final Button toggleEnabled = new Button();
    final Button unlock = new Button();
    final PasswordField temporaryPassword = new PasswordField();
    final Button resetPassword = new Button();
    private final FieldErrors editErrors = new FieldErrors();

    private ManagedUser selected;

    UserAdminView(UserAdministration admin, UserDirectory directory) {
        this.admin = admin;
        this.centerNames = directory.centers().stream()
                .collect(Collectors.toMap(Center::id, c -> c.id() + " " + c.name(), (a, b) -> a, java.util.TreeMap::new));
        setSizeFull();

        grid.setId("users");
        grid.addColumn(ManagedUser::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(ManagedUser::displayName).setHeader(getTranslation("users.displayName")).setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles"));
        grid.addColumn(u -> String.join(", ", new TreeSet<>(u.centerIds()))).setHeader(getTranslation("users.centers"));
        grid.addColumn(this::statusText).setHeader(getTranslation("users.status"));
        grid.setItems(query -> admin.list(query.getOffset(), query.getLimit()).stream(), query -> admin.count());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                select(e.getValue().username());
            }
        });

        newUser.setText(getTranslation("users.new"));
        newUser.setId("new-user");
        newUser.addClickListener(e -> showCreateForm());

        VerticalLayout list = new VerticalLayout(new H2(getTranslation("users.title")), newUser, grid);
        list.setSizeFull();
        list.expand(grid);

        buildCreateForm();
        buildEditForm();
        createForm.setVisible(false);
        editForm.setVisible(false);
        VerticalLayout side = new VerticalLayout(createForm, editForm);
        side.setWidth("28rem");
        side.setPadding(false);
        add(list, side);
        expand(list);
    }

    private void buildCreateForm() {
        createForm.setId("create-user");
        username.setLabel(getTranslation("users.username"));
        username.setHelperText(getTranslation("users.username.help"));
        username.setId("username");
        displayName.setLabel(getTranslation("users.displayName"));
        displayName.setId("displayName");
        password.setLabel(getTranslation("users.initialPassword"));
        password.setHelperText(getTranslation("users.password.help"));
        password.setId("password");
        configureRoles(roles);
        configureCenters(centers);
        create.setText(getTranslation("users.create"));
        create.setId("create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        createErrors.bind("username", username).bind("displayName", displayName).bind("password", password)
                .bind("roles", roles).bind("centerIds", centers);
        List.of(username, displayName, password).forEach(field -> field.setWidthFull());
        createForm.add(new H3(getTranslation("users.new")), username, displayName, password, roles, centers, create);
        createForm.setPadding(false);
    }

    private void buildEditForm() {
        editForm.setId("edit-user");
        status.setId("user-status");
        editDisplayName.setLabel(getTranslation("users.displayName"));
        configureRoles(editRoles);
        configureCenters(editCenters);
        save.setText(getTranslation("users.save"));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        toggleEnabled.setId("toggle-enabled");
        toggleEnabled.addClickListener(e -> toggleEnabled());
        unlock.setText(getTranslation("users.unlock"));
        unlock.setId("unlock");
        unlock.addClickListener(e -> run(() -> admin.unlock(selected.username()), "users.unlocked"));
        temporaryPassword.setLabel(getTranslation("users.temporaryPassword"));
        temporaryPassword.setHelperText(getTranslation("users.temporaryPassword.help"));
        temporaryPassword.setId("temporaryPassword");
        resetPassword.setText(getTranslation("users.resetPassword"));
        resetPassword.setId("reset-password");
        resetPassword.addClickListener(e -> run(() -> admin.resetPassword(selected.username(), temporaryPassword.getValue()),
                "users.passwordReset"));
        editErrors.bind("displayName", editDisplayName).bind("roles", editRoles).bind("centerIds", editCenters)
                .bind("temporaryPassword", temporaryPassword);
        editDisplayName.setWidthFull();
        temporaryPassword.setWidthFull();
        editForm.add(editTitle, status, editDisplayName, editRoles, editCenters,
                new HorizontalLayout(save, toggleEnabled, unlock), temporaryPassword, resetPassword);
        editForm.setPadding(false);
    }

    private void configureRoles(CheckboxGroup<Role> group) {
        group.setLabel(getTranslation("users.roles"));
        group.setItems(EnumSet.allOf(Role.class));
        group.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
    }

    private void configureCenters(CheckboxGroup<String> group) {
        group.setLabel(getTranslation("users.centers"));
        group.setItems(centerNames.keySet());
        group.setItemLabelGenerator(id -> centerNames.getOrDefault(id, id));
    }

    void showCreateForm() {
        grid.asSingleSelect().clear();
        selected = null;
        editForm.setVisible(false);
        createErrors.clear();
        username.clear();
        displayName.clear();
        password.clear();
        roles.clear();
        centers.clear();
        createForm.setVisible(true);
    }

    private void create() {
        createErrors.clear();
        try {
            ManagedUser created = admin.create(new NewUser(username.getValue(), displayName.getValue(), password.getValue(),
                    Set.copyOf(roles.getValue()), Set.copyOf(centers.getValue())));
            notify(getTranslation("users.created", created.username()), NotificationVariant.LUMO_SUCCESS);
            createForm.setVisible(false);
            grid.getDataProvider().refreshAll();
            select(created.username());
        } catch (InvalidInputException invalid) {
            showUnmatched(createErrors.show(invalid.problems()));
        }
    }

    void select(String name) {
        selected = admin.get(name);
        createForm.setVisible(false);
        editErrors.clear();
        editTitle.setText(selected.username());
        status.setText(statusText(selected));
        editDisplayName.setValue(selected.displayName());
        editRoles.setValue(new HashSet<>(selected.roles()));
        editCenters.setValue(new HashSet<>(selected.centerIds()));
        toggleEnabled.setText(getTranslation(selected.enabled() ? "users.disable" : "users.enable"));
        unlock.setEnabled(selected.locked() || selected.failedAttempts() > 0);
        temporaryPassword.clear();
        editForm.setVisible(true);
    }

    private void save() {
        run(() -> admin.update(selected.username(), new UserChanges(selected.version(), editDisplayName.getValue(),
                Set.copyOf(editRoles.getValue()), Set.copyOf(editCenters.getValue()), null)), "users.saved");
    }

    private void toggleEnabled() {
        boolean enable = !selected.enabled();
        run(() -> admin.update(selected.username(), new UserChanges(selected.version(), null, null, null, enable)),
                enable ? "users.enabled" : "users.disabled");
    }

    private void run(Runnable action, String successKey) {
        editErrors.clear();
        String name = selected.username();
        try {
            action.run();
            notify(getTranslation(successKey, name), NotificationVariant.LUMO_SUCCESS);
            grid.getDataProvider().refreshAll();
            select(name);
        } catch (InvalidInputException invalid) {
            showUnmatched(editErrors.show(invalid.problems()));
        } catch (ConflictException conflict) {
            notify(getTranslation("error.conflict", conflict.getMessage()), NotificationVariant.LUMO_ERROR);
            grid.getDataProvider().refreshAll();
            select(name);
        }
    }

    private void showUnmatched(List<FieldProblem> unmatched) {
        if (!unmatched.isEmpty()) {
            notify(unmatched.stream().map(FieldProblem::message).collect(Collectors.joining(" ")), NotificationVariant.LUMO_ERROR);
        }
    }

    String statusText(ManagedUser user) {
        if (!user.enabled()) {
            return getTranslation("users.status.disabled");
        }
        if (user.locked()) {
            return getTranslation("users.status.locked", LOCKED_UNTIL.withLocale(getLocale())
                    .format(user.lockedUntil().atZone(java.time.ZoneId.systemDefault())));
        }
        if (user.passwordChangeRequired()) {
            return getTranslation("users.status.passwordChange");
        }
        return getTranslation("users.status.active");
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
