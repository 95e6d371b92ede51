package org.ablationpath.followup.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates on the follow-up screens, in the user's language. */
final class UiDates {

    private UiDates() {
    }

    static String format(LocalDate date, Locale locale) {
        return date == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
