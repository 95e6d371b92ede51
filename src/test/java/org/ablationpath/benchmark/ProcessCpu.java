package org.ablationpath.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** CPU time of a process and its descendants, read from Linux's /proc (user + system time of live processes). */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private ProcessCpu() {
    }

    /** CPU seconds of the process alone. */
    static double of(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    static double ofTree(long root) throws IOException {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String stat;
                try {
                    stat = Files.readString(entry.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                // fields after the command name, which is in parentheses and may contain spaces
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long pid = Long.parseLong(name);
                parents.put(pid, Long.parseLong(fields[1]));
                ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            }
        }
        long total = 0;
        for (Map.Entry<Long, Long> process : ticks.entrySet()) {
            if (descends(process.getKey(), root, parents)) {
                total += process.getValue();
            }
        }
        return total / TICKS_PER_SECOND;
    }

    private static boolean descends(long pid, long root, Map<Long, Long> parents) {
        List<Long> seen = new ArrayList<>();
        for (Long current = pid; current != null && current > 1 && !seen.contains(current); current = parents.get(current)) {
            if (current == root) {
                return true;
            }
            seen.add(current);
        }
        return false;
    }
}
