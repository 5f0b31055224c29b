package dev.faqindex.network;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * One socket call with an internet address that a traced process made: {@code connect}, {@code bind} or a send to
 * an address ({@code sendto}, {@code sendmsg}, {@code sendmmsg}), by the thread {@code pid}.
 */
record SocketCall(long pid, String syscall, String address, int port) {

    /** Whether this call reaches out of the machine: any call but {@code bind} to an address that is not loopback. */
    boolean outbound() {
        return !syscall.equals("bind") && !local(address);
    }

    private static boolean local(String literal) {
        try {
            InetAddress address = InetAddress.getByName(literal); // a numeric literal: no name is looked up
            return address.isLoopbackAddress() || address.isAnyLocalAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + literal, e);
        }
    }

    @Override
    public String toString() {
        return syscall + " " + (address.contains(":") ? "[" + address + "]" : address) + ":" + port + " (thread "
                + pid + ")";
    }
}
