package org.ablationpath.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * All screen text comes from vaadin-i18n/translations*.properties. English is the base bundle; the provided
 * locales are declared so a browser asking for any English variant gets English, and zh-TW gets Traditional Chinese.
 */
@Component
public class BundleI18NProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_SYSTEM_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return UserLanguage.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale, NO_SYSTEM_LOCALE_FALLBACK)
                    .getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException missing) {
            // visible in the screen and caught by the bundle test; never a crash
            return "!" + key + "!";
        }
    }
}
