package dev.league.ignite;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.ignite.Ignite;

/**
 * Runs one Ignite server node of a league grid as its own process, until SIGTERM (Ignite's
 * shutdown hook stops the node cleanly). Prints {@code READY <name>} once the node has joined.
 * A persistent grid starts inactive: activate it once every server of the first start is up
 * ({@code --activate} on the last one, or {@link IgniteNodes#awaitActive} from a client); after a
 * full restart it activates by itself when every baseline node is back.
 *
 * <pre>
 * java @bin/jvm17.args -cp &lt;ignite-config classpath&gt; dev.league.ignite.IgniteServerMain \
 *     --name n1 --discovery-port 48500 --servers 3 --work-dir grid/ [--persistence] [--activate]
 * </pre>
 */
public final class IgniteServerMain {

    private IgniteServerMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i];
            boolean flag = key.equals("--persistence") || key.equals("--activate");
            if (!key.startsWith("--") || (!flag && i + 1 >= args.length)) {
                System.err.println("usage: IgniteServerMain --name N --discovery-port P --servers S --work-dir D "
                        + "[--persistence] [--activate]; bad argument: " + key);
                System.exit(2);
            }
            options.put(key, flag ? "true" : args[++i]);
        }
        IgniteNodeSpec spec = IgniteNodeSpec.cluster(
                        required(options, "--name"),
                        Integer.parseInt(required(options, "--discovery-port")),
                        Integer.parseInt(options.getOrDefault("--servers", "1")),
                        Path.of(required(options, "--work-dir")))
                .withPersistence(options.containsKey("--persistence"));
        Ignite ignite = IgniteNodes.startServer(spec);
        if (options.containsKey("--activate")) {
            IgniteNodes.awaitActive(ignite, true, 120_000);
        }
        System.out.println("READY " + spec.instanceName());
        System.out.flush();
        Thread.currentThread().join();
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null) {
            System.err.println("IgniteServerMain: " + key + " is required");
            System.exit(2);
        }
        return value;
    }
}
