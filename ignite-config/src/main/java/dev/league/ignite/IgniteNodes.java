package dev.league.ignite;

import java.nio.file.Path;
import java.util.List;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteIllegalStateException;
import org.apache.ignite.Ignition;
import org.apache.ignite.cluster.ClusterState;
import org.apache.ignite.configuration.DataRegionConfiguration;
import org.apache.ignite.configuration.DataStorageConfiguration;
import org.apache.ignite.configuration.IgniteConfiguration;
import org.apache.ignite.spi.communication.tcp.TcpCommunicationSpi;
import org.apache.ignite.spi.discovery.tcp.TcpDiscoverySpi;
import org.apache.ignite.spi.discovery.tcp.ipfinder.vm.TcpDiscoveryVmIpFinder;

/**
 * Starts and reaches Ignite nodes configured in Java (XML is only the deploy-time override).
 * Nodes are {@link AutoCloseable}: use try-with-resources.
 */
public final class IgniteNodes {

    public static final String LOOPBACK = "127.0.0.1";

    static {
        // Never phone home, and never ping a non-loopback interface at start-up (dependency probe).
        System.setProperty("IGNITE_UPDATE_NOTIFIER", "false");
        System.setProperty("IGNITE_LOCAL_HOST", LOOPBACK);
        System.setProperty("IGNITE_NO_ASCII", "true");
        System.setProperty("IGNITE_QUIET", "false");
        System.setProperty("IGNITE_PERFORMANCE_SUGGESTIONS_DISABLED", "true");
        System.setProperty("java.net.preferIPv4Stack", "true");
    }

    private IgniteNodes() {}

    /** Starts a server node of the grid described by {@code spec}. */
    public static Ignite startServer(IgniteNodeSpec spec) {
        return Ignition.start(configuration(spec, false));
    }

    /**
     * Makes a persistent grid usable: activates it on its first start (which also fixes the
     * baseline); after a full restart it activates by itself once every baseline node is back, and
     * this waits for that, at most {@code timeoutMillis}. A no-op for in-memory grids.
     */
    public static void awaitActive(Ignite ignite, boolean firstStart, long timeoutMillis) throws InterruptedException {
        if (firstStart && ignite.cluster().state() != ClusterState.ACTIVE) {
            ignite.cluster().state(ClusterState.ACTIVE);
        }
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (ignite.cluster().state() != ClusterState.ACTIVE) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Ignite grid '" + ignite.name() + "' not active after " + timeoutMillis + " ms");
            }
            Thread.sleep(100);
        }
    }

    /**
     * The node to use from inside a job: the server of that name if it runs in this JVM (embedded
     * runs), else this JVM's client node of the grid, started on first use.
     */
    public static synchronized Ignite connect(IgniteNodeSpec spec) {
        for (String name : List.of(spec.instanceName(), clientName(spec))) {
            try {
                return Ignition.ignite(name);
            } catch (IgniteIllegalStateException notRunning) {
                // fall through
            }
        }
        return Ignition.start(configuration(spec.withInstanceName(clientName(spec)), true));
    }

    private static String clientName(IgniteNodeSpec spec) {
        return spec.instanceName() + "-client-" + ProcessHandle.current().pid();
    }

    /** The full node configuration: loopback only, static IP finder, no multicast, no legacy connector. */
    public static IgniteConfiguration configuration(IgniteNodeSpec spec, boolean client) {
        TcpDiscoveryVmIpFinder ipFinder = new TcpDiscoveryVmIpFinder();
        int last = spec.discoveryPort() + spec.discoveryPortCount() - 1;
        ipFinder.setAddresses(List.of(LOOPBACK + ":" + spec.discoveryPort() + ".." + last));
        TcpDiscoverySpi discovery = new TcpDiscoverySpi()
                .setIpFinder(ipFinder)
                .setLocalAddress(LOOPBACK)
                .setLocalPort(spec.discoveryPort())
                .setLocalPortRange(spec.discoveryPortCount());
        TcpCommunicationSpi communication = new TcpCommunicationSpi();
        communication.setLocalAddress(LOOPBACK);
        communication.setLocalPort(spec.communicationPort());
        communication.setLocalPortRange(20);
        communication.setMessageQueueLimit(1024);
        DataRegionConfiguration region = new DataRegionConfiguration()
                .setName("default")
                .setInitialSize(Math.min(64L, spec.dataRegionMaxMiB()) << 20)
                .setMaxSize((long) spec.dataRegionMaxMiB() << 20)
                .setPersistenceEnabled(spec.persistence());
        DataStorageConfiguration storage = new DataStorageConfiguration().setDefaultDataRegionConfiguration(region);
        if (spec.persistence()) {
            storage.setWalSegmentSize(16 << 20).setWalSegments(4).setMaxWalArchiveSize(256L << 20);
        }
        return new IgniteConfiguration()
                .setIgniteInstanceName(spec.instanceName())
                .setConsistentId(spec.instanceName())
                .setLocalHost(LOOPBACK)
                .setClientMode(client)
                .setDiscoverySpi(discovery)
                .setCommunicationSpi(communication)
                .setConnectorConfiguration(null)
                .setClientConnectorConfiguration(null)
                .setWorkDirectory(Path.of(spec.workDirectory(), spec.instanceName()).toAbsolutePath().toString())
                .setDataStorageConfiguration(storage)
                .setMetricsLogFrequency(0)
                .setFailureDetectionTimeout(10_000)
                .setClientFailureDetectionTimeout(30_000)
                .setPeerClassLoadingEnabled(false)
                .setGridLogger(new Slf4jIgniteLogger());
    }
}
