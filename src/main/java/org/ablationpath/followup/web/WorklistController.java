package org.ablationpath.followup.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.ablationpath.followup.NurseWorklist;
import org.ablationpath.followup.WorklistCategory;
import org.ablationpath.followup.WorklistFilter;
import org.ablationpath.followup.WorklistRow;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/worklist?category=&organ=&nurse=&board=&page=&size=}: the nurse worklist of the caller's centers, the
 * same rows and order as the screen ({@code nurse=me} is the caller; {@code board} the id of a tumour board of the
 * caller's centers); {@code 400} naming a bad parameter.
 * {@code POST /api/worklist/{kind}/{itemId}/assign-to-me}: the caller takes the row and claims its open task.
 */
@RestController
class WorklistController {

    static final int MAX_SIZE = 200;

    record WorklistPage(List<WorklistRow> items, long total, int page, int size) {
    }

    private final NurseWorklist worklist;
    private final CurrentUser currentUser;

    WorklistController(NurseWorklist worklist, CurrentUser currentUser) {
        this.worklist = worklist;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/worklist")
    @PreAuthorize("hasAnyRole('NURSE','DATA_MANAGER')")
    WorklistPage list(@RequestParam(required = false) String category, @RequestParam(required = false) String organ,
                      @RequestParam(required = false) String nurse, @RequestParam(required = false) String board,
                      @RequestParam(defaultValue = "0") String page,
                      @RequestParam(defaultValue = "50") String size) {
        List<FieldProblem> problems = new ArrayList<>();
        WorklistCategory wanted = null;
        if (category != null && !category.isBlank()) {
            try {
                wanted = WorklistCategory.valueOf(category.strip());
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem("category", "One of " + Arrays.toString(WorklistCategory.values()) + "."));
            }
        }
        UUID boardId = null;
        if (board != null && !board.isBlank()) {
            try {
                boardId = UUID.fromString(board.strip());
            } catch (IllegalArgumentException notAnId) {
                problems.add(new FieldProblem("board", "The id of a tumour board of your centers."));
            }
            UUID wantedBoard = boardId;
            if (wantedBoard != null && worklist.boards().stream().noneMatch(b -> b.id().equals(wantedBoard))) {
                problems.add(new FieldProblem("board", "Not a tumour board of your centers."));
            }
        }
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE, problems);
        int pageSize = number("size", size, 1, MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        String assignee = nurse == null || nurse.isBlank() ? null : "me".equals(nurse.strip()) ? currentUser.username() : nurse.strip();
        WorklistFilter filter = new WorklistFilter(wanted, organ == null || organ.isBlank() ? null : organ.strip(), assignee,
                boardId);
        long offset = (long) pageNumber * pageSize;
        List<WorklistRow> rows = offset > Integer.MAX_VALUE ? List.of() : worklist.rows(filter, (int) offset, pageSize);
        return new WorklistPage(rows, worklist.count(filter), pageNumber, pageSize);
    }

    @PostMapping("/api/worklist/{kind}/{itemId}/assign-to-me")
    @PreAuthorize("hasRole('NURSE')")
    ResponseEntity<Void> assignToMe(@PathVariable String kind, @PathVariable UUID itemId) {
        WorklistRow.Kind rowKind;
        try {
            rowKind = WorklistRow.Kind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("kind", "One of "
                    + Arrays.toString(WorklistRow.Kind.values()) + ".")));
        }
        worklist.assignToMe(rowKind, itemId);
        return ResponseEntity.noContent().build();
    }

    private static int number(String field, String text, int min, int max, List<FieldProblem> problems) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new FieldProblem(field, "A whole number from " + min + (max == Integer.MAX_VALUE ? " up." : " to " + max + ".")));
        return min;
    }
}
