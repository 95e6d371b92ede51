/**
 * Infrastructure shared by every module: the embedded PostgreSQL of the no-setup run and the tests,
 * the ordering of Flyway before the process engine, RFC 9457 problem responses for the REST API, and the task-form
 * SPI ({@code workflow}): modules register the forms of their user tasks and their part of the case page there, so
 * that the pathway module can call module services from its delegates without a dependency cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ablationpath.platform;
