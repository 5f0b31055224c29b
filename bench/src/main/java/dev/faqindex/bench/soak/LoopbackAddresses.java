package dev.faqindex.bench.soak;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Source addresses on loopback for played clients: Linux routes all of {@code 127.0.0.0/8} to the loopback device,
 * so each played client can have an address of its own, and a hostile one can use thousands.
 */
final class LoopbackAddresses {

    private LoopbackAddresses() {
    }

    /** The address {@code 127.block.(n / 254 % 256).(n % 254 + 1)}: up to 65,024 distinct ones per block. */
    static InetAddress of(int block, int n) {
        int index = Math.floorMod(n, 256 * 254);
        try {
            return InetAddress.getByAddress(new byte[] {127, (byte) block, (byte) (index / 254),
                    (byte) (index % 254 + 1)});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes always make an address", e);
        }
    }
}
