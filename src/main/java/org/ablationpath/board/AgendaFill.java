package org.ablationpath.board;

import java.util.List;

/** What filling an agenda did: the cases added, and the open reviews not nominated with what they miss. */
public record AgendaFill(List<AgendaItem> added, List<Nomination> notNominated) {
}
