package org.claimgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A bounded load test of a running claimgraph server on loopback: {@code clients} threads for {@code seconds},
 * each cycling through a mix of the example queries, the home page, entity pages, claim pages and searches, while
 * one more thread asks {@code /$/ping} every 100 ms. Prints counts, errors and p50/p95/p99 per kind of request and
 * for the pings. Depends on the JDK only, so it also runs as {@code java LoadTest.java}.
 * <pre>
 *   java bench/src/main/java/org/claimgraph/bench/LoadTest.java http://localhost:3030/ fuseki-config/queries 16 60
 * </pre>
 * Exit code 1 when any request failed (status other than 200, timeout, connection error) or a ping took 100 ms or
 * more.
 */
public final class LoadTest {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Upper bound on requests per client, so the test is bounded in requests as well as time. */
    private static final int MAX_REQUESTS_PER_CLIENT = 100_000;
    private static final long PING_BUDGET_MS = 100;
    /** General search words of the domain, in both languages. */
    private static final List<String> SEARCHES = List.of("开源", "模型", "OpenAI", "Meta", "人工智能", "model", "AI",
            "大模型");

    private record Target(String kind, HttpRequest request) {}

    private record Outcome(String kind, long micros, int status, String error) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: LoadTest SERVER_URL QUERY_DIR CLIENTS SECONDS"
                    + "  (e.g. http://localhost:3030/ fuseki-config/queries 16 60)");
            System.exit(2);
        }
        String server = args[0].endsWith("/") ? args[0] : args[0] + "/";
        Path queryDir = Path.of(args[1]);
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();

        List<Target> targets = targets(http, server, queryDir);
        System.err.printf("load test: %d targets (%s), %d clients for %d s, pings every 100 ms%n", targets.size(),
                kinds(targets), clients, seconds);
        for (Target target : targets) // warm-up, not measured: each target once
            send(http, target);

        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * 7;
            Thread client = new Thread(() -> {
                for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < end; i++)
                    outcomes.add(send(http, targets.get((offset + i) % targets.size())));
            }, "client-" + c);
            client.start();
            threads.add(client);
        }
        List<Outcome> pings = Collections.synchronizedList(new ArrayList<>());
        Target ping = new Target("ping", HttpRequest.newBuilder(URI.create(server + "$/ping"))
                .timeout(REQUEST_TIMEOUT).GET().build());
        // Its own client: Java's HttpClient handles all of its connections on one selector thread, which would make
        // a ping wait behind the pages the other clients are receiving.
        HttpClient pingClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Thread pinger = new Thread(() -> {
            while (System.nanoTime() < end) {
                pings.add(send(pingClient, ping));
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "ping");
        pinger.start();
        for (Thread thread : threads)
            thread.join();
        pinger.join();

        boolean failed = report(new ArrayList<>(outcomes), seconds);
        long slowPings = pings.stream().filter(p -> p.micros() >= PING_BUDGET_MS * 1000).count();
        long pingErrors = pings.stream().filter(p -> p.status() != 200).count();
        List<Long> pingMicros = pings.stream().map(Outcome::micros).sorted().toList();
        System.out.printf("ping (17th client): %d pings, %d errors, %d at or over %d ms; p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms%n", pings.size(), pingErrors, slowPings, PING_BUDGET_MS,
                percentile(pingMicros, 50) / 1000.0, percentile(pingMicros, 99) / 1000.0,
                pingMicros.isEmpty() ? 0 : pingMicros.get(pingMicros.size() - 1) / 1000.0);
        System.exit(failed || slowPings > 0 || pingErrors > 0 ? 1 : 0);
    }

    private static Outcome send(HttpClient http, Target target) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(target.request(), HttpResponse.BodyHandlers.ofByteArray());
            long micros = (System.nanoTime() - start) / 1000;
            String error = response.statusCode() == 200 ? null
                    : new String(response.body(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            return new Outcome(target.kind(), micros, response.statusCode(), error);
        } catch (IOException e) {
            return new Outcome(target.kind(), (System.nanoTime() - start) / 1000, -1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(target.kind(), (System.nanoTime() - start) / 1000, -1, e.toString());
        }
    }

    /** Prints the table; true when any request failed. */
    private static boolean report(List<Outcome> outcomes, int seconds) {
        Map<String, List<Outcome>> byKind = new TreeMap<>();
        for (Outcome outcome : outcomes)
            byKind.computeIfAbsent(outcome.kind(), k -> new ArrayList<>()).add(outcome);
        byKind.put("ALL", outcomes);
        System.out.printf("%-10s %8s %7s %9s %9s %9s %9s%n", "kind", "requests", "errors", "p50 ms", "p95 ms",
                "p99 ms", "max ms");
        for (Map.Entry<String, List<Outcome>> entry : byKind.entrySet()) {
            List<Long> micros = entry.getValue().stream().map(Outcome::micros).sorted().toList();
            long errors = entry.getValue().stream().filter(o -> o.status() != 200).count();
            System.out.printf("%-10s %8d %7d %9.1f %9.1f %9.1f %9.1f%n", entry.getKey(), micros.size(), errors,
                    percentile(micros, 50) / 1000.0, percentile(micros, 95) / 1000.0, percentile(micros, 99) / 1000.0,
                    micros.isEmpty() ? 0 : micros.get(micros.size() - 1) / 1000.0);
        }
        System.out.printf("throughput: %.1f requests/s%n", outcomes.size() / (double) seconds);
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        outcomes.stream().filter(o -> o.status() != 200)
                .forEach(o -> errors.computeIfAbsent(o.kind() + " " + o.status() + " " + o.error(),
                        k -> new AtomicLong()).incrementAndGet());
        errors.forEach((error, count) -> System.out.println("error x" + count + ": " + error));
        return !errors.isEmpty();
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty())
            return 0;
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static String kinds(List<Target> targets) {
        Map<String, Integer> counts = new TreeMap<>();
        targets.forEach(t -> counts.merge(t.kind(), 1, Integer::sum));
        return counts.toString();
    }

    /** The request mix: every example query, the home page in both languages, entities, claims, searches. */
    private static List<Target> targets(HttpClient http, String server, Path queryDir)
            throws IOException, InterruptedException {
        List<Target> targets = new ArrayList<>();
        try (Stream<Path> files = Files.list(queryDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList())
                targets.add(new Target("query", get(server + "kg/sparql?query="
                        + encode(Files.readString(file)), "application/sparql-results+json")));
        }
        targets.add(new Target("home", get(server, "text/html")));
        targets.add(new Target("home", get(server + "?lang=en", "text/html")));
        for (String entity : column(http, server, "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?m <http://www.w3.org/2005/11/"
                + "its/rdf#taIdentRef> ?x } } ORDER BY ?x LIMIT 30"))
            targets.add(new Target("entity", get(server + "resource?iri=" + encode(entity), "text/html")));
        for (String claim : column(http, server, "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x a"
                + " <https://w3id.org/claimgraph/ontology#Claim> } } ORDER BY ?x LIMIT 15"))
            targets.add(new Target("claim", get(server + "resource?iri=" + encode(claim), "text/html")));
        for (String q : SEARCHES)
            targets.add(new Target("search", get(server + "search?q=" + encode(q), "text/html")));
        return targets;
    }

    private static List<String> column(HttpClient http, String server, String query)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(get(server + "kg/sparql?query=" + encode(query), "text/csv"),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200)
            throw new IllegalStateException("Cannot list pages to visit: " + response.statusCode() + " "
                    + response.body());
        List<String> values = response.body().lines().skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (values.isEmpty())
            throw new IllegalStateException("The store has nothing to visit for: " + query);
        return values;
    }

    private static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).header("Accept", accept).GET().build();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private LoadTest() {}
}
