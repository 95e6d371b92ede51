package org.ablationpath.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.EligibilityEvaluation;
import org.ablationpath.eligibility.EligibilityService;

/**
 * Speed of the eligibility evaluation (issue 3): rule-base build time, evaluations per second on one thread and on
 * every core, and p50/p99 latency, for a typical liver case and for a mixed set of synthetic case documents. Not a
 * test: it reports, it asserts nothing. Run with
 * {@code mvn -q -B -Pbenchmark test-compile exec:java} (options: -Dbenchmark.seconds=5 -Dbenchmark.cases=2000
 * -Dbenchmark.warmup-seconds=15).
 */
public final class EligibilityBenchmark {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final LocalDate TODAY = LocalDate.now();

    private EligibilityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("benchmark.seconds", 5);
        int caseCount = Integer.getInteger("benchmark.cases", 2000);
        int warmupSeconds = Integer.getInteger("benchmark.warmup-seconds", 15);
        int cores = Runtime.getRuntime().availableProcessors();

        // the service compiles on a thread of its own; afterSingletonsInstantiated() waits for that build
        long t0 = System.nanoTime();
        EligibilityService service = new EligibilityService(Map.of(), Clock.systemDefaultZone());
        service.afterSingletonsInstantiated();
        double firstBuildMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        new EligibilityService(Map.of(), Clock.systemDefaultZone()).afterSingletonsInstantiated();
        double secondBuildMs = (System.nanoTime() - t0) / 1e6;

        CaseDocument liver = typicalLiverDocument();
        List<CaseDocument> mixed = mixed(caseCount, new Random(20261121L));
        Map<String, Integer> statuses = new TreeMap<>();
        for (CaseDocument doc : mixed) {
            statuses.merge(service.evaluate(doc).eligibility().finalStatus(), 1, Integer::sum);
        }

        // warm-up: let the JIT compile the evaluation path. Its own duration: with 3 s (the measurement time, as before)
        // C2 was still compiling during the first measurement, which then read half the figure of a 6 s warm-up.
        long warmUntil = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        int i = 0;
        while (System.nanoTime() < warmUntil) {
            service.evaluate(i % 2 == 0 ? liver : mixed.get(i % mixed.size()));
            i++;
        }

        Result liverOne = throughput(service, List.of(liver), 1, seconds);
        Result liverAll = throughput(service, List.of(liver), cores, seconds);
        Result mixedOne = throughput(service, mixed, 1, seconds);
        Result mixedAll = throughput(service, mixed, cores, seconds);
        long[] liverLatency = latencies(service, List.of(liver), 20_000);
        long[] mixedLatency = latencies(service, mixed, 20_000);

