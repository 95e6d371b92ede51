package org.ablationpath.platform.web;

/** The resource changed under the caller (a task already completed, a record edited by someone else): 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
