package org.ablationpath.board.web;

import java.util.List;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.board.MyReferral;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The referring physician's cases with stage, next step and what the board still misses. */
@RestController
class MyReferralsController {

    private static final int LIMIT = 200;

    private final BoardMeetings boards;

    MyReferralsController(BoardMeetings boards) {
        this.boards = boards;
    }

    @GetMapping(path = "/api/my-referrals", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('REFERRING_PHYSICIAN')")
    List<MyReferral> myReferrals() {
        return boards.myReferrals(LIMIT);
    }
}
