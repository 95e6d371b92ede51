package org.ablationpath.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** CPU time (user + system) of live processes, read from Linux's /proc. */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private ProcessCpu() {
    }

    /** One process's parent and CPU ticks so far. */
    private record Stat(long parent, long ticks) {
    }

    /** CPU seconds of the process alone. */
    static double of(long pid) throws IOException {
        return stat(Path.of("/proc", Long.toString(pid)))
                .orElseThrow(() -> new IOException("No process " + pid)).ticks() / TICKS_PER_SECOND;
    }

    /** CPU seconds of the process and its live children (a postmaster and its backends). */
    static double ofProcessAndChildren(long pid) throws IOException {
        long ticks = 0;
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    Optional<Stat> stat = stat(entry);
                    if (stat.isPresent() && (Long.parseLong(name) == pid || stat.get().parent() == pid)) {
                        ticks += stat.get().ticks();
                    }
                }
            }
        }
        return ticks / TICKS_PER_SECOND;
    }

    private static Optional<Stat> stat(Path process) {
        String stat;
        try {
            stat = Files.readString(process.resolve("stat"));
        } catch (IOException gone) {
            return Optional.empty();
        }
        // the fields after the command name, which is in parentheses and may contain spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Optional.of(new Stat(Long.parseLong(fields[1]), Long.parseLong(fields[11]) + Long.parseLong(fields[12])));
    }
}
