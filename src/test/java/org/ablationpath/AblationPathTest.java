package org.ablationpath;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context every Spring test shares (started once: ~15 s), on a fresh embedded PostgreSQL
 * (or ABLATIONPATH_TEST_DATABASE_URL) with the demo data loaded. Tests create their own cases; none depends on
 * another's leftovers. Time-dependent behaviour (lockout expiry) runs on a {@link MovableClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(TestClockConfiguration.class)
public @interface AblationPathTest {
}
