package dev.league.ignite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.ignite.configuration.IgniteConfiguration;
import org.apache.ignite.spi.communication.tcp.TcpCommunicationSpi;
import org.apache.ignite.spi.discovery.tcp.TcpDiscoverySpi;
import org.apache.ignite.spi.discovery.tcp.ipfinder.vm.TcpDiscoveryVmIpFinder;
import org.junit.jupiter.api.Test;

final class IgniteNodeSpecTest {

    @Test
    void configuration_isLoopbackOnly_withStaticIpFinderOnOurPorts() {
        IgniteNodeSpec spec = IgniteNodeSpec.cluster("grid", 49010, 3, Path.of("target", "ignite-unit"));

        IgniteConfiguration configuration = IgniteNodes.configuration(spec, false);

        TcpDiscoverySpi discovery = (TcpDiscoverySpi) configuration.getDiscoverySpi();
        assertThat(discovery.getIpFinder()).isInstanceOf(TcpDiscoveryVmIpFinder.class);
        assertThat(((TcpDiscoveryVmIpFinder) discovery.getIpFinder()).getRegisteredAddresses())
                .allSatisfy(address -> {
                    assertThat(address.getAddress().isLoopbackAddress()).isTrue();
                    assertThat(address.getPort()).isBetween(49010, 49012);
                });
        assertThat(discovery.getLocalAddress()).isEqualTo("127.0.0.1");
        assertThat(((TcpCommunicationSpi) configuration.getCommunicationSpi()).getLocalAddress()).isEqualTo("127.0.0.1");
        assertThat(configuration.getLocalHost()).isEqualTo("127.0.0.1");
        assertThat(configuration.getConnectorConfiguration()).isNull();
        assertThat(configuration.getClientConnectorConfiguration()).isNull();
        assertThat(System.getProperty("IGNITE_UPDATE_NOTIFIER")).isEqualTo("false");
    }

    @Test
    void embedded_avoidsIgniteDefaultPorts() {
        IgniteNodeSpec spec = IgniteNodeSpec.embedded("solo", Path.of("target", "ignite-unit"));

        assertThat(spec.discoveryPort()).isGreaterThanOrEqualTo(IgniteNodeSpec.DEFAULT_DISCOVERY_PORT);
        assertThat(spec.discoveryPortCount()).isEqualTo(1);
        assertThat(spec.communicationPort()).isGreaterThanOrEqualTo(IgniteNodeSpec.DEFAULT_COMMUNICATION_PORT);
    }

    @Test
    void constructor_badPort_namesFieldValueAndRule() {
        assertThatThrownBy(() -> new IgniteNodeSpec("x", 80, 1, 48600, "w", 256, 1, false))
                .hasMessage("ignite.discoveryPort must be in 1025..64999, was 80");
    }
}
