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

    /**
     * CPU seconds of the process's threads by kind: request threads, garbage collection, the JIT compilers, and the rest
     * (engine job executor, pools, timers), from each thread's name in {@code /proc/<pid>/task}.
     */
    static java.util.Map<String, Double> ofThreadKinds(long pid) throws IOException {
        java.util.Map<String, Double> seconds = new java.util.TreeMap<>();
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                String name;
                try {
                    name = Files.readString(thread.resolve("comm")).trim();
                } catch (IOException gone) {
                    continue;
                }
                Optional<Stat> stat = stat(thread);
                stat.ifPresent(s -> seconds.merge(kindOf(name), s.ticks() / TICKS_PER_SECOND, Double::sum));
            }
        }
        return seconds;
    }

    private static String kindOf(String threadName) {
        if (threadName.startsWith("http-nio")) {
            return "requests";
        }
        if (threadName.startsWith("GC ") || threadName.startsWith("G1 ")) {
            return "gc";
        }
        if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
            return "jit";
        }
        return "other";
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

    /** CPU seconds of this JVM so far, all its threads (compilers and GC included). */
    static double thisJvmSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** CPU seconds the whole machine has been busy (all cores; idle and I/O wait left out), from /proc/stat. */
    static double machineBusySeconds() {
        String[] fields;
        try {
            fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long busy = 0;
        // cpu user nice system idle iowait irq softirq steal ...
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Long.parseLong(fields[i]);
        }
        return busy / TICKS_PER_SECOND;
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
