package org.ablationpath.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.OwnAccount;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;

/** Every user changes their own password here; a user with a temporary password is sent here until they do. */
@Route(ChangePasswordView.PATH)
@PageTitle("Password · AblationPath")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    public static final String PATH = "account/password";

    private final OwnAccount account;
    final Paragraph required = new Paragraph();
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmPassword = new PasswordField();
    final Button submit = new Button();
    private final FieldErrors errors = new FieldErrors();

    ChangePasswordView(OwnAccount account, CurrentUser currentUser) {
        this.account = account;
        setMaxWidth("32rem");
        required.setId("password-change-required");
        required.setText(getTranslation("password.required"));
        required.setVisible(account.passwordChangeRequired(currentUser.username()));
        currentPassword.setLabel(getTranslation("password.current"));
        currentPassword.setId("currentPassword");
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("users.password.help"));
        newPassword.setId("newPassword");
        confirmPassword.setLabel(getTranslation("password.confirm"));
        confirmPassword.setId("confirmPassword");
        currentPassword.setWidthFull();
        newPassword.setWidthFull();
        confirmPassword.setWidthFull();
        submit.setText(getTranslation("password.submit"));
        submit.setId("change-password");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> change());
        errors.bind("currentPassword", currentPassword).bind("newPassword", newPassword).bind("confirmPassword", confirmPassword);
        add(new H2(getTranslation("password.title")), required, currentPassword, newPassword, confirmPassword, submit);
    }

    private void change() {
        errors.clear();
        if (!newPassword.getValue().equals(confirmPassword.getValue())) {
            errors.show(List.of(new FieldProblem("confirmPassword", getTranslation("password.mismatch"))));
            return;
        }
        try {
            account.changePassword(currentPassword.getValue(), newPassword.getValue());
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unmatched = errors.show(invalid.problems());
            unmatched.forEach(p -> Notification.show(p.message()).addThemeVariants(NotificationVariant.LUMO_ERROR));
            return;
        }
        Notification.show(getTranslation("password.changed"), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
