package org.ablationpath.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.AblationPathApplication;
import org.ablationpath.board.AgendaItem;
import org.ablationpath.board.Board;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.board.NewBoard;
import org.ablationpath.board.NewMeetings;
import org.ablationpath.identity.CurrentUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Server-side time to open a case in meeting mode (issue 6 target: p95 at most 100 ms at 100,000 patients). Not a
 * test: it reports, it asserts nothing. Starts the application on the configured database (point
 * SPRING_DATASOURCE_URL at the generated 100,000-patient registry; without it the embedded demo database), plans a
 * meeting of a new board of the center, fills its agenda from the open board reviews, then opens every agenda case
 * the given number of rounds (first round discarded as warm-up). Run with
 * {@code mvn -q -B -Pbenchmark test-compile exec:java -Dbenchmark.main=org.ablationpath.benchmark.MeetingCaseTiming}
 * (options: -Dbenchmark.center=C01 -Dbenchmark.rounds=20).
 */
public final class MeetingCaseTiming {

    private MeetingCaseTiming() {
    }

    public static void main(String[] args) {
        String center = System.getProperty("benchmark.center", "C01");
        int rounds = Integer.getInteger("benchmark.rounds", 20);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AblationPathApplication.class)
                .run("--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("chair", null,
                    List.of(new SimpleGrantedAuthority("ROLE_TUMOR_BOARD"), new SimpleGrantedAuthority("ROLE_BOARD_CHAIR"),
                            new SimpleGrantedAuthority(CurrentUser.CENTER_AUTHORITY_PREFIX + center))));
            BoardMeetings boards = app.getBean(BoardMeetings.class);
            Board board = boards.createBoard(new NewBoard(center, "Timing " + UUID.randomUUID(), null, DayOfWeek.MONDAY,
                    LocalTime.of(16, 0), null));
            UUID meeting = boards.planMeetings(board.id(), new NewMeetings(LocalDate.now().plusDays(1), 1)).get(0).id();
            long t0 = System.nanoTime();
            var fill = boards.fillAgenda(meeting);
            System.out.printf("agenda filled in %.0f ms: %d cases, %d not nominated%n", (System.nanoTime() - t0) / 1e6,
                    fill.added().size(), fill.notNominated().size());
            List<AgendaItem> agenda = boards.agenda(meeting);
            if (agenda.isEmpty()) {
                System.out.println("no open board review in " + center + ": nothing to time");
                return;
            }
            List<Double> millis = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (AgendaItem item : agenda) {
                    long start = System.nanoTime();
                    boards.meetingCase(meeting, item.id()).orElseThrow();
                    if (round > 0) {
                        millis.add((System.nanoTime() - start) / 1e6);
                    }
                }
            }
            millis.sort(Double::compare);
            System.out.printf("meeting case opened %d times (%d agenda cases): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    millis.size(), agenda.size(), percentile(millis, 50), percentile(millis, 95), millis.get(millis.size() - 1));
            Set.of(meeting).forEach(m -> boards.finalizeMeeting(m));
        }
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
