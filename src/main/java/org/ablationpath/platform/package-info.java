/**
 * Infrastructure shared by every module: the embedded PostgreSQL of the no-setup run and the tests,
 * the ordering of Flyway before the process engine, and RFC 9457 problem responses for the REST API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ablationpath.platform;
