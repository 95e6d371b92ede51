package org.ablationpath.platform.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string field whose allowed values are a comma-separated configuration property (local code lists such as
 * deviation reasons): {@link FormFields} lists them as the field's allowed values.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ConfiguredValues {
    /** The property, e.g. {@code ablationpath.deviation-reasons}. */
    String value();
}
