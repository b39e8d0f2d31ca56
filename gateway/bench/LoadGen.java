import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP/1.1 load generator for the gateway benchmark (run as a single-file program: java LoadGen.java).
 * Each of N connections is a thread with one keep-alive socket that sends a request, reads the whole response,
 * records the latency and sends the next one. Every phase is bounded by a duration and a request count.
 *
 * Targets are measured in rounds that alternate between them (direct, gateway, nginx, direct, ...), so a drift in
 * the machine's load hits all of them alike; the figures reported are the medians over the rounds.
 *
 * Usage: java LoadGen.java --connections 16 --warmup 5 --duration 10 --rounds 3 --max-requests 2000000
 *            [--header "X-Api-Key: ..."] [--target-header "name=Authorization: Bearer ..."] name=url name=url ...
 */
public class LoadGen {

    record Phase(long requests, long errors, double seconds, long[] latenciesNanos) {
        double rps() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }
    }

    record Result(String name, double rps, double p50, double p99, long errors) {
    }

    /** CPU the proxy's processes and the service's spent per call in a phase, from /proc (Linux), in µs. */
    record CpuPerCall(double proxyMicros, double serviceMicros) {
    }

    public static void main(String[] args) throws Exception {
        int connections = 16;
        int warmup = 5;
        int duration = 10;
        int rounds = 3;
        long maxRequests = 2_000_000;
        List<String> headers = new ArrayList<>();
        Map<String, long[]> proxyPids = new HashMap<>();
        long[] servicePids = new long[0];
        int clockTicks = 100;
        int lightConnections = 0;
        String cpus = "shared";
        // Each target may need its own credentials: the gateway an API key, a service its internal token.
        Map<String, List<String>> targetHeaders = new HashMap<>();
        Map<String, URI> targets = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--duration" -> duration = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--max-requests" -> maxRequests = Long.parseLong(args[++i]);
                case "--header" -> headers.add(args[++i]);
                case "--proxy-pids" -> {
                    String spec = args[++i];
                    int at = spec.indexOf('=');
                    proxyPids.put(spec.substring(0, at), pids(spec.substring(at + 1)));
                }
                case "--service-pids" -> servicePids = pids(args[++i]);
                case "--clock-ticks" -> clockTicks = Integer.parseInt(args[++i]);
                case "--light-connections" -> lightConnections = Integer.parseInt(args[++i]);
                case "--cpus" -> cpus = args[++i];
                case "--target-header" -> {
                    String spec = args[++i];
                    int at = spec.indexOf('=');
                    targetHeaders.computeIfAbsent(spec.substring(0, at), k -> new ArrayList<>())
                            .add(spec.substring(at + 1));
                }
                default -> {
                    int eq = args[i].indexOf('=');
                    targets.put(args[i].substring(0, eq), URI.create(args[i].substring(eq + 1)));
                }
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no targets");
        }
        Map<String, List<String>> sentTo = new HashMap<>();
        for (String name : targets.keySet()) {
            List<String> sent = new ArrayList<>(headers);
            sent.addAll(targetHeaders.getOrDefault(name, List.of()));
            sentTo.put(name, sent);
        }
        // Warm up in slices that alternate like the rounds do, so that no target sits idle for long before it is
        // measured. Warmed up one after the other, the gateway idled for minutes, and its first round then cost
        // nearly twice the CPU per call of the following ones (the service's too). Why is not settled; one
        // candidate: its upstream connections close after 30 s idle, and reopening them leaves compiled code.
        int slice = Math.max(1, Math.min(duration, warmup));
        for (int done = 0; done < warmup; done += slice) {
            for (Map.Entry<String, URI> target : targets.entrySet()) {
                Phase w = run(target.getValue(), sentTo.get(target.getKey()), connections,
                        Math.min(slice, warmup - done), maxRequests);
                if (done + slice >= warmup) {
                    System.out.printf("warm-up %-11s %8.0f req/s in its last slice (%d errors)%n", target.getKey(),
                            w.rps(), w.errors());
                }
            }
        }
        Map<String, List<Phase>> phases = new LinkedHashMap<>();
        Map<String, List<CpuPerCall>> cpu = new LinkedHashMap<>();
        for (int r = 1; r <= rounds; r++) {
            for (Map.Entry<String, URI> target : targets.entrySet()) {
                long[] proxy = proxyPids.getOrDefault(target.getKey(), new long[0]);
                long proxyBefore = cpuTicks(proxy);
                long serviceBefore = cpuTicks(servicePids);
                Phase p = run(target.getValue(), sentTo.get(target.getKey()), connections, duration, maxRequests);
                double perTick = 1e6 / clockTicks / Math.max(1, p.requests());
                CpuPerCall used = new CpuPerCall((cpuTicks(proxy) - proxyBefore) * perTick,
                        (cpuTicks(servicePids) - serviceBefore) * perTick);
                phases.computeIfAbsent(target.getKey(), k -> new ArrayList<>()).add(p);
                cpu.computeIfAbsent(target.getKey(), k -> new ArrayList<>()).add(used);
                System.out.printf("round %d %-11s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %d"
                                + "  CPU/call: proxy %5.1f us, service %5.1f us%n",
                        r, target.getKey(), p.rps(), p.percentileMillis(50), p.percentileMillis(99), p.errors(),
                        used.proxyMicros(), used.serviceMicros());
            }
        }
        System.out.println();
        System.out.printf("%-11s %10s %10s %10s %8s %16s %16s %14s%n", "target", "req/s", "p50 ms", "p99 ms",
                "errors", "proxy CPU us/call", "service us/call", "service cores");
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, List<Phase>> entry : phases.entrySet()) {
            List<Phase> list = entry.getValue();
            Result result = new Result(entry.getKey(),
                    median(list.stream().mapToDouble(Phase::rps).toArray()),
                    median(list.stream().mapToDouble(p -> p.percentileMillis(50)).toArray()),
                    median(list.stream().mapToDouble(p -> p.percentileMillis(99)).toArray()),
                    list.stream().mapToLong(Phase::errors).sum());
            results.add(result);
            List<CpuPerCall> used = cpu.get(entry.getKey());
            double serviceMicros = median(used.stream().mapToDouble(CpuPerCall::serviceMicros).toArray());
            // How many cores the service kept busy: near the cores it may use, the service itself was the limit.
            System.out.printf("%-11s %10.0f %10.3f %10.3f %8d %16.1f %16.1f %14.2f%n", result.name(), result.rps(),
                    result.p50(), result.p99(), result.errors(),
                    median(used.stream().mapToDouble(CpuPerCall::proxyMicros).toArray()), serviceMicros,
                    serviceMicros * result.rps() / 1e6);
        }
        Result direct = find(results, "direct");
        Result gateway = find(results, "gateway");
        Result nginx = find(results, "nginx");
        if (direct != null && gateway != null) {
            System.out.println();
            System.out.printf("gateway throughput / direct: %.2f (goal >= 0.70)%n", gateway.rps() / direct.rps());
            if (nginx != null) {
                System.out.printf("nginx   throughput / direct: %.2f%n", nginx.rps() / direct.rps());
                // Independent of how cheap the service is, which the ratios to direct are not.
                System.out.printf("gateway throughput / nginx's: %.2f%n", gateway.rps() / nginx.rps());
                double gw50 = gateway.p50() - direct.p50();
                double ng50 = nginx.p50() - direct.p50();
                double gw99 = gateway.p99() - direct.p99();
                double ng99 = nginx.p99() - direct.p99();
                // With the service alone on its core, it is the limit: its queue sets the p50 on every path, a
                // proxy adds next to nothing to it, and a ratio of two such small figures says little.
                System.out.printf("added latency p50: gateway %.3f ms, nginx %.3f ms, ratio %.2f (%s)%n",
                        gw50, ng50, gw50 / ng50, "split".equals(cpus)
                                ? "cores split: the service's queue sets these; judge the light-load ratio"
                                : "goal <= 1.50");
                System.out.printf("added latency p99: gateway %.3f ms, nginx %.3f ms, ratio %.2f%n", gw99, ng99,
                        gw99 / ng99);
                if (proxyPids.containsKey("gateway") && proxyPids.containsKey("nginx")) {
                    double gwCpu = median(cpu.get("gateway").stream().mapToDouble(CpuPerCall::proxyMicros).toArray());
                    double ngCpu = median(cpu.get("nginx").stream().mapToDouble(CpuPerCall::proxyMicros).toArray());
                    System.out.printf("proxy CPU per call: gateway %.1f us, nginx %.1f us, ratio %.2f%n", gwCpu, ngCpu,
                            gwCpu / ngCpu);
                }
            }
        }
        // Any further proxy (the benchmark's vertx-floor), against direct and against nginx.
        for (Result other : results) {
            if (direct == null || List.of("direct", "gateway", "nginx").contains(other.name())) {
                continue;
            }
            System.out.printf("%s throughput / direct: %.2f%n", other.name(), other.rps() / direct.rps());
            if (nginx != null) {
                double added = other.p50() - direct.p50();
                System.out.printf("added latency p50: %s %.3f ms, ratio to nginx's %.2f%n", other.name(), added,
                        added / (nginx.p50() - direct.p50()));
            }
            if (proxyPids.containsKey(other.name())) {
                double otherCpu = median(cpu.get(other.name()).stream().mapToDouble(CpuPerCall::proxyMicros).toArray());
                System.out.printf("proxy CPU per call: %s %.1f us%n", other.name(), otherCpu);
            }
        }
        if (lightConnections > 0) {
            // Latency without queueing: a few connections leave the cores idle between calls, so what a proxy adds
            // is its own path, not the wait behind everyone else's calls on a saturated machine.
            System.out.println();
            System.out.printf("light load, %d connection(s):%n", lightConnections);
            Map<String, List<Phase>> light = new LinkedHashMap<>();
            for (int r = 1; r <= rounds; r++) {
                for (Map.Entry<String, URI> target : targets.entrySet()) {
                    Phase p = run(target.getValue(), sentTo.get(target.getKey()), lightConnections, duration,
                            maxRequests);
                    light.computeIfAbsent(target.getKey(), k -> new ArrayList<>()).add(p);
                    System.out.printf("light %d %-11s %8.0f req/s  p50 %6.3f ms  p99 %6.3f ms  errors %d%n",
                            r, target.getKey(), p.rps(), p.percentileMillis(50), p.percentileMillis(99), p.errors());
                }
            }
            Map<String, double[]> p50p99 = new HashMap<>();
            light.forEach((name, list) -> p50p99.put(name, new double[] {
                    median(list.stream().mapToDouble(p -> p.percentileMillis(50)).toArray()),
                    median(list.stream().mapToDouble(p -> p.percentileMillis(99)).toArray())}));
            double[] d = p50p99.get("direct");
            double[] g = p50p99.get("gateway");
            double[] n = p50p99.get("nginx");
            if (d != null && g != null && n != null) {
                System.out.printf("light load added latency p50: gateway %.3f ms, nginx %.3f ms, ratio %.2f%n",
                        g[0] - d[0], n[0] - d[0], (g[0] - d[0]) / (n[0] - d[0]));
                System.out.printf("light load added latency p99: gateway %.3f ms, nginx %.3f ms, ratio %.2f%n",
                        g[1] - d[1], n[1] - d[1], (g[1] - d[1]) / (n[1] - d[1]));
            }
            for (Map.Entry<String, double[]> other : p50p99.entrySet()) {
                if (d != null && n != null && !List.of("direct", "gateway", "nginx").contains(other.getKey())) {
                    double added = other.getValue()[0] - d[0];
                    System.out.printf("light load added latency p50: %s %.3f ms, ratio to nginx's %.2f%n",
                            other.getKey(), added, added / (n[0] - d[0]));
                }
            }
        }
    }

    private static long[] pids(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(p -> !p.isEmpty())
                .mapToLong(Long::parseLong).toArray();
    }

    /** utime + stime of the processes (and all their threads), in clock ticks; 0 where /proc cannot say. */
    private static long cpuTicks(long[] pids) {
        long ticks = 0;
        for (long pid : pids) {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
                // Fields after the command name, which is in parentheses and may contain spaces.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
        return ticks;
    }

    private static Result find(List<Result> results, String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static Phase run(URI target, List<String> headers, int connections, int seconds, long maxRequests)
            throws InterruptedException {
        byte[] request = requestBytes(target, headers);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong budget = new AtomicLong(maxRequests);
        AtomicLong errors = new AtomicLong();
        long[][] perThread = new long[connections][];
        int[] counts = new int[connections];
        CountDownLatch done = new CountDownLatch(connections);
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            int slot = c;
            Thread thread = new Thread(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                Socket socket = null;
                InputStream in = null;
                try {
                    while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                        long t0 = System.nanoTime();
                        try {
                            if (socket == null) {
                                socket = open(target);
                                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                            }
                            int status = exchange(socket.getOutputStream(), in, request);
                            if (Math.abs(status) != 200) {
                                errors.incrementAndGet();
                            }
                            if (status < 0) {
                                // The server ended the keep-alive connection after this response (nginx does
                                // every keepalive_requests calls): a normal answer, then a new connection.
                                close(socket);
                                socket = null;
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            close(socket);
                            socket = null;
                            continue;
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - t0;
                    }
                } finally {
                    close(socket);
                    perThread[slot] = latencies;
                    counts[slot] = n;
                    done.countDown();
                }
            }, "load-" + c);
            thread.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int offset = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(perThread[c], 0, all, offset, counts[c]);
            offset += counts[c];
        }
        Arrays.sort(all);
        return new Phase(total, errors.get(), elapsed, all);
    }

    private static byte[] requestBytes(URI target, List<String> headers) {
        StringBuilder text = new StringBuilder()
                .append("GET ").append(target.getRawPath())
                .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                .append(" HTTP/1.1\r\nHost: ").append(target.getHost()).append(':').append(target.getPort())
                .append("\r\nAccept: application/json\r\n");
        headers.forEach(h -> text.append(h).append("\r\n"));
        return text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Socket open(URI target) throws IOException {
        Socket socket = new Socket(target.getHost(), target.getPort());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void close(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** Sends one request and reads the whole response; returns its status, negated if the server closes. */
    private static int exchange(OutputStream out, InputStream in, byte[] request) throws IOException {
        out.write(request);
        out.flush();
        String statusLine = readLine(in);
        if (statusLine == null) {
            throw new IOException("connection closed");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                close = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(readLine(in).split(";")[0].trim(), 16); size > 0;
                    size = Long.parseLong(readLine(in).split(";")[0].trim(), 16)) {
                skip(in, size);
                readLine(in);
            }
            readLine(in);
        } else if (length > 0) {
            skip(in, length);
        }
        return close ? -status : status;
    }

    private static void skip(InputStream in, long n) throws IOException {
        for (long left = n; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() == -1) {
                    throw new IOException("truncated body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); ; c = in.read()) {
            if (c == -1) {
                return line.length() == 0 ? null : line.toString();
            }
            if (c == '\n') {
                return line.toString();
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
    }
}