        System.out.printf("%nEligibility benchmark — %s, Java %s, %d cores, %d s warm-up, %d s per measurement, rules %s%n",
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"), cores,
                warmupSeconds, seconds, service.rulesVersion().substring(0, 19));
        System.out.printf("rule base build: %.0f ms (first, incl. class loading), %.0f ms (second), from %s%n", firstBuildMs,
                secondBuildMs, service.rulesPrecompiled() ? "the precompiled executable model"
                        : "the DRL compiled at start (-Dablationpath.rules.compile-drl=true or no model packaged)");
        System.out.printf("mixed set: %d synthetic case documents, final status %s%n%n", mixed.size(), statuses);
        System.out.printf("| case set | eval/s 1 thread | eval/s %d threads | p50 latency | p99 latency | mean latency |%n", cores);
        System.out.println("|---|---:|---:|---:|---:|---:|");
        row("typical liver (single HCC)", liverOne, liverAll, liverLatency);
        row("mixed (" + mixed.size() + " documents)", mixedOne, mixedAll, mixedLatency);
        System.out.println();
    }

    private static void row(String name, Result one, Result all, long[] latency) {
        // the mean includes the rare slow evaluations (collections, safepoints) that p50 and p99 leave out
        System.out.printf("| %s | %,.0f | %,.0f | %.3f ms | %.3f ms | %.3f ms |%n", name, one.perSecond(), all.perSecond(),
                percentile(latency, 50) / 1e6, percentile(latency, 99) / 1e6,
                Arrays.stream(latency).average().orElse(0) / 1e6);
    }

    record Result(long evaluations, double seconds) {
        double perSecond() {
            return evaluations / seconds;
        }
    }

    private static Result throughput(EligibilityService service, List<CaseDocument> docs, int threads, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong total = new AtomicLong();
        long start = System.nanoTime();
        long until = start + seconds * 1_000_000_000L;
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 97;
            futures.add(pool.submit(() -> {
                long n = 0;
                int i = offset;
                while (System.nanoTime() < until) {
                    EligibilityEvaluation e = service.evaluate(docs.get(i++ % docs.size()));
                    if (e.rulesVersion() == null) {
                        throw new IllegalStateException();
                    }
                    n++;
                }
                total.addAndGet(n);
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(total.get(), elapsed);
    }

    private static long[] latencies(EligibilityService service, List<CaseDocument> docs, int count) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            service.evaluate(docs.get(i % docs.size()));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    // --- synthetic case documents ---------------------------------------------------------------------------

    /** The typical liver case as the service receives it (also used by EligibilityPhaseBenchmark). */
    public static CaseDocument typicalLiverDocument() {
        return JSON.convertValue(typicalLiver(), CaseDocument.class);
    }

    static ObjectNode typicalLiver() {
        ObjectNode doc = base(new Random(1), "BENCH-LIVER", "M", 1958);
        ArrayNode tumors = doc.putArray("tumors");
        ObjectNode t = tumors.addObject();
        t.put("tumorId", "T1").put("organ", "LIVER").put("histology", "HCC").put("diagnosisBasis", "IMAGING_LIRADS")
                .put("liradsCategory", "LR-5").put("maxDiameterMm", 24).put("segment", 6).put("subcapsular", false)
                .put("distanceToCentralBileDuctMm", 25);
        return doc;
    }

    public static List<CaseDocument> mixed(int count, Random random) {
        List<CaseDocument> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ObjectNode doc = base(random, "BENCH-" + i, random.nextBoolean() ? "M" : "F", 1935 + random.nextInt(50));
            ArrayNode tumors = doc.putArray("tumors");
            int kind = random.nextInt(10);
            int n = 1 + random.nextInt(3);
            for (int k = 1; k <= n; k++) {
                ObjectNode t = tumors.addObject();
                t.put("tumorId", "T" + k).put("maxDiameterMm", 8 + random.nextInt(45));
                switch (kind) {
                    case 0, 1, 2 -> t.put("organ", "LIVER").put("histology", "HCC").put("diagnosisBasis", "IMAGING_LIRADS")
                            .put("liradsCategory", "LR-5").put("segment", 1 + random.nextInt(8));
                    case 3, 4 -> t.put("organ", "LIVER").put("histology", "CRLM").put("diagnosisBasis", "IMAGING_AND_HISTORY")
                            .put("segment", 1 + random.nextInt(8));
                    case 5 -> t.put("organ", "KIDNEY").put("histology", "RCC_CLEAR_CELL").put("diagnosisBasis", "BIOPSY");
                    case 6 -> t.put("organ", "LUNG").put("histology", "LUNG_METASTASIS_CRC").put("diagnosisBasis", "BIOPSY");
                    case 7 -> t.put("organ", "BONE").put("histology", "BONE_METASTASIS_BREAST").put("diagnosisBasis", "BIOPSY");
                    case 8 -> t.put("organ", "THYROID").put("histology", "BENIGN_THYROID_NODULE").put("diagnosisBasis", "BIOPSY");
                    default -> t.put("organ", "PANCREAS").put("histology", "PDAC").put("diagnosisBasis", "BIOPSY");
                }
            }
            int flaw = random.nextInt(20);
            if (flaw == 0) {
                ((ObjectNode) doc.path("patient")).remove("ecog");                               // VAL-01
            } else if (flaw == 1) {
                ((ObjectNode) doc.path("labs")).put("plateletsE9L", 9000);                       // implausible
            } else if (flaw == 2) {
                ((ObjectNode) doc.path("dates")).put("referralDate", "2026-02-30");              // impossible date
            } else if (flaw == 3) {
                ((ObjectNode) tumors.get(0)).put("histology", "NSCLC");                          // wrong organ
            }
            docs.add(JSON.convertValue(doc, CaseDocument.class));
        }
        return docs;
    }

    private static ObjectNode base(Random random, String id, String sex, int birthYear) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("ruleProfile", random.nextInt(4) == 0 ? "CN" : "INTL");
        ObjectNode p = doc.putObject("patient");
        p.put("patientId", id).put("sex", sex).put("birthDate", birthYear + "-03-14").put("ecog", random.nextInt(3))
                .put("cardiacDevice", "NONE").put("anticoagulation", "NONE").put("antiplatelet", "NONE")
                .put("activeInfection", random.nextInt(30) == 0).put("canCooperate", true).put("majorOrganFailure", false)
                .put("cirrhosis", random.nextBoolean()).put("ascites", random.nextInt(6) == 0 ? "MILD" : "NONE")
                .put("encephalopathyGrade", 0).put("fitForSurgery", "BORDERLINE");
        if ("F".equals(sex)) {
            p.put("pregnancyStatus", "NOT_PREGNANT");
        }
        ObjectNode labs = doc.putObject("labs");
        labs.put("collectedDate", TODAY.minusDays(7).toString()).put("plateletsE9L", 30 + random.nextInt(250))
                .put("inr", 0.9 + random.nextInt(12) / 10.0).put("bilirubinUmolL", 8 + random.nextInt(40))
                .put("albuminGL", 28 + random.nextInt(20)).put("creatinineUmolL", 60 + random.nextInt(80));
        ObjectNode disease = doc.putObject("disease");
        disease.put("extrahepaticDisease", random.nextInt(10) == 0).put("macrovascularInvasion", "NONE")
                .put("diffuseInfiltrative", false);
        ObjectNode dates = doc.putObject("dates");
        dates.put("referralDate", TODAY.minusDays(5).toString()).put("imagingDate", TODAY.minusDays(14).toString());
        return doc;
    }
}
