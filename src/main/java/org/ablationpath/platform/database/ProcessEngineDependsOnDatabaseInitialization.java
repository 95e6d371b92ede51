package org.ablationpath.platform.database;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for Flyway: if Camunda wrote its tables first, Flyway would face a
 * non-empty database, and "baseline on migrate" silently skips V1 (see STACK.md).
 * Registered in META-INF/spring.factories.
 */
public class ProcessEngineDependsOnDatabaseInitialization extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {
    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(SpringProcessEngineConfiguration.class, ProcessEngine.class);
    }
}
