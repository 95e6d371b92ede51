package org.ablationpath.platform.web;

/** Unknown, or not visible to the caller's centers (we do not reveal which): 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
